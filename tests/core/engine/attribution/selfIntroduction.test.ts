import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// selfIntroduction.ts: a quotation that opens "My name is X" is X's own words.
// Global Voices (CC BY 3.0), development half: gv-paraguay-ache-indigenous-communities-2012-05-17.

const HEADLINE = 'Paraguay: A Look Inside Aché Indigenous Communities';
const LEAD_IN =
  'The blog also showcases the stories of individual members of these communities. The post "Cho Mbywangi" [es] , for example, is a short self-introduction by an important female community leader:';
const SPANISH =
  'Me llamo Margarita Mbywangi vivo en la comumidad Kuetuvy, trabajo en área de salud. Soy líder de la comunidad, me gusta mucho rescatar la cultura Aché, hacer el parto y jugar con los niños y escuchar la historia y la vida de la gente.';
const ENGLISH =
  'My name is Margarita Mbywangi. I live in the Kuetuvy community, [and] I work in health. I am a community leader, [and] I really like rescuing Aché culture, helping women give birth, playing with the children, and listening to the history and life of the people.';
const AFTER = 'In 2008, Margarita Mbywangi was the first indigenous person to become Minister of Indigenous Affairs in Paraguay.';

test('a self-introduction set off after a description of it is the words of the one it names, in the original and in English', () => {
  const article = analyze(HEADLINE, LEAD_IN, SPANISH, ENGLISH, AFTER);
  expect(attribution(article, 'My name is Margarita Mbywangi')).toMatchObject({ kind: 'direct', speaker: 'Margarita Mbywangi', resolution: 'name' });
  expect(attribution(article, 'Me llamo Margarita Mbywangi')).toMatchObject({ kind: 'direct', speaker: 'Margarita Mbywangi' });
});

test("a cue's speaker stays: only a quotation no sieve attributed takes the name it opens with", () => {
  const article = analyze(
    HEADLINE,
    'Rising Voices director Eduardo Avila explains:',
    '"My name is Margarita Mbywangi, and she asked me to say so," Avila said.',
    AFTER,
  );
  expect(attribution(article, 'My name is Margarita Mbywangi').speaker).toBe('Eduardo Avila');
});

test('a name given as a possessive, "My name is Margarita Mbywangi\'s daughter", is someone else introducing themself: no speaker', () => {
  const article = analyze(
    HEADLINE,
    'The blog also showcases the stories of individual members of these communities.',
    '"My name is Margarita Mbywangi\'s daughter. I live in the Kuetuvy community, [and] I work in health."',
    AFTER,
  );
  expect(
    quotesOf(article)
      .filter((q) => q.text.includes('My name is'))
      .map((q) => q.speakerId ?? null),
  ).toEqual([null]);
});

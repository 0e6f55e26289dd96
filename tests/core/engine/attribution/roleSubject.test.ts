import { describe, expect, test } from 'vitest';
import { Discourse } from '../../../../src/core/engine/attribution/coreference';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { roleSubject } from '../../../../src/core/engine/attribution/roleSubject';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from './helpers';

// roleSubject.ts: a sentence opening on "The <role>" is about the person the text gave that role. Sentences verbatim
// from the development half of tests/fixtures/real.

const LIBERIA = 'Liberian President Promises Results From US Aid';
const SIRLEAF =
  'Liberian President Ellen Johnson Sirleaf says Liberians will soon see more tangible results of international efforts to help the country recover from its long civil war.';
const MEETINGS =
  'The Liberian president held meetings with U.S. officials including President Bush this week. She thanked the U.S. for canceling $391 million in Liberian debt, saying it had prompted other countries such as Germany to do the same.';

/** What `roleSubject` makes of the last block's first sentence, after the blocks before it, each read as one sentence. */
function subjectOf(...texts: Array<string>) {
  const index = findEntities(texts, 0);
  const mentions = new MentionIndex(texts, index);
  const discourse = new Discourse(texts, mentions, index);
  const block = texts.length - 1;
  for (const [b, earlier] of texts.slice(0, block).entries()) {
    const range = { start: 0, end: earlier.length };
    discourse.sentences.push({ block: b, range, people: discourse.peopleIn(b, range), focus: discourse.sentenceSubject(b, earlier, range) });
  }
  const text = texts[block] ?? '';
  const end = text.indexOf('. ') + 1 || text.length;
  const found = roleSubject({ texts, mentions, discourse, index }, block, { start: 0, end });
  return found && { name: found.entity.name, written: text.slice(found.at.start, found.at.end) };
}

describe('a sentence opening on a role noun of a person', () => {
  // voa-liberia-sirleaf-promises-results-us-aid-2007-02-16.
  test('"The Liberian president held meetings …" is about the woman the text gave the title', () => {
    expect(subjectOf(LIBERIA, SIRLEAF, MEETINGS)).toEqual({ name: 'Ellen Johnson Sirleaf', written: 'The Liberian president' });
  });

  // wikinews-gsa-begins-presidential-transition-biden-2020-11-26: the president meant is Trump, of whom the sentences
  // before speak; the latest holder of a president's title is President-elect Biden, whom they do not (the letter's
  // sentence cut short after his name).
  test('a title whose latest holder no recent sentence was about ties the subject to no one', () => {
    expect(
      subjectOf(
        'US federal agency announces plans to begin presidential transition process following Trump election loss',
        'On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to President-elect Joe Biden and his team.',
        'The president did not concede or admit defeat in the election in his statement, however, and vowed to keep fighting "the good fight" with court cases challenging the election results in swing states.',
      ),
    ).toBeNull();
  });

  // wikinews-california-court-sentences-turpin-parents-2019-04-20: the name set off after the participle is the subject.
  test('a role noun before a participle and a name leaves the name the subject', () => {
    expect(
      subjectOf('Turpin parents sentenced', 'The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact."'),
    ).toBeUndefined();
  });

  // wikinews-engineer-killed-travelator-london-waterloo-2019-09-20.
  test('a role noun set off by a comma before the name leaves the name the subject', () => {
    expect(subjectOf('Engineer killed', 'The mayor of London, Sadiq Khan, gave his condolences via Twitter.')).toBeUndefined();
  });
});

describe('a she after a role noun subject', () => {
  test('"She thanked …" after "The Liberian president held meetings with … President Bush" is the Liberian president', () => {
    const article = analyze(LIBERIA, SIRLEAF, MEETINGS);
    expect(attribution(article, 'the U.S. for canceling')).toMatchObject({ speaker: 'Ellen Johnson Sirleaf', resolution: 'pronoun' });
    expect(attribution(article, 'it had prompted other countries').speaker).toBe('Ellen Johnson Sirleaf');
  });

  test('with no one given the title, the she is left unattributed rather than given to the man named after the verb', () => {
    const article = analyze(LIBERIA, MEETINGS);
    expect(attribution(article, 'the U.S. for canceling').speaker).toBeNull();
  });
});

// Lane break36, on the shape of `"…," said a defense ministry spokesman. He said that …` and "Rio Tinto chief
// executive Tom Albanese" (news-shaped variants): a man or woman the text gives only by a title speaks between the
// pronoun and the person named before, so "he" is the titled speaker, never the one named earlier.
describe('"he" after a speaker given only by a title is not someone named earlier', () => {
  test('"He said" after `"…," the police chief said` is not the interior minister', () => {
    const article = analyze(
      'Protest in capital',
      'Thousands of people protested in the capital on Saturday. Interior Minister Ahmed Khan and police chief Omar Ali visited the square.\n\n"The situation is under control," the police chief said.\n\nHe said 30 people had been arrested.',
    );
    expect(attribution(article, '30 people had been arrested').speaker).toBeNull();
  });

  test('"He said" after `"…," said the spokesman.` is not the minister named before', () => {
    const article = analyze(
      'Minister visits flood zone',
      'Interior Minister Ahmed Khan visited the flooded town on Sunday.\n\n"Help is on its way," said the spokesman.\n\nHe said 300 soldiers had been sent.',
    );
    expect(attribution(article, '300 soldiers had been sent').speaker).toBeNull();
  });

  test('"He said" after "The chief executive said …" is not the prime minister quoted before', () => {
    const article = analyze(
      'Mining deal',
      'Rio Tinto signed a deal with the government of Mongolia on Tuesday. Mongolian Prime Minister Sukhbaatar Batbold and Rio Tinto chief executive Tom Albanese attended the ceremony.\n\n"It\'s a great day for Mongolia," the prime minister said. The chief executive said the mine would open next year.\n\nHe said the company had spent years negotiating.',
    );
    expect(attribution(article, 'the company had spent years negotiating').speaker).toBeNull();
  });

  test('"He said" after the named minister’s own quote is still the minister', () => {
    const article = analyze(
      'Minister visits flood zone',
      'Interior Minister Ahmed Khan visited the flooded town on Sunday.\n\n"Help is on its way," Khan said.\n\nHe said 300 soldiers had been sent.',
    );
    expect(attribution(article, '300 soldiers had been sent').speaker).toBe('Ahmed Khan');
  });
});

// gv-indonesia-soldier-koboy-palmerah-video-2012-05-12 (development half, Global Voices, CC BY 3.0).
describe('a role subject after an opening connective', () => {
  const KOBOY = 'Indonesia: Soldier Loses His Temper in the Street';
  const POLICE =
    "One day after the incident, police admitted that there's a car grazed in the location shown in the video. According to Tempo, the car driver is a captain in the army and the motorcyclist is a civilian. Because of the incident, the military police came and brought the captain to their station. Military police will follow up the investigation.";
  const VERSION =
    'Meanwhile, the soldier came up with his version. In a statement given by the head of communication of the Indonesian national army, he said the gun he used was only an airsoft gun. He lost his temper because the motorcyclist yelled at him and banged at his window.';

  test('"Meanwhile, the soldier came up with his version." stands between a later he and the outlet cited before', () => {
    const article = analyze(KOBOY, POLICE, VERSION);
    expect(attribution(article, 'the gun he used was only an airsoft gun').speaker).toBeNull();
  });

  // voa-liberia-sirleaf-promises-results-us-aid-2007-02-16's sentences (development half), shortened, with an opening
  // connective put before the role subject: the development half has no such sentence about a named person.
  test('"Meanwhile, the Liberian president held …" still ties the title to the president the text was about', () => {
    const article = analyze(
      'Liberia',
      'Liberian President Ellen Johnson Sirleaf visited Washington this week.',
      'Meanwhile, the Liberian president held meetings with U.S. officials including President Bush. She thanked the U.S. for its aid.',
      'She said the money would rebuild roads.',
    );
    expect(attribution(article, 'the money would rebuild roads').speaker).toBe('Ellen Johnson Sirleaf');
  });
});

// wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26 (development half): the he after a role of a body
// is the role's holder, whom the text does not name, not the president named the sentence before.
test('"The Workers\' Party Secretary for International Foreign Relations didn\'t agree …. He said …" is no one named', () => {
  const article = analyze(
    'US Secretary of Defense Rumsfeld visits Brazil',
    'President Lula is scheduled to meet President Hugo Chávez next Tuesday in Ciudad Guayana, Venezuela.',
    'The Workers\' Party Secretary for International Foreign Relations didn\'t agree with the US Defense Secretary regarding Venezuela. He said that his "declaration, does not contribute to a process of stabilization."',
  );
  expect(attribution(article, 'declaration, does not contribute')?.speaker ?? null).toBeNull();
});

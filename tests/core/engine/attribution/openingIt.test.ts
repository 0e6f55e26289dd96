import { describe, expect, test } from 'vitest';
import { opensOnReferentialIt } from '../../../../src/core/engine/attribution/openingIt';
import { analyze, attribution, pronounAfter } from './helpers';

// openingIt.ts and its use in coreference.ts (`Discourse.sentenceSubject`): a sentence opening on an "It" that stands
// for an organisation is about that organisation. From wikinews-french-journalists-claim-gaddafi-promised-sarkozy-
// campaign-2012-04-29 (Wikinews, CC BY 2.5, development half).

const whole = (sentence: string) => opensOnReferentialIt(sentence, { start: 0, end: sentence.length });

describe('an opening "It" as the subject', () => {
  test.each([
    "It is generally viewed as opposing Sarkozy's right-wing regime.",
    'It claims money was laundered via accounts including one in the name of the head of the party.',
    'It also published a photograph of the document.',
  ])('"%s" stands for something named before', (sentence) => {
    expect(whole(sentence)).toBe(true);
  });

  test.each([
    'It is not the first time such allegations have been made.',
    'It is suspected Balladur received kickback bribes from Pakistan in a submarine sale.',
    'It is dated October 6, 2006 and discusses an agreement.',
    'It seems the deal never went ahead.',
    'It emerged that the money was never paid.',
  ])('"%s" is an empty or a document\'s "it", which leaves the sentence\'s names to decide', (sentence) => {
    expect(whole(sentence)).toBe(false);
  });
});

describe('a website named, then "It" twice', () => {
  const MEDIAPART = 'French news website Mediapart has published a document.';
  const WEBSITE = 'Mediapart is a respected left-wing investigative website.';
  const VIEWED = "It is generally viewed as opposing Sarkozy's right-wing regime.";

  test('"It is generally viewed as opposing Sarkozy\'s …" is about Mediapart, so the next "it" is Mediapart, not nobody', () => {
    expect(pronounAfter('it', MEDIAPART, WEBSITE, VIEWED)).toBe('Mediapart');
  });

  test('"It claims money was laundered …, and says …" reports Mediapart\'s words', () => {
    const article = analyze(
      'French journalists claim Gaddafi promised Sarkozy campaign €50 million',
      'French news website Mediapart has published a document it says shows the late Libyan leader Muammar Gaddafi pledged French President Nicolas Sarkozy €50 million (£42 million) to fund his 2007 election campaign.',
      "Mediapart is a respected left-wing investigative website. It is generally viewed as opposing Sarkozy's right-wing regime. It claims money was laundered via accounts including one in the name of Sarkozy's political party's head's sister, and says governmental briefing notes indicate regular funding trips to and from Libya.",
    );
    expect(attribution(article, 'money was laundered via accounts')).toMatchObject({ kind: 'reported', speaker: 'Mediapart', speakerRef: 'It' });
    expect(attribution(article, 'governmental briefing notes indicate')).toMatchObject({ kind: 'reported', speaker: 'Mediapart' });
  });
});

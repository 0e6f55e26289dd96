import { describe, expect, test } from 'vitest';
import { cueVerbsOf, saysOrClaims } from '../../../../../src/core/engine/attribution/reported/cueCandidates';
import { findDirectQuotes } from '../../../../../src/core/engine/directQuotes';
import { analyze, attribution, quotesOf } from '../helpers';
import { walkedTo } from '../walkedTo';

// cueCandidates.ts: the words of a sentence that may cue reported speech. Sentences from the development half of
// tests/fixtures/real, each read as one whole block (`block` 0 is the headline).

/** The candidate cue words of `text`, read as the whole of block `block`. */
function cueWords(text: string, block = 1): Array<string> {
  const texts = block === 0 ? [text] : ['Headline', text];
  const { walk } = walkedTo(block, texts[0] ?? '', ...texts.slice(1));
  const c = { block, text, range: { start: 0, end: text.length }, end: text.length, directs: findDirectQuotes(text), cues: walk.cues };
  return cueVerbsOf(c, text).map((m) => m[0]);
}

describe('words that may cue reported speech', () => {
  // wikinews-conservative-rally-washington-election-stolen-2020-12-15.
  test('a post told as a clause ("Trump tweeted he wasn\'t aware …") is cued by "tweeted"', () => {
    expect(cueWords("Trump tweeted he wasn't aware of the event but would go to see it anyway:")).toEqual(['tweeted']);
  });

  // voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03 and gv-bangladesh-movie-theaters-dying-2012-05-09.
  // A probe sentence (lane break32): no real sentence of the shape was found in the corpus texts or the fresh pools.
  test('"says" before a participle used as an adjective ("says added security …") stays a cue: "says" is never a noun', () => {
    expect(cueWords('Mayor Ana Ruiz says added security at the port will cost the city $2 million a year.')[0]).toBe('says');
  });

  test('"Police statements said …", "Newspaper reports say …": the noun before the speech verb is no cue', () => {
    expect(cueWords('Police statements said the union officials "went wild" and tried to escape three times, breaking a vehicle lock.')).toEqual(['said']);
    expect(cueWords('Newspaper reports say that this year only 45 films will be produced.')).toEqual(['say']);
    // A verb in -s before a noun phrase is still one: "reports state officials …" has "state" open the content.
    expect(cueWords('The newspaper reports state officials were unaware of the fire.')).toContain('reports');
  });

  // gv-yemen-nodrones-campaign-2012-05-14.
  test('"tweeted a link" posts an object, no clause: "tweeted" is no cue', () => {
    expect(cueWords('He also tweeted a link about drone strikes and the civilan casualties in Yemen which are seldom reported.')).not.toContain('tweeted');
  });

  // wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29.
  test('"she shared that …" reports a that-clause', () => {
    expect(cueWords('With the combination of excitement and "the stress I\'m putting on my body", she shared that she was prone to meltdown in suit.')).toEqual(
      ['shared'],
    );
  });

  // voa-african-presidents-support-bush-africa-initiative-2005-06-16.
  test('"identified poverty, hunger, and bad politicians as the greatest threat" names something as something: a cue', () => {
    expect(
      cueWords(
        "In a radio interview with VOA's Hausa Service on Wednesday, President Tandja Mamadu of Niger identified poverty, hunger, and bad politicians as the greatest threat to the development of viable democracy in Niger and most parts of Africa.",
      ),
    ).toEqual(['identified']);
  });

  // voa-liberia-weah-claims-misrepresented-2005-12-15.
  test('a capitalised verb is a cue in the headline, but a title’s word inside a body paragraph', () => {
    const title = 'Defeated Liberian Presidential Candidate Weah Claims To Be Misrepresented';
    expect(cueWords(title, 0)).toEqual(['Claims']);
    expect(cueWords(title, 1)).toEqual([]);
  });
});

describe('speech and claim verbs', () => {
  test.each([
    ['said', true],
    ['claimed', true],
    ['tweeted', true],
    ['link', false],
  ])('"%s" says or claims: %s', (word, says) => {
    expect(saysOrClaims(word)).toBe(says);
  });
});

// A fresh Wikinews page (Brazilian air crash, October 2006), measured held out.
test('"the media are suggesting that …" reports what the media say, unattributed', () => {
  const article = analyze(
    'Rescue workers search wreckage of Brazilian air crash',
    'The Brazilian mass communications media are suggesting that a lapse in communication caused the crash.',
  );
  expect(attribution(article, 'a lapse in communication caused the crash')).toMatchObject({ kind: 'reported', speaker: null });
});

test('", suggesting that …" after a finding is still no one\'s words', () => {
  const article = analyze('Tests', 'The tests came back negative, suggesting that the virus had gone.');
  expect(quotesOf(article)).toEqual([]);
});

// usgov-section508-hhs-navigating-section-752-2023-10-02 (public domain): a numbered list of the questionnaire's categories.
test('"1. Culture Change: Questions that drive changes …" is a label and its description, not someone questioning', () => {
  const article = analyze(
    'Navigating Section 752',
    '1. Culture Change: Questions that drive changes in the way work gets done.',
    '2. Leadership: Questions that measure the success of our leadership’s accessibility efforts.',
  );
  expect(quotesOf(article)).toEqual([]);
});

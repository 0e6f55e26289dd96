import { describe, expect, test } from 'vitest';
import { nextSpeakerClause } from '../../../../../src/core/engine/attribution/reported/nextSpeaker';
import { analyzeArticle } from '../../../../../src/core/engine/analyze';
import { quotesInOrder, speakerOf } from '../../../../../src/core/article';

// reported/nextSpeaker.ts: a second speaker's clause joined on to the first's with ", and", or with "and" and a participle.

// Global Voices, "Argentina: Death With Dignity Law Approved" (11 May 2012, CC BY 3.0), development half.
const TWO_TWEETERS =
  'Twitter user Lean Fernández (@leanfe4) [es] says that the passing of this law is an historical event, and Lou A. Salomé [es] (@Lou_A_S) tweets:';

describe('a second speaker joined on with ", and"', () => {
  test('a named subject, a handle and a language tag before "tweets:" open a clause of their own', () => {
    const joined = nextSpeakerClause(TWO_TWEETERS, 0);
    expect(joined && TWO_TWEETERS.slice(joined.start)).toBe(', and Lou A. Salomé [es] (@Lou_A_S) tweets:');
    expect(joined && TWO_TWEETERS.slice(joined.subject)).toMatch(/^Lou A\. Salomé/);
  });

  test('a titled subject before "said that" opens one; a pronoun, "then" or an object does not', () => {
    expect(nextSpeakerClause('the law was historic, and the mayor, Ana Ruiz, said that it was a mistake.', 0)).not.toBeNull();
    expect(nextSpeakerClause('the law was historic, and he said that it was a mistake.', 0)).toBeNull();
    expect(nextSpeakerClause('the law was historic, and then said that it was a mistake.', 0)).toBeNull();
    expect(nextSpeakerClause('the law was historic, and the following countries:', 0)).toBeNull();
  });

  test('the first speaker keeps the reported clause, and the tweet after the colon goes to the second', () => {
    const article = analyzeArticle(`Death with dignity\n\n${TWO_TWEETERS}\n\nVivir es un derecho, no una obligación #muertedigna`, {
      publishedOn: '2012-05-11',
    });
    const said = quotesInOrder(article).map(({ quote }) => [quote.kind, quote.text, speakerOf(article, quote)?.name]);
    expect(said).toEqual([
      ['reported', 'the passing of this law is an historical event', 'Lean Fernández'],
      ['direct', 'Vivir es un derecho, no una obligación #muertedigna', 'Lou A. Salomé'],
    ]);
  });
});

// Global Voices, "South Korea: Police Question Influential Podcasters for Campaign Violations" (21 May 2012, CC BY 3.0), development half.
const UNSCATHED =
  'The verdict was accused by many as politically motivated, but Park Geun-hye, the governing party’s strongest presidential candidate who made similar remarks on the fraud cases, has gone unscathed:';

describe('a joined clause whose last word follows a linking verb', () => {
  test('"…, but Park Geun-hye, …, has gone unscathed:" opens no second speaker\'s clause', () => {
    expect(nextSpeakerClause(UNSCATHED, 0)).toBeNull();
  });

  test('the tweet after it is not given to the candidate the sentence is about', () => {
    const article = analyzeArticle(
      `Podcasters questioned\n\n${UNSCATHED}\n\nPark Geun-hye's BBK [company name] remarks [remarks on the current president's stock price manipulation allegations] were eventually acquitted. Bong-ju was jailed while Geun-hye was cleared of charges.`,
      { publishedOn: '2012-05-21' },
    );
    const [said] = quotesInOrder(article);
    expect(said && speakerOf(article, said.quote)?.name).not.toBe('Park Geun-hye');
  });
});

// Global Voices, "Nigeria: Rashidi Yekini, Football Legend, Dies at 48" (8 May 2012, CC BY 3.0), development half.
test('", and another recalled seeing him …" is a second speaker: the first one\'s content ends before it', () => {
  const sentence =
    'One neighbour spoke of his losing life savings to a sham investment, and another recalled seeing him frequently around women selling Bóle (roasted plantain); and on two occasions he answered nature’s call by a roadside in Ibadan where he lived away his final days.';
  const joined = nextSpeakerClause(sentence, 0);
  expect(joined && sentence.slice(joined.start, joined.subject)).toBe(', and ');
  expect(joined && sentence.slice(joined.subject, joined.subject + 17)).toBe('another recalled ');
  expect(nextSpeakerClause('He said the plan was dead, and another plan would follow.', 0)).toBeNull();
});

// Wikinews, "US House of Representatives votes to formalize impeachment inquiry …" (October 2019, CC BY 2.5), a fresh page
// from data/wikinews_2019.csv of github.com/vanatteveldt/wikinews; in neither half of tests/fixtures/real.
describe('a second named speaker joined on with "and" and a participle', () => {
  const CALLING =
    'Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the investigation into Trump "Soviet-style" and Ross Spano of Florida calling the process "a blatant and obvious coup to unseat a sitting president of the United States".';

  test('"and Ross Spano of Florida calling" opens a clause of its own', () => {
    const joined = nextSpeakerClause(CALLING, 0);
    expect(joined && CALLING.slice(joined.subject)).toMatch(/^Ross Spano of Florida calling/);
  });

  test("Scalise's content ends before Spano's, and Spano's words are his own", () => {
    const article = analyzeArticle(`US House votes to formalize impeachment inquiry\n\n${CALLING}`, { publishedOn: '2019-11-01' });
    const said = quotesInOrder(article).map(({ quote }) => [quote.kind, quote.text, speakerOf(article, quote)?.name]);
    expect(said).toContainEqual(['reported', 'the investigation into Trump "Soviet-style"', 'Steve Scalise']);
    expect(said).toContainEqual(['direct', 'a blatant and obvious coup to unseat a sitting president of the United States', 'Ross Spano']);
    expect(said.some(([, text, name]) => name === 'Steve Scalise' && String(text).includes('Ross Spano'))).toBe(false);
  });

  test('a pronoun or a thing after "and" opens none', () => {
    expect(nextSpeakerClause('calling the plan "a mess" and He calling it "a disgrace"', 0)).toBeNull();
    expect(nextSpeakerClause('calling the plan "a mess" and the budget "a disgrace"', 0)).toBeNull();
  });

  // wikinews-connecticut-serial-killer-competent-2004-12-28 (WikinewsSum, CC BY 2.5).
  test('", and the court agreed, finding …" is the court\'s clause, which ends the psychiatrist\'s testimony', () => {
    const sentence =
      'Norko testified that Ross made a rational decision in electing to waive his appeals, and the court agreed, finding Ross clear headed and well educated.';
    expect(nextSpeakerClause(sentence, 0)).toMatchObject({ start: sentence.indexOf(', and the court') });
  });
});

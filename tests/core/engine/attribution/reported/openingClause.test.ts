import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from '../helpers';

// reported/openingClause.ts: a cue in a subordinate clause that opens the sentence reports only that clause's words.

const reportedTexts = (...paragraphs: Array<string>) =>
  quotesOf(analyze('Headline', ...paragraphs))
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('a cue in the clause that opens the sentence', () => {
  // gv-yemen-sexual-harassment-al-hayat-figure-2012-05-06 (Global Voices, CC BY 3.0).
  test('what was admitted ends where the main clause begins', () => {
    expect(
      reportedTexts(
        'While many Twitter users admitted that there was a problem with harassment in Yemen, the percentage quoted in the newspaper divided them.',
      ),
    ).toEqual(['there was a problem with harassment in Yemen']);
  });

  // wikinews-dinosaurs-flapped-wings-as-they-ran-2019-05-05 (Wikinews, CC BY 2.5).
  test('the writer’s clause after the comma is not the consensus’s', () => {
    expect(
      reportedTexts(
        'While current consensus among scientists says birds as we understand them evolved from theropod dinosaurs, there are several competing ideas about how exactly flight developed in these vertebrates.',
      ),
    ).toEqual(['birds as we understand them evolved from theropod dinosaurs']);
  });

  // Fresh text.
  test('a relative clause set off by commas stays in what was said', () => {
    expect(reportedTexts('When Jane Smith said the plan, which was old, was dead, Jones left the room.')).toEqual(['the plan, which was old, was dead']);
  });

  // wikinews-global-warming-ozone-crops-2014-07-28 (Wikinews, CC BY 2.5).
  test('an "as" clause is the cue alone, and what was said follows it', () => {
    expect(reportedTexts('As Colette Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act.')).toEqual([
      'US surface ozone has dropped partly due to the Clean Air Act',
    ]);
  });

  // NASA, "55 Years Ago: Six Months Until the Moon Landing" (fresh text).
  test('a nickname in quote marks does not hide the main clause that a name opens', () => {
    expect(
      reportedTexts(
        'When Anders announced that he would retire from NASA in August 1969 to join the National Space Council, Thomas K. “Ken” Mattingly began training in parallel with Anders in case the mission slipped past that date.',
      ),
    ).toEqual(['he would retire from NASA in August 1969 to join the National Space Council']);
  });

  // wikinews-bush-social-security-price-indexing-2005-01-04 (development half).
  test('a main clause whose subject is a bare noun phrase ends what was said: "…, price indexing is inevitable"', () => {
    expect(
      reportedTexts(
        'While American Association of Retired Persons (AARP) Policy Director John Rother concedes that many of the arguments of opponents are valid, price indexing is inevitable and must be viewed in the context of the reform package.',
      ),
    ).toEqual(['many of the arguments of opponents are valid']);
  });

  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half): "early" is an adjective, not an adverb.
  test('"…, early August debate centered around the postal service" is the writer\'s main clause', () => {
    expect(
      reportedTexts(
        'While President Donald Trump suggested in a late July tweet that mail-in voting could result in fraud, early August debate centered around the postal service.',
      ),
    ).toEqual(['mail-in voting could result in fraud']);
  });

  test('a participle an adverb in -ly leads describes a noun inside what was said: "the plan, once widely praised, was flawed"', () => {
    expect(reportedTexts('While Jane Smith argued that the plan, once widely praised, was flawed, the council approved it.')).toEqual([
      'the plan, once widely praised, was flawed',
    ]);
  });
});

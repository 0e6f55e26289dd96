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
});

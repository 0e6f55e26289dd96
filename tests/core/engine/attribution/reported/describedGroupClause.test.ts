import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/describedGroupClause.ts: a bare clause after a described group's or a report's plain verb of saying is read as
// a named speaker's is, and left unattributed. Sentences from the development half of tests/fixtures/real.

describe('a described group or report reports the bare clause after its plain verb of saying', () => {
  test('reports and an amount: "Reports say anywhere between 100 and 1,300 people were killed …" (wikinews-syrian-army-bombs-damascus-suburbs-chemical-weapons-2013-08-22)', () => {
    const article = analyze(
      'Syrian army bombs Damascus suburbs',
      "Reports say anywhere between 100 and 1,300 people were killed in Wednesday's alleged chemical attack, but there are no reports of injuries or deaths in yesterday's bombings.",
    );
    expect(attribution(article, 'anywhere between 100 and 1,300 people were killed')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a relative inside the clause\'s subject: "Media in the United States says a suicide bomber who attacked …" (wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-agent-2010-01-05)', () => {
    const article = analyze(
      'Suicide bomber was double agent',
      'Media in the United States says a suicide bomber who attacked a Central Intelligence Agency base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda double agent.',
    );
    expect(attribution(article, 'a suicide bomber who attacked a Central Intelligence Agency base')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('polls and a plural present: "Public opinion polls say a majority of Americans believe …" (wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06)', () => {
    const article = analyze(
      'Bush urges US allies',
      "Public opinion polls say a majority of Americans believe the president's decision to invade Iraq was a mistake.",
    );
    expect(attribution(article, 'a majority of Americans believe')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"Another" of the callers: "Another said he and his wife and been unable to vote …" (voa-cambodia-election-monitor-hello-voa-2007-04-23)', () => {
    const article = analyze(
      'Callers discuss elections',
      'One caller suggested changes. Another said he and his wife and been unable to vote because their names were entered wrongly on registration lists.',
    );
    expect(attribution(article, 'he and his wife and been unable to vote')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

describe('what still reports nothing', () => {
  test('a short object after a group\'s verb is no clause: "Critics said goodbye to the plan."', () => {
    expect(quotesOf(analyze('Plan dropped', 'Critics said goodbye to the plan.'))).toEqual([]);
  });

  test('a question asks what reports say: "Do reports say the incident constitutes a war crime?"', () => {
    expect(quotesOf(analyze('Airstrike', 'Do reports say the incident constitutes a war crime?')).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('polls that show, not say: "Polls show the president is unpopular."', () => {
    expect(quotesOf(analyze('Polls', 'Polls show the president is unpopular.'))).toEqual([]);
  });
});

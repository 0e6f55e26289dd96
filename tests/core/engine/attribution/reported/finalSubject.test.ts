import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/finalSubject.ts: who speaks in a final cue clause: the one a second speech verb names, the subject before the
// verb, an inverted subject after it, or an unnamed description, left unattributed.

describe('an outlet relaying what someone else said', () => {
  // "Earthquake injures 25 people in southern Philippines", fresh Wikinews 2019-07-15 (CC BY 2.5).
  test("'…, CNN Philippines reported the governor said.' is the governor's, not the outlet's", () => {
    const article = analyze(
      'Earthquake injures 25 people in southern Philippines',
      'Surigao del Sur Governor Alexander Pimentel told reporters the towns damaged were primarily Carrascal and Madrid.',
      'Madrid District Hospital in the town of Madrid treated 25 wounded people who evacuated to the hospital, CNN Philippines reported the governor said.',
    );
    const quote = attribution(article, 'Madrid District Hospital');
    expect(quote?.speaker).not.toBe('CNN Philippines');
  });
});

describe('an unnamed speaker described in the final clause', () => {
  // "Radio host Don Imus dies aged 79", Wikinews (CC BY 2.5), development half.
  test("'…, his family reported.' is reported speech, left unattributed", () => {
    const article = analyze(
      'Radio host Don Imus dies aged 79',
      'United States radio personality Don Imus died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve, his family reported.',
    );
    expect(attribution(article, 'United States radio personality Don Imus died on Friday')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'his family reported',
    });
  });

  // Fresh digital.gov page 2016-08-22 (public domain).
  test("'…, not just filing reports.' opens with no determiner: the writer's own clause, no cue", () => {
    const article = analyze(
      'What happens when the whole team joins user interviews',
      'The head of GDS research has talked about how the research team is the “ambassador” for the user in actively building empathy, not just filing reports.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported' && q.cue?.text === 'not just filing reports')).toEqual([]);
  });
});

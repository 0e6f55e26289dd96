import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/laterFinding.ts: ", though it was later found …" is the writer's, not the speaker's.

describe('a later finding after reported content', () => {
  test('"said A, though it was later found B" reports only A', () => {
    const article = analyze('Attack', 'Police said the attacker appeared to be wearing a suicide vest, though it was later found to be a harmless fake.');
    expect(attribution(article, 'the attacker appeared to be wearing a suicide vest')).toMatchObject({ kind: 'reported', cue: 'Police said' });
  });

  // Global Voices (CC BY 3.0), development half.
  test('"argue that A, a claim refuted in …" reports only A', () => {
    const article = analyze(
      'Brazil: Racial Quotas in Higher Education',
      'Others argue that the quotas would only be an easy way out for the poor public primary and secondary education system, a claim refuted in an article published by the Federal University of Minas Gerais.',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('the quotas would only be'))?.text).toBe(
      'the quotas would only be an easy way out for the poor public primary and secondary education system',
    );
  });

  test('a hedge of the speaker\'s own (", though it needs money") stays in the content', () => {
    const article = analyze('Budget', 'Finance Minister Ana Ruiz said the plan would work, though it needs more money from the regions.');
    expect(attribution(article, 'the plan would work, though it needs more money from the regions')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
    });
  });
});

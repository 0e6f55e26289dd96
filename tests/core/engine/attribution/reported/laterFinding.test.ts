import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/laterFinding.ts: ", though it was later found …" is the writer's, not the speaker's.

describe('a later finding after reported content', () => {
  test('"said A, though it was later found B" reports only A', () => {
    const article = analyze('Attack', 'Police said the attacker appeared to be wearing a suicide vest, though it was later found to be a harmless fake.');
    expect(attribution(article, 'the attacker appeared to be wearing a suicide vest')).toMatchObject({ kind: 'reported', cue: 'Police said' });
  });

  test('a hedge of the speaker\'s own (", though it needs money") stays in the content', () => {
    const article = analyze('Budget', 'Finance Minister Ana Ruiz said the plan would work, though it needs more money from the regions.');
    expect(attribution(article, 'the plan would work, though it needs more money from the regions')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
    });
  });
});

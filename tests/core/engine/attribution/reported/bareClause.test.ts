import { describe, expect, test } from 'vitest';
import { opensUndeterminedClause } from '../../../../../src/core/engine/attribution/reported/bareClause';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/bareClause.ts: "said water bombing by aircraft was disallowed" reports a clause whose subject has no determiner.

describe('a clause with no "that" whose subject has no determiner', () => {
  // wikinews-notre-dame-paris-catches-fire-2019-04-16 (development half), verbatim.
  test('"said water bombing by aircraft was disallowed …" is found', () => {
    const article = analyze(
      'Notre-Dame de Paris catches fire',
      'The French Civil Security service said water bombing by aircraft was disallowed as it might have caused additional damage to the monument.',
    );
    expect(attribution(article, 'water bombing by aircraft was disallowed')).toMatchObject({ kind: 'reported', cue: 'said' });
  });

  // wikinews-world-leaders-react-death-osama-bin-laden-2011-05-02 (development half), verbatim.
  test('"said bin Laden\'s death was a step forward …" is found, left to no one the text names', () => {
    const article = analyze('World leaders react', "Several Asian countries also said bin Laden's death was a step forward in the war against terrorism.");
    expect(attribution(article, "bin Laden's death was a step forward")).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('an auxiliary after the phrase shows the clause', () => {
    expect(opensUndeterminedClause(' water bombing by aircraft was disallowed', 0)).toBe(true);
    expect(opensUndeterminedClause(" bin Laden's death was a step forward", 0)).toBe(true);
    expect(opensUndeterminedClause(' little damage was done to the temple', 0)).toBe(true);
  });

  test('an object whose own clause or second verb holds the auxiliary is no clause said', () => {
    expect(opensUndeterminedClause(' steps their customers would take', 0)).toBe(false);
    expect(opensUndeterminedClause(' supporters and was cheered', 0)).toBe(false);
    expect(opensUndeterminedClause(' plans to build a bridge that would cost', 0)).toBe(false);
    expect(opensUndeterminedClause(' yesterday the fire was out', 0)).toBe(false);
    expect(opensUndeterminedClause(' publicly, the fire was out', 0)).toBe(false);
    expect(opensUndeterminedClause(' goodbye was hard', 0)).toBe(false);
  });

  // Near miss, shaped on the same sentence: an object with a relative clause whose verb the auxiliary is.
  test('"said goodbye to friends who were there" reports nothing', () => {
    expect(quotesOf(analyze('Farewell', 'The minister said goodbye to colleagues who were at the airport.'))).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/andThat.ts: one cue reporting two "that" clauses gives two reported quotes.

describe('"and that" clauses of one cue', () => {
  test('"X noted that A, and that B" is two reported quotes of X with the same cue', () => {
    const article = analyze(
      'Nobel call',
      'President Ana Ruiz returned the call. Ruiz noted that she was humbled by the prize, and that she saw it as a call to collective action.',
    );
    expect(attribution(article, 'she was humbled by the prize')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz', cue: 'Ruiz noted that' });
    expect(attribution(article, 'she saw it as a call to collective action')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
      cue: 'Ruiz noted that',
    });
  });

  test('a demonstrative "and that was …" stays inside the one clause', () => {
    const article = analyze('Budget', 'Finance Minister Ana Ruiz said that the budget was late and that was a problem for every ministry.');
    expect(attribution(article, 'the budget was late and that was a problem for every ministry')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
    });
  });
});

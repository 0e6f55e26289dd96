import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/objectFrame.ts: "accused A of B", "credited A with B", "likened A to B", "hailed A as B".

describe('object-and-preposition cues', () => {
  test('"X credited A with B" reports "A with B" as what X said', () => {
    const article = analyze('Vigil', 'Hatice Cengiz spoke on Monday. She credited news media with keeping the story alive.');
    expect(attribution(article, 'news media with keeping the story alive')).toMatchObject({ kind: 'reported', speaker: 'Hatice Cengiz', cue: 'She credited' });
  });

  test('"X, also accused A of B" gives X the accusation', () => {
    const article = analyze('Shooting', 'The president of the church, John Carmichael, also accused Anonymous of being behind the shooting.');
    expect(attribution(article, 'Anonymous of being behind the shooting')).toMatchObject({ kind: 'reported', speaker: 'John Carmichael' });
  });

  test('"hailed A as “…,” adding that …" ends at the closing mark, and the participle goes on with the speaker', () => {
    const article = analyze(
      'Shuttle',
      'NASA Administrator James C. Fletcher hailed the decision as “an historic step in the space program,” adding that it would change what humans can do in space.',
    );
    expect(attribution(article, 'it would change what humans can do in space')).toMatchObject({ kind: 'reported', speaker: 'James C. Fletcher' });
  });

  test('a passive "was accused of" has no object and reports nothing', () => {
    const article = analyze('Trial', 'Mayor Tomas Reinholt was accused of fraud in 2019.');
    expect(quotesOf(article)).toEqual([]);
  });
});

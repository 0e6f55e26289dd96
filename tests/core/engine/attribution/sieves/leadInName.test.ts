import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/leadInName.ts: the given name or blog title before a lead-in's speech verb, read only when no other reading named a speaker.

// Global Voices, "Colombia: Bomb Blast Targeted at Controversial Former Minister" (16 May 2012), CC BY 3.0, development half.
const COLOMBIA = 'Colombia: Bomb Blast Targeted at Controversial Former Minister';

describe('the name before a lead-in’s speech verb, read last', () => {
  test('a later clause’s speaker outdoes the first verb’s: "… Aleyda Rodríguez from Pulso Social writes …, and Javier Moreno shares his thoughts [es]:"', () => {
    const article = analyze(
      COLOMBIA,
      'In the blogosphere, Aleyda Rodríguez from Pulso Social writes about the coverage, rather than the reactions, on social media [es], and Javier Moreno shares his thoughts [es]:',
      'Promover la confusión es preferible. Lo que importa es sostener la guerra activa en todos sus frentes.',
    );
    expect(attribution(article, 'Promover la confusión es preferible')).toMatchObject({ kind: 'direct', speaker: 'Javier Moreno' });
  });
});

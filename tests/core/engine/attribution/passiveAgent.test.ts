import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// passiveAgent.ts: a participle clause after a verdict passive ("was criticized by X, saying …") is the agent's.

describe('a participle after an agent’s verdict in the passive', () => {
  // wikinews-british-white-paper-public-health-2004-11-17 (development half, public domain), verbatim.
  test('"It has also been criticized by the British Medical Association …, saying "…"" is the association’s', () => {
    const article = analyze(
      'British white paper on public health',
      'The paper has been criticized by many parties. It has also been criticized by the British Medical Association as being implemented too slowly, saying "When lives need saving, doctors act immediately".',
    );
    expect(attribution(article, 'When lives need saving')).toMatchObject({ kind: 'direct', speaker: 'British Medical Association' });
  });
});

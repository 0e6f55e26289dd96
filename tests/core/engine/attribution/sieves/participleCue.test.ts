import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/participleCue.ts: a participle cue after a comma speaks for the sentence's subject, not the noun before it.

describe('a participle cue', () => {
  test("'X spared a thought for Y's mom, explaining:' does not give the quotation to the mom (fresh text, Global Voices)", () => {
    const article = analyze(
      'Caribbean: Supporting Our Mothers',
      "Haiti Chery, meanwhile, spared a thought for Trayvon Martin's mom, explaining:",
      "Sybrina Fulton, mother of Trayvon Matin, released a public service announcement...timed for Mother’s Day this [past] weekend, asking viewers to 'call the governor of your state' and encourage them to reconsider 'Stand Your Ground' laws like the one cited by the man who killed her son.",
    );
    expect(attribution(article, 'Sybrina Fulton, mother').speaker ?? '').not.toMatch(/mom/);
  });
});

import { describe, expect, test } from 'vitest';
import { isCreditLine } from '../../../../src/core/engine/attribution/creditLine';
import { analyze, quotesOf } from './helpers';

// attribution/creditLine.ts: Wikinews, 2019–2020 (CC BY 2.5), fresh text (new-user review).

describe('a credit line under a quotation', () => {
  test('"– European Court of Justice" after a colon-ended quotation makes no quote button', () => {
    const article = analyze(
      'European Court of Justice says Facebook must remove posts',
      'The court said in its press release:',
      'By today’s judgment, the Court of Justice answers the Oberster Gerichtshof that the Directive on electronic commerce does not preclude a court of a Member State from ordering a host provider:',
      ' – European Court of Justice',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('– European Court of Justice');
  });

  test('a dash and a capital in a short paragraph is a credit line; a long dashed paragraph is not', () => {
    expect(isCreditLine('—The mayor of London, Sadiq Khan')).toBe(true);
    expect(isCreditLine("—Łukasz Szumowski on the failed efforts to save the mayor's life")).toBe(true);
    expect(isCreditLine('The court ruled on Thursday.')).toBe(false);
    expect(isCreditLine('— We are going to keep fighting for every single family in this city, and we will not stop until the job is done')).toBe(false);
  });
});

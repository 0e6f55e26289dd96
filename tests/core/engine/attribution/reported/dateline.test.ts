import { describe, expect, test } from 'vitest';
import { afterDateline } from '../../../../../src/core/engine/attribution/reported/dateline';
import { analyze, quotesOf } from '../helpers';

// An Army News Service story of 2015 (fresh text, U.S. Army, public domain): the dateline opening the paragraph is not
// part of what the brigadier general said.
describe('a dateline is not reported content', () => {
  test('"FORT BLISS, Texas (Army News Service, …) -- The Network Integration Evaluation … will be the largest NIE ever, …, said …"', () => {
    const article = analyze(
      'Army Host Largest-Ever, Joint-Combined Network Exercise',
      'FORT BLISS, Texas (Army News Service, Sept. 24, 2015) -- The Network Integration Evaluation, or NIE 16.1, which takes place Sept. 25 through Oct. 8, will be the largest NIE ever, since the exercises started in 2011, said Brig. Gen. Terry McKenrick.',
    );
    expect(quotesOf(article).map((q) => q.text)).toContain(
      'The Network Integration Evaluation, or NIE 16.1, which takes place Sept. 25 through Oct. 8, will be the largest NIE ever, since the exercises started in 2011',
    );
  });

  test('only a paragraph’s opening dateline is passed over', () => {
    expect(afterDateline('WASHINGTON – The plan is dead, he said.', 0)).toBe('WASHINGTON – '.length);
    expect(afterDateline('He said WASHINGTON – no.', 8)).toBe(8);
    expect(afterDateline('The plan is dead, he said.', 0)).toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import { OBJECT_PRONOUN_AFTER } from '../../../../src/core/engine/attribution/objectPronoun';

// objectPronoun.ts: the words after a subject show it acting on another person of its gender.
describe('an object pronoun after a subject', () => {
  test('" asked him to join" and " told him "…"" take a him', () => {
    expect(OBJECT_PRONOUN_AFTER.test(' asked him to join')).toBe(true);
    expect(OBJECT_PRONOUN_AFTER.test(' told him "my mind is made up".')).toBe(true);
  });

  test('" also told her that …" takes a her, " thanked her colleagues" only a possessive', () => {
    expect(OBJECT_PRONOUN_AFTER.test(' also told her that the vote was lost')).toBe(true);
    expect(OBJECT_PRONOUN_AFTER.test(' thanked her colleagues')).toBe(false);
  });
});

import { expect, test } from 'vitest';
import { afterOrganizationKind, kindShortForm } from '../../../../src/core/engine/entities/kindNamedRun';

// kindNamedRun.ts: a run right after a noun of an organisation's kind. English Wikinews, "Japanese professional wrestler
// and Netflix star Hana Kimura dies aged 22", 2020-05-24, CC BY 2.5 (fresh text, no gold).

const TEXT = 'Hana Kimura, age 22, has died, wrestling promotion World Wonder Ring Stardom (Stardom) announced yesterday.';
const START = TEXT.indexOf('World');
const WORDS = ['World', 'Wonder', 'Ring', 'Stardom'];

test('a noun of an organisation\'s kind right before the run ("promotion") is found, a role is not', () => {
  expect(afterOrganizationKind(TEXT, START)).toBe(true);
  const role = 'said wrestler Hana Kimura';
  expect(afterOrganizationKind(role, role.indexOf('Hana'))).toBe(false);
});

test("the last word alone in parentheses is such an organisation's short form; another word is not", () => {
  expect(kindShortForm('Stardom', WORDS, TEXT, START)).toBe(true);
  expect(kindShortForm('Wonder', WORDS, TEXT, START)).toBe(false);
});

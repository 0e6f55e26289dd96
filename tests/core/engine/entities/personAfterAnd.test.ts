import { expect, test } from 'vitest';
import { personAfterAnd } from '../../../../src/core/engine/entities/personAfterAnd';
import { tokenize } from '../../../../src/core/engine/entities/tokens';

const at = (text: string) => {
  const tokens = tokenize(text);
  return personAfterAnd(
    tokens,
    tokens.findIndex((t) => t.text === 'and'),
  );
};

test.each([
  ['University of Miami and Chris Fallows of Apex Shark Expeditions', true],
  ['Ministry of Defence and Sarah Jones said', true],
  ['Department of Health and Human Services', false],
  ['University of Texas and Mary Washington College', false],
  ['Bank of England and David', false],
])('%s: a person after "and" is %s', (text, expected) => {
  expect(at(text)).toBe(expected);
});

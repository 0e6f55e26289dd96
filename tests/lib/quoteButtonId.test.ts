import { quoteButtonId, quoteOfButton } from '../../src/lib/quoteButtonId';

const button = (id: string) => Object.assign(document.createElement('span'), { id });

test('a quote is found from the id of any of its parts', () => {
  expect(quoteOfButton(['q1', 'q2'], button(quoteButtonId('q2', 0)))).toBe('q2');
  expect(quoteOfButton(['q1', 'q2'], button(quoteButtonId('q2', 1)))).toBe('q2');
});

test('a quote id that itself ends in a number after a dash is read whole, not as a part', () => {
  expect(quoteOfButton(['q-1', 'q'], button(quoteButtonId('q-1', 0)))).toBe('q-1');
  expect(quoteOfButton(['q-1', 'q'], button(quoteButtonId('q-1', 2)))).toBe('q-1');
});

test('an element that is no quote button of these quotes names none', () => {
  expect(quoteOfButton(['q1'], button('headline'))).toBeUndefined();
  expect(quoteOfButton(['q1'], button(quoteButtonId('q9', 0)))).toBeUndefined();
  expect(quoteOfButton(['q1'], document)).toBeUndefined();
});

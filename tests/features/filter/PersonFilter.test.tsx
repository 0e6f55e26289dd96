import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Entity } from '../../../src/core/schema';
import { PersonFilter } from '../../../src/features/filter/PersonFilter';

const people: Array<Entity> = [
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', role: 'President of Russia', aliases: [] },
  { id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', role: null, aliases: [] },
];
const counts = new Map([
  ['vladimir-putin', 6],
  ['kassym-jomart-tokayev', 1],
]);
const colours = new Map([
  ['vladimir-putin', 0],
  ['kassym-jomart-tokayev', 1],
]);

test('each person is a checkbox named by full name, with their quote count beside it', () => {
  render(<PersonFilter people={people} quoteCounts={counts} speakerIndex={colours} chosenIds={[]} onChange={() => {}} />);
  const group = screen.getByRole('group', { name: 'Filter by person' });
  expect(within(group).getByRole('checkbox', { name: 'Vladimir Putin' })).toHaveAccessibleDescription('6 quotes');
  expect(within(group).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev' })).toHaveAccessibleDescription('1 quote');
  expect(within(group).getByRole('button', { name: 'Show everyone' })).toHaveAttribute('aria-disabled', 'true');
});

test('ticking and unticking people reports the chosen ones', async () => {
  const onChange = vi.fn();
  const user = userEvent.setup();
  const { rerender } = render(<PersonFilter people={people} quoteCounts={counts} speakerIndex={colours} chosenIds={[]} onChange={onChange} />);
  await user.click(screen.getByRole('checkbox', { name: 'Kassym-Jomart Tokayev' }));
  expect(onChange).toHaveBeenLastCalledWith(['kassym-jomart-tokayev']);
  rerender(<PersonFilter people={people} quoteCounts={counts} speakerIndex={colours} chosenIds={['kassym-jomart-tokayev']} onChange={onChange} />);
  await user.click(screen.getByRole('checkbox', { name: 'Vladimir Putin' }));
  expect(onChange).toHaveBeenLastCalledWith(['kassym-jomart-tokayev', 'vladimir-putin']);
  await user.click(screen.getByRole('checkbox', { name: 'Kassym-Jomart Tokayev' }));
  expect(onChange).toHaveBeenLastCalledWith([]);
  await user.click(screen.getByRole('button', { name: 'Show everyone' }));
  expect(onChange).toHaveBeenLastCalledWith([]);
});

test('a link to someone without quotes here is reported in a status inside the filter', () => {
  render(<PersonFilter people={people} quoteCounts={counts} speakerIndex={colours} chosenIds={[]} linkedMissing onChange={() => {}} />);
  const group = screen.getByRole('group', { name: 'Filter by person' });
  expect(within(group).getByRole('status')).toHaveTextContent('The linked person has no quotes in this article');
});

test('an article whose quotes name nobody (or that has none) says so instead of offering an empty filter', () => {
  render(<PersonFilter people={[]} quoteCounts={new Map()} speakerIndex={new Map()} chosenIds={[]} onChange={() => {}} />);
  const group = screen.getByRole('group', { name: 'Filter by person' });
  expect(group).toHaveTextContent('No quote here names who said it, so there is no one to filter by.');
  expect(within(group).queryByRole('checkbox')).toBeNull();
  expect(within(group).queryByRole('button', { name: 'Show everyone' })).toBeNull();
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Entity } from '../../../src/core/schema';
import { SpeakerLegend } from '../../../src/features/article/SpeakerLegend';

const speakers: Array<Entity> = [
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', role: 'President of Russia', aliases: [] },
  { id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', role: null, aliases: [] },
];

test('the key names each speaker and says in words what each look of a quote means', () => {
  render(<SpeakerLegend speakers={speakers} showAllMarks={false} onShowAllMarksChange={() => {}} />);
  expect(
    within(screen.getByRole('list', { name: 'Speakers' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
  const marks = screen.getByRole('list', { name: 'Quote marks' });
  expect(marks).toHaveTextContent('solid: named in the text');
  expect(marks).toHaveTextContent('dashed: inferred');
  expect(marks).toHaveTextContent('faint: uncertain');
  expect(marks).toHaveTextContent('grey: speaker unknown');
  expect(marks).toHaveTextContent('“direct quote” and reported speech');
});

test('the Show all marks switch shows its state and asks for the other', async () => {
  const onChange = vi.fn();
  const user = userEvent.setup();
  const { rerender } = render(<SpeakerLegend speakers={speakers} showAllMarks={false} onShowAllMarksChange={onChange} />);
  const toggle = screen.getByRole('switch', { name: 'Show all marks' });
  expect(toggle).not.toBeChecked();
  await user.click(toggle);
  expect(onChange).toHaveBeenLastCalledWith(true);

  rerender(<SpeakerLegend speakers={speakers} showAllMarks onShowAllMarksChange={onChange} />);
  expect(screen.getByRole('switch', { name: 'Show all marks' })).toBeChecked();
  screen.getByRole('switch', { name: 'Show all marks' }).focus();
  await user.keyboard(' ');
  expect(onChange).toHaveBeenLastCalledWith(false);
});

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

test("a long article's key lists its first six speakers and folds the rest under how many more there are", async () => {
  // The first speakers of wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30, in the order they are heard.
  const names = ['Donald Trump', 'Louis DeJoy', 'Joe Biden', 'Kanye West', 'Michelle Obama', 'Democrats', 'Chris Wallace', 'Nancy Pelosi', 'Steve Dasbach'];
  const many: Array<Entity> = names.map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), type: 'person', name, role: null, aliases: [] }));
  const user = userEvent.setup();
  render(<SpeakerLegend speakers={many} showAllMarks={false} onShowAllMarksChange={() => {}} />);
  const key = screen.getByRole('list', { name: 'Speakers' });
  expect(within(key).getByText('Democrats')).toBeVisible();
  expect(within(key).getByText('Chris Wallace')).not.toBeVisible();
  await user.click(within(key).getByText('3 more'));
  for (const name of ['Chris Wallace', 'Nancy Pelosi', 'Steve Dasbach']) expect(within(key).getByText(name)).toBeVisible();
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { goldArticle } from '../../support/serveArticles';

const items = () => within(within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');

test('events show their dates no more precisely than the text gives them', () => {
  render(<Timeline article={goldArticle()} onSelectQuote={() => {}} />);
  const [first, , third] = items();
  expect(first).toHaveTextContent('January 2022Unrest in Kazakhstan');
  expect(third).toHaveTextContent('10 February 2022');
  expect(within(third as HTMLElement).getByRole('link')).toHaveAttribute('href', '#block-p1');
});

test('the January unrest shows the words Putin said about it on 10 February, and the day shows them as said then', () => {
  render(<Timeline article={goldArticle()} onSelectQuote={() => {}} />);
  const [unrest, , statement] = items();
  const about = within(unrest as HTMLElement).getByRole('button', { name: /an act of terrorist aggression/ });
  expect(about).toHaveAccessibleName(/— Vladimir Putin, on 10 February 2022$/);
  expect(unrest).toHaveTextContent('Spoken of');
  expect(within(statement as HTMLElement).getByRole('button', { name: /an act of terrorist aggression/ })).toHaveAccessibleName(/— Vladimir Putin$/);
  expect(statement).toHaveTextContent('Said then');
});

test('choosing a quote in the timeline selects it, by click or from the keyboard', async () => {
  const onSelectQuote = vi.fn();
  const user = userEvent.setup();
  render(<Timeline article={goldArticle()} onSelectQuote={onSelectQuote} />);
  const [unrest] = items();
  const spokenOf = within(unrest as HTMLElement).getByRole('button', { name: /an act of terrorist aggression/ });
  await user.click(spokenOf);
  // The entry's own button goes with the choice: closing the quote brings the reader back to it.
  expect(onSelectQuote).toHaveBeenLastCalledWith('q2', spokenOf);
  const said = screen.getAllByRole('button', { name: /^“?Tokayev's firm stance/ }).at(-1);
  said?.focus();
  await user.keyboard('{Enter}');
  expect(onSelectQuote).toHaveBeenLastCalledWith('q3', said);
});

test('an article without dated events says so', () => {
  render(<Timeline article={{ ...goldArticle(), events: [] }} onSelectQuote={() => {}} />);
  expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('The article dates no events.');
});

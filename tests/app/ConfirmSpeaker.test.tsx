import { screen, waitFor, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import { renderReader } from '../support/renderReader';
import { serveArticles } from '../support/serveArticles';

afterEach(() => localStorage.clear());

test('confirming an uncertain speaker keeps the cue, says it was confirmed, and takes the quote out of Next uncertain quote', async () => {
  serveArticles();
  const { user } = renderReader();
  await screen.findByRole('article');
  await user.click(screen.getByRole('button', { name: 'Next uncertain quote' }));
  const dialog = await screen.findByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('Uncertain');
  expect(within(dialog).queryByRole('button', { name: /^Confirmed/ })).toBeNull();

  const confirm = within(dialog).getByRole('button', { name: 'Confirm: Vladimir Putin said this' });
  await user.click(confirm);
  // The first correction brings in code the page had not needed yet.
  const done = await within(dialog).findByRole('button', { name: 'Confirmed: Vladimir Putin said this' }, { timeout: 12_000 });
  expect(done).toHaveAttribute('aria-disabled', 'true');
  expect(done).toHaveFocus();
  expect(dialog).toHaveTextContent('Confirmed by you');
  expect(dialog).toHaveTextContent('the Russian president said');
  // The quote in the text says it was confirmed, not corrected, and shows the confirmed sign, not the correction's.
  const quote = within(screen.getByRole('article')).getByRole('button', { name: /^Tokayev's firm stance.*, said by Vladimir Putin, confirmed by you$/ });
  expect(quote).toBeVisible();
  expect(within(quote).getByTitle('Confirmed by you')).toHaveTextContent('✓');
  expect(quote).not.toHaveTextContent('✎');

  await user.click(screen.getByRole('button', { name: 'Next uncertain quote' }));
  await waitFor(() => expect(screen.getAllByRole('status').some((status) => /No uncertain quotes/.test(status.textContent ?? ''))).toBe(true));
}, 30_000);

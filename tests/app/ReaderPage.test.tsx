import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { renderReader } from '../support/renderReader';
import { serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('an article in neither the library nor the reader is named as missing, with Try again and the bundled article offered', async () => {
  serveArticles();
  renderReader('?article=unknown');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('No article "unknown" in this browser\'s library');
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(within(alert).getByRole('button', { name: 'Open the bundled article' })).toBeVisible();
});

test('Open the bundled article, from the keyboard, shows the bundled article at its own address', async () => {
  serveArticles();
  const { user } = renderReader('?article=unknown');
  const alert = await screen.findByRole('alert');
  within(alert).getByRole('button', { name: 'Open the bundled article' }).focus();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("Putin calls Kazakhstan's January unrest");
  expect(screen.queryByRole('alert')).toBeNull();
  // The address bar follows once the page is idle.
  await waitFor(() => expect(window.location.search).toBe(''));
});

test('when the bundled article itself fails, only Try again is offered', async () => {
  serveArticles({});
  renderReader();
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(within(alert).queryByRole('button', { name: 'Open the bundled article' })).toBeNull();
});

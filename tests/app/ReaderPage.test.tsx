import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { renderReader } from '../support/renderReader';
import { goldArticle, GOLD_ID, serveArticles } from '../support/serveArticles';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('an article in neither the library nor the reader is named as missing, and the bundled article is offered before Try again', async () => {
  serveArticles();
  renderReader('?article=unknown');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('No article "unknown" exists here: it is not in this browser\'s library, nor among the articles that come with the reader.');
  // A link shared by someone who opened the article in their own browser comes here: the alert says what to ask them for.
  expect(alert).toHaveTextContent(
    'An article someone else opened stays in their browser: ask them for its file (Export, Download article JSON) and open it here with Open article.',
  );
  expect(
    within(alert)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['Open the bundled article', 'Try again']);
});

test('a name that cannot be an article says there is no such article, and offers the bundled one first', async () => {
  serveArticles();
  renderReader('?article=Not%20a%20name');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('There is no article named "Not a name"');
  expect(
    within(alert)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['Open the bundled article', 'Try again']);
});

test('an article that fails to load leads with Try again, which brings it once the server answers', async () => {
  let answer = () => new Response('Server down', { status: 503 });
  serveArticles({ other: () => answer(), [GOLD_ID]: () => Response.json(goldArticle()) });
  const { user } = renderReader('?article=other');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The article could not be downloaded: the server answered 503');
  expect(
    within(alert)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['Try again', 'Open the bundled article']);
  answer = () => Response.json({ ...goldArticle(), id: 'other' });
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("Putin calls Kazakhstan's January unrest");
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

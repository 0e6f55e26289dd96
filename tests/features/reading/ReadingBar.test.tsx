import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { vi } from 'vitest';
import { quotesInOrder } from '../../../src/core/article';
import { loadGold } from '../../core/gold';

const article = loadGold();
const quotes = quotesInOrder(article).map(({ quote }) => quote);

test('the reading bar comes once its code is in, and the text beside it does not wait for it', async () => {
  // A fresh copy of the module, whose code nothing has asked for yet (tests/setup.ts loads it for the other tests).
  vi.resetModules();
  const { ReadingBar } = await import('../../../src/features/reading/ReadingBar');
  // Suspending for a module, React waits for it within an awaited act only: the test does not wait on a timer.
  const shown = act(() =>
    render(
      <>
        <Suspense fallback={null}>
          <ReadingBar quotes={quotes} selectedId={null} people={[]} linkGone={false} onRead={() => {}} onShowEveryone={() => {}} />
        </Suspense>
        <h1>{article.headline.text}</h1>
      </>,
    ),
  );
  expect(screen.getByRole('heading', { name: article.headline.text })).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Next quote' })).toBeNull();
  await shown;
  expect(screen.getByRole('button', { name: 'Next quote' })).toBeEnabled();
  expect(screen.getByRole('status')).toHaveTextContent(`${quotes.length} quotes`);
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import type { AnalysisRequest } from '../../../src/features/open/analysis.worker';
import { OpenArticleDialog } from '../../../src/features/open/OpenArticleDialog';

/** The analysis worker, run in this thread: the test DOM has no workers. */
class InlineWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror = null;
  postMessage({ raw, ...options }: AnalysisRequest) {
    setTimeout(() => this.onmessage?.({ data: { type: 'done', article: analyzeArticle(raw, options) } }));
  }
  terminate() {}
}

afterEach(() => vi.unstubAllGlobals());

const ARTICLE = 'Harbour reopens\n\n"Ships are moving again," harbour master Jan Nowak said on Friday.';

function renderDialog() {
  vi.stubGlobal('Worker', InlineWorker);
  const onOpened = vi.fn();
  render(<OpenArticleDialog onClose={() => {}} onOpened={onOpened} />);
  return { user: userEvent.setup(), onOpened };
}

test('a pasted article keeps the URL and Outlet the reader gives it', async () => {
  const { user, onOpened } = renderDialog();
  await user.click(screen.getByRole('textbox', { name: 'Article text' }));
  await user.paste(ARTICLE);
  // By keyboard, as a reader fills a form: the URL and Outlet fields come after the text.
  await user.tab();
  expect(screen.getByRole('textbox', { name: 'URL' })).toHaveFocus();
  await user.keyboard('https://news.example/harbour');
  await user.tab();
  expect(screen.getByRole('textbox', { name: 'Outlet' })).toHaveFocus();
  await user.keyboard('Baltic Times');
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  await vi.waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
  expect(onOpened.mock.calls[0]?.[0]).toMatchObject({ url: 'https://news.example/harbour', publisher: 'Baltic Times' });
});

test('without them the article has no URL and no outlet', async () => {
  const { user, onOpened } = renderDialog();
  await user.click(screen.getByRole('textbox', { name: 'Article text' }));
  await user.paste(ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  await vi.waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
  const article: unknown = onOpened.mock.calls[0]?.[0];
  expect(article).toMatchObject({ publisher: null });
  expect(article).not.toHaveProperty('url');
});

test('a saved web page fills in its URL, Outlet and publication day', async () => {
  const { user } = renderDialog();
  const html =
    '<!doctype html><html><head><link rel="canonical" href="https://news.example/harbour"><meta property="og:site_name" content="Baltic Times"><meta property="article:published_time" content="2024-03-05T08:00:00Z"></head><body><article><h1>Harbour reopens</h1><p>"Ships are moving again," Jan Nowak said.</p></article></body></html>';
  await user.upload(screen.getByLabelText(/Or choose a file/), new File([html], 'harbour.html', { type: 'text/html' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Read harbour.html');
  expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://news.example/harbour');
  expect(screen.getByRole('textbox', { name: 'Outlet' })).toHaveValue('Baltic Times');
  expect(screen.getByLabelText(/Published on/)).toHaveValue('2024-03-05');
});

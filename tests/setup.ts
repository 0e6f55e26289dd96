import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadReadingControls } from '../src/features/reading/ReadingBar';

// Shared CI machines can be slow: waiting for the UI may take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// The page asks for the reading bar's code as it starts (src/app/main.tsx), long before an article is shown; so do the tests.
beforeAll(async () => {
  await loadReadingControls();
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  // As back and forward do, this drops a history write the reader still had waiting for the page to be idle.
  window.dispatchEvent(new PopStateEvent('popstate'));
});

// Tests never reach the network: a request no test faked fails at once and names what was asked for. happy-dom would
// send it to its page's host (localhost:3000), where anything listening would answer.
globalThis.fetch = (input: RequestInfo | URL) =>
  Promise.reject(new TypeError(`No network in tests: ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`));

// The reader loads some code right after its first view (the attribution, the side panels, the selection reader): a
// file's last test may end while it is still loading, so the environment waits for it before it is torn down.
afterAll(async () => {
  await Promise.all([import('../src/app/QuoteAttribution'), import('../src/app/SidePanels'), import('../src/lib/selection')]);
});

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { sessionOnly } from '../src/api/libraryDatabase';
import { loadReadingControls } from '../src/features/reading/ReadingBar';

// Shared CI machines can be slow: waiting for the UI may take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// The page asks for the reading bar's code as it starts (src/app/main.tsx), long before an article is shown; so do the tests.
// The code the reader loads right after its first view (the attribution, the side panels, the selection reader) comes in
// first too: a worker's modules serve every file it runs (isolate: false in vite.config.ts), so every file but a worker's
// first found it in already, and the first, importing it cold on a loaded two-core machine, waited over 5 s for a panel.
beforeAll(async () => {
  await Promise.all([loadReadingControls(), import('../src/app/QuoteAttribution'), import('../src/app/SidePanels'), import('../src/lib/selection')]);
}, 30_000);

afterEach(() => {
  cleanup();
  // The test's text is gone, so is what it selected: a range left in the page keeps the next test's from being added.
  document.getSelection()?.removeAllRanges();
  window.history.replaceState(null, '', '/');
  // As back and forward do, this drops a history write the reader still had waiting for the page to be idle.
  window.dispatchEvent(new PopStateEvent('popstate'));
});

// Tests never reach the network: a request no test faked fails at once and names what was asked for. happy-dom would
// send it to its page's host (localhost:3000), where anything listening would answer.
globalThis.fetch = (input: RequestInfo | URL) =>
  Promise.reject(new TypeError(`No network in tests: ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`));

afterAll(() => {
  // The worker's page and modules go on to its next file (isolate: false in vite.config.ts): what this page kept goes with
  // it, as when a reader closes the tab. The articles kept for the session when storage refused them (the test page has no
  // IndexedDB) would otherwise be served in place of the next file's.
  sessionOnly.clear();
  localStorage.clear();
  sessionStorage.clear();
});

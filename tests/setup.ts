import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

// Shared CI machines can be slow: waiting for the UI may take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// The ui project runs its files one after another in one jsdom (no isolation: a new jsdom per file was a third of its
// CPU). This file runs again before each of them: each file imports the app's modules afresh (their state, and the
// modules a file's vi.mock stood in for, stay with the file that made them), and what a file may have left in the
// window is put back to what a new jsdom holds, before the file's own hooks.
vi.resetModules();
beforeAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
  window.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.title = '';
  window.history.replaceState(null, '', '/');
});

// The page asks for the reading bar's code as it starts (src/app/main.tsx), long before an article is shown; so do the tests.
beforeAll(async () => {
  // Imported here, after the file's own imports, so that it is the module instance the file's reader uses.
  const { loadReadingControls } = await import('../src/features/reading/ReadingBar');
  await loadReadingControls();
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  // As back and forward do, this drops a history write the reader still had waiting for the page to be idle.
  window.dispatchEvent(new PopStateEvent('popstate'));
});

// jsdom lays nothing out, so it has no scrolling; the reader scrolls an activated quote into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// jsdom's File has no arrayBuffer(); browsers do, and the reader reads dropped files with it.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('no buffer')));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(this);
    });
  };
}

// jsdom has <dialog> but not its modal methods; browsers do, and the reader's dialogs open with showModal().
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// The reader loads some code right after its first view (the attribution, the side panels, the selection reader): a
// file's last test may end while it is still loading, so the environment waits for it before it is torn down.
afterAll(async () => {
  await Promise.all([import('../src/app/QuoteAttribution'), import('../src/app/SidePanels'), import('../src/lib/selection')]);
});

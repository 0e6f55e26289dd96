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

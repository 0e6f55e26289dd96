import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// jsdom lays nothing out, so it has no scrolling; the reader scrolls an activated quote into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

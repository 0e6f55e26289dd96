import type { MouseEvent } from 'react';

/**
 * Whether a click on a link is the page's to follow without loading it again: a plain click with the main
 * button. With a modifier key or another button the browser does what the reader asked (a new tab, say).
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

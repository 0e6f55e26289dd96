import { Notice } from '../ui/Notice';

/** Heads an article in which no quote was found, so that the reader knows the rest of the page still holds. */
export function NoQuotesNotice() {
  return <Notice tone="info">No quotes were found in this article. Its people, places, organisations and timeline are still shown.</Notice>;
}

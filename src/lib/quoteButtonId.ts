/** The id of a quote button in the article: its first part's, or that of a later part (`quote-<id>-<part>`). */
export function quoteButtonId(quoteId: string, part: number): string {
  return part === 0 ? `quote-${quoteId}` : `quote-${quoteId}-${part}`;
}

/** The quote among `quoteIds` whose button (any of its parts) is `element`, as the element a key was pressed on. */
export function quoteOfButton(quoteIds: ReadonlyArray<string>, element: EventTarget | null | undefined): string | undefined {
  const id = element instanceof Element ? element.id : '';
  // An exact first part wins over a later part, so that a quote id that itself ends in `-<digits>` is not cut short.
  return quoteIds.find((quoteId) => id === quoteButtonId(quoteId, 0)) ?? quoteIds.find((quoteId) => id.replace(/-\d+$/, '') === quoteButtonId(quoteId, 0));
}

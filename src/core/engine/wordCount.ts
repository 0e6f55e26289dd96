/**
 * How many words `text` holds, or its part `span` when given (UTF-16 code units, half-open): the runs between white
 * space. The passes that weigh a clause or a quotation by its length ("fewer than three words is no content") count so.
 */
export const wordCount = (text: string, span?: { start: number; end: number }): number =>
  (span ? text.slice(span.start, span.end) : text).split(/\s+/).filter(Boolean).length;

/**
 * Every character that opens or closes a quotation in the articles the engine reads: straight and curly double and
 * single marks, the low-9 mark („) of German and Eastern European text, guillemets, and the backtick of a tokenised
 * text's opening mark (``). Used where a mark of any
 * kind matters, not which one (a span set in marks, a paragraph that holds nothing but quotations).
 */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', "'", '‘', '’', '«', '»', '`']);

/**
 * A double mark of any kind: straight, curly, low-9 or a guillemet. Single marks are left out, since they are also
 * apostrophes (`the minister’s`), so a text holding one may still be words nobody quotes.
 */
export const DOUBLE_MARK = /["“”«»„]/;

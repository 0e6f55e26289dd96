import type { DirectSpan } from '../directQuotes';

/** What may stand before the title: nothing, or the cited piece's authors and a full stop (`Swaine, Jon.`, `AP.`). */
const AUTHORS_BEFORE = /^\s*(?:[^"“”.\n]{1,60}\.\s+)?$/u;

/** A publication date as Wikinews cites one: `August 9, 2009`, `August 9,2009`, `Sunday, 15 April 2007`, `2009-08-09`. */
const DATE = String.raw`(?:\p{Lu}\p{Ll}+day,\s*)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;

/** After the closing mark: a dash, the outlet (`The Guardian`, `BBC News Online`), a comma and the date, to the end. */
const OUTLET_AND_DATE = new RegExp(String.raw`^\s*[—–-]\s*\p{Lu}[^"“”\n]{0,60}?,\s*${DATE}\.?\s*$`, 'u');

/**
 * Whether the quoted words `direct` of paragraph `text` are the title of a cited article: the paragraph is one entry of
 * Wikinews' "Sources" list, `[Authors.] "Title" —Outlet, Date` (`Swaine, Jon. "England badminton team quits world
 * championships over terrorism threat" —The Telegraph, August 9, 2009`, Wikinews Shorts, August 10, 2009). A cited
 * headline is no one's speech (docs/annotation-guide.md, titles of works). A pull quote signed with a dash names its
 * speaker and no date (`"…" —Humam Khalil Abu-Mulal al-Balawi posting on a forum`), so it stays a quote.
 */
export function citedTitle(text: string, direct: DirectSpan): boolean {
  if (direct.close === null) return false;
  return AUTHORS_BEFORE.test(text.slice(0, direct.open)) && OUTLET_AND_DATE.test(text.slice(direct.close + 1));
}

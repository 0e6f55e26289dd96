import type { DirectSpan } from '../directQuotes';

/**
 * What may stand before the title: nothing, or the cited piece's authors, each name or list closed by a full stop
 * (`Swaine, Jon.`, `AP.`, `Megan K. Stack.`, `Laura Smith-Spark. Claudia Rebaza and Jason Hanna.`).
 */
const AUTHORS_BEFORE = /^\s*(?:[^"“”\n]{1,120}\.\s+)?$/u;

/** A publication date as Wikinews cites one: `August 9, 2009`, `August 9,2009`, `Sunday, 15 April 2007`, `2009-08-09`. */
const DATE = String.raw`(?:\p{Lu}\p{Ll}+day,\s*)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;

/**
 * After the closing mark: a dash, the outlet (`The Guardian`, `BBC News Online`, `guardian.co.uk`), a comma and the date,
 * then at most the language the piece is in (`(Turkish)`) and a stray brace a wiki template left (`}`), to the end.
 */
const OUTLET_AND_DATE = new RegExp(String.raw`^\s*[—–-]\s*[\p{L}\p{N}][^"“”\n]{0,60}?,\s*${DATE}\.?\s*(?:\([^()\n]{1,30}\))?\s*\}?\s*$`, 'u');

/**
 * Whether the quoted words `direct` of paragraph `text` are the title of a cited article: the paragraph is one entry of
 * Wikinews' "Sources" list, `[Authors.] "Title" —Outlet, Date` (`Swaine, Jon. "England badminton team quits world
 * championships over terrorism threat" —The Telegraph, August 9, 2009`, Wikinews Shorts, August 10, 2009;
 * `"Mugabe must be toppled now - Archbishop of York" —guardian.co.uk, December 6, 2008`, `"5 günlük doğalgaz stoku var"
 * —Habertürk, January 6, 2009 (Turkish)`, Wikinews Shorts of the development half). A cited headline is no one's speech
 * (docs/annotation-guide.md, titles of works). A pull quote signed with a dash names its speaker and no date (`"…"
 * —Humam Khalil Abu-Mulal al-Balawi posting on a forum`), so it stays a quote.
 */
export function citedTitle(text: string, direct: DirectSpan): boolean {
  if (direct.close === null) return false;
  return AUTHORS_BEFORE.test(text.slice(0, direct.open)) && OUTLET_AND_DATE.test(text.slice(direct.close + 1));
}

/** A whole "Sources" entry: authors, a title in double marks and the outlet and date after it (UTF-16 offsets are not needed). */
const ENTRY = /^(\s*(?:[^"“”\n]{1,120}\.\s+)?)["“][^"“”\n]+["”]/u;

/**
 * Whether a paragraph is one entry of a Wikinews "Sources" list, as {@link citedTitle} reads it (`Ellis Mnyandu. "Dow
 * closes over 13,000" —Reuters, April 25, 2007`): a reference, never a quotation nor prose in another language whose
 * translation the next paragraph would be (the next story's headline, `Anarchist youths attack police station in
 * Athens`, is no translation of it).
 */
export function isCitationLine(text: string): boolean {
  const entry = ENTRY.exec(text);
  return entry !== null && OUTLET_AND_DATE.test(text.slice(entry[0].length));
}

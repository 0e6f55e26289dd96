/**
 * The words that open a photo caption's roster of the people pictured: "from left", "Left to Right", "(from left to
 * right) are". What a roster lists are people, in order across the picture (the AP Stylebook's "from left" for
 * captions).
 */
const ROSTER_OPENING = /\b(?:[Ff]rom\s+)?(?:[Ll]eft|[Rr]ight)(?:\s+to\s+(?:[Rr]ight|[Ll]eft))?\)?(?:\s+(?:are|is))?\s*[,:\-–—]?\s+/g;

/** A place's preposition and a capitalised name closing a roster's item: "in Mesa", "at Kennedy". */
const PLACE_AFTER = /\b(?:in|at|near|from|on)\s+\p{Lu}[^,;]*$/u;

/** How far before a name its roster may open: a roster of five or six people with their roles. */
const REACH = 240;

/**
 * Whether the capitalised run at `start` of `text` (UTF-16 offset) stands in a caption's roster of the people pictured,
 * "Pictured here from left to right, Zephyr Proffitt and Tayah Day of Red Mountain High School …"
 * (usgov-nasa-techrise-third-challenge-winners-2024-01-24), "From left: Sheena Hawthorne, Eleasa Kim, …": the roster opens
 * before it in the same sentence and only list items stand between, names, roles and their commas or "and", with no
 * sentence's end, bracket or verb phrase closing the list. The caller checks that the run is written like a person's name.
 */
export function inPictureRoster(text: string, start: number): boolean {
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  let opening: RegExpExecArray | null = null;
  ROSTER_OPENING.lastIndex = 0;
  for (let m = ROSTER_OPENING.exec(before); m; m = ROSTER_OPENING.exec(before)) opening = m;
  if (!opening) return false;
  const between = before.slice(opening.index + opening[0].length);
  if (between === '') return true;
  // Items each closed by a comma, a semicolon or "and", none a sentence's end, a bracket or a quotation.
  const closed = /(?:[,;]\s+(?:and\s+)?|\s+and\s+)$/.exec(between);
  if (!closed || /[.!?()"“”]/.test(between.replace(/\b\p{Lu}\.\s/gu, ''))) return false;
  // "… of Red Mountain High School in Mesa, Arizona": the item before ends on a place the comma goes on to qualify.
  const lastItem =
    between
      .slice(0, closed.index)
      .split(/[,;]\s+|\s+and\s+/)
      .at(-1) ?? '';
  return !PLACE_AFTER.test(lastItem);
}

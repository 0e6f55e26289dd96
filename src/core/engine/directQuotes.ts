import { reopenedSingleEnd } from './reopenedSingle';

/** A direct quote's place in its block: the marks and the words between them. */
export interface DirectSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on past the block's end. */
  close: number | null;
}

const OPEN_DOUBLE = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isBoundaryBefore = (ch: string | undefined) => ch === undefined || /[\s([{\u2014\u2013\-:;,"\u201c]/.test(ch);
const isBoundaryAfter = (ch: string | undefined) => ch === undefined || /[\s)\]}.,;:!?\u2014\u2013\-"\u201d]/.test(ch);

/**
 * GUM's tokenised marks (`` …'' or `` …", the Penn Treebank's way of writing curly quotes, kept in Wikinews text rebuilt
 * from the GUM corpus: "`` I say brains is the greater producer of wealth, not oil. …" — Peres"): a double backtick at
 * the start of a word opens a quote when a capital follows it or a pair of apostrophes closes it later. Not the empty
 * code ticks a markdown scrape leaves ("put in the `` tag “description”").
 */
function backtickOpens(text: string, i: number): boolean {
  if (text[i] !== '`' || text[i + 1] !== '`' || text[i + 2] === '`' || !isBoundaryBefore(text[i - 1])) return false;
  const rest = text.slice(i + 2);
  return /^\s*\p{Lu}/u.test(rest) || /^\s*[\p{L}\p{N}][^`]*''/u.test(rest);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * `“How about giving them up to a high-level American delegation? Gore comes to mind …` / `Gore has been strangely
 * silent throughout, … a happy ending that may be too much to hope for.”`: the paragraph after one whose quote runs on
 * may go on with it without an opening mark of its own, up to the closing mark that ends a sentence (Global Voices,
 * 2009). Only curly marks, where a closing mark cannot be taken for an opening one; null when the paragraph opens
 * with a mark, or another mark comes first.
 */
function carriedOn(text: string): DirectSpan | null {
  // `… the US would not offer more aid for North Korea. “` (gv-north-korea-journalists-sentenced-hard-labor-2009-06-09):
  // an opening mark typed for the closing one, alone at the paragraph's end after its last sentence, closes it too.
  const close = /^[^“”"«»„]*?[\p{L}\p{N})\]][.!?,…]?[.!?…](?:”|\s?“(?=\s*$))/u.exec(text);
  if (!close || /^\s*['‘’]/.test(text) || text.slice(0, close[0].length - 1).split(/\s+/).length < 8) return null;
  const end = close[0].length - 1;
  return { ...trimmed(text, 0, end), open: 0, close: end };
}

/**
 * `"It is truly impressive the collaboration efforts …, said Brig Gen. Dan Hughes, director, SoSI. "Vehicles are being
 * configured …"` (a US Army article), `“Growing up, I read a lot of science fiction, said Ken, shown here … “The original
 * Star Trek series greatly inspired me,” he said.` (a NASA page): a writer who forgets a quote's closing mark before a
 * "said" cue opens the next quote all the same. When a mark that opens (a space before it, a word right after it) meets
 * a quote still open, and the words since that quote's opening mark end with a comma, "said"/"says" and a speaker (or a
 * capitalised name and "said") and a full stop, the quote closed at that comma. Returns the comma's offset, or -1.
 */
function closedBeforeCue(text: string, open: number, at: number): number {
  if (!/\s/.test(text[at - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '')) return -1;
  // The cue's subject may also come first: `“I think it has really helped shape our curriculum, Cheboi said. “For these
  // kids …` (a fresh NASA page).
  const cue = /,\s+(?:(?:said|says)\s+(?:\p{Lu}|he\s|she\s)[^"“”]*?|(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she)\s+)(?:said|says))[.!?]\s+$/u.exec(
    text.slice(open + 1, at),
  );
  if (
    !cue ||
    text
      .slice(open + 1, open + 1 + cue.index)
      .trim()
      .split(/\s+/).length < 4
  )
    return -1;
  return open + 1 + cue.index;
}

/** How far a quote inside a quote may run, in UTF-16 code units: a word or a short phrase, not a quotation of its own. */
const INNER_REACH = 80;

/**
 * `“Instead of launching massive fuel tanks for future missions, we can launch larger sails that use “fuel” already
 * available,” said Rhodes.` (a NASA page, 2024): a writer may set off a quote inside a quote with the same curly double
 * marks, where US style wants single ones. An opening mark at `at`, inside a quote still open, whose closing mark comes
 * within `INNER_REACH` and is followed by another closing mark before any opening one, opens a quote inside it: returns
 * that inner closing mark's offset, so that it does not close the outer quote; -1 otherwise.
 */
function nestedClose(text: string, at: number): number {
  if (!/\s/.test(text[at - 1] ?? '') || !/[\p{L}\p{N}‘']/u.test(text[at + 1] ?? '')) return -1;
  const inner = text.indexOf('\u201d', at + 1);
  if (inner < 0 || inner - at > INNER_REACH || text.slice(at + 1, inner).includes('\u201c')) return -1;
  const outer = text.indexOf('\u201d', inner + 1);
  return outer > 0 && !text.slice(inner + 1, outer).includes('\u201c') ? inner : -1;
}

/**
 * Finds the direct quotes of a block: words between straight or curly double quotes, and between single
 * quotes where no double quote is open (a single-quoted passage inside a double-quoted one belongs to it).
 * Apostrophes ("Kazakhstan's", "don't") are not quote marks. Two backticks open a double quote and two
 * apostrophes close one, the typewriter convention tokenised corpora keep (GUM's Wikinews: "`` I say brains is
 * the greater producer of wealth, not oil. … We have brains.\" — Peres"). `runsOn`: the paragraph before left a quote
 * open, which this one may carry on without an opening mark ({@link carriedOn}).
 */
export function findDirectQuotes(text: string, runsOn = false): Array<DirectSpan> {
  // The walk asks again for each sentence of the paragraph it is in: the last paragraph's reading is kept.
  if (last.text !== text || last.runsOn !== runsOn) Object.assign(last, { text, runsOn, spans: readDirectQuotes(text, runsOn) });
  return [...last.spans];
}

/** Every character the loop below reads as a mark: double and single quote marks, and the backtick GUM writes. */
const MARK = /["'`\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

const last: { text: string | null; runsOn: boolean; spans: ReadonlyArray<DirectSpan> } = { text: null, runsOn: false, spans: [] };

/** A block being read mark by mark: the quotes found so far and the offsets of the double and single marks still open (-1: none). */
interface MarkState {
  text: string;
  spans: Array<DirectSpan>;
  doubleOpen: number;
  singleOpen: number;
  /** The closing mark of a quote inside the open one written with the same curly marks (`nestedClose`), or -1. */
  innerClose: number;
}

/**
 * Adds the quote between the marks at `open` and `close` (null: it runs on to the block's end), when it holds a letter or
 * a digit. A mark written with two characters (GUM's `` and '') spans both, `width`: the words lie inside, and what comes
 * before the first and after the last (a cue: "``I think so,'' John Smith said") is read as around a one-character mark.
 */
function push(state: MarkState, open: number, close: number | null, width = 1): void {
  const { start, end } = trimmed(state.text, open + width, close ?? state.text.length);
  if (end > start && /[\p{L}\p{N}]/u.test(state.text.slice(start, end)))
    state.spans.push({ start, end, open, close: close === null ? null : close + width - 1 });
}

/** A quote `closedBeforeCue` ends at `comma`: it keeps its comma, as a closed one does ("… network," said …); its cue follows the comma. */
function closeAtCue(state: MarkState, open: number, comma: number): void {
  state.spans.push({ start: trimmed(state.text, open + 1, comma).start, end: comma + 1, open, close: comma });
}

/**
 * What a double mark at `i` does that both kinds of opening mark share: with no quote open it opens one; with one open
 * that `closedBeforeCue` ends at a comma before its cue, it closes that one there and opens the next. False when it does
 * neither, and the caller's own reading of the mark applies.
 */
function opensOrReopens(state: MarkState, i: number): boolean {
  if (state.doubleOpen < 0) {
    state.doubleOpen = i;
    state.singleOpen = -1;
    return true;
  }
  const comma = closedBeforeCue(state.text, state.doubleOpen, i);
  if (comma < 0) return false;
  closeAtCue(state, state.doubleOpen, comma);
  state.doubleOpen = i;
  return true;
}

/** A straight double mark at `i`: it opens a quote, closes the one open, or closes a single-quoted one. */
function straightDouble(state: MarkState, i: number): void {
  const { text } = state;
  const prev = text[i - 1];
  const next = text[i + 1];
  // A straight mark after a word and before a space closes: it ends a quote opened with a single mark
  // ("'LUCAS, you pushed me,\" a shaken Dana said"), or, with nothing open, it is a stray and opens nothing.
  // After a comma or colon with nothing open it is the writer's opening mark: 'said," For example …"'.
  const looksClosing =
    i > 0 && !/\s/.test(prev ?? ' ') && (next === undefined || /[\s.,;:!?)\]\u2014\u2013-]/.test(next)) && (state.singleOpen >= 0 || !/[,:]/.test(prev ?? ''));
  if (state.doubleOpen < 0 && looksClosing) {
    if (state.singleOpen >= 0) push(state, state.singleOpen, i);
    state.singleOpen = -1;
  } else if (!opensOrReopens(state, i)) {
    push(state, state.doubleOpen, i);
    state.doubleOpen = -1;
  }
}

/** A curly or guillemet opening mark at `i` (`OPEN_DOUBLE`): it opens a quote, closes the one open when typed for its closing mark, or opens a quote inside it (`nestedClose`). */
function openingDouble(state: MarkState, i: number): void {
  const { text } = state;
  const ch = text[i] ?? '';
  const prev = text[i - 1];
  const next = text[i + 1];
  // `“AI-5“, the fifth …`, `called Bongo “one of the last crocodiles of Françafrique“:` (fresh Global Voices pages): an
  // opening mark typed where the closing one belongs, right after the quote's last word and before a space or a
  // punctuation mark, closes the quote open.
  if (state.doubleOpen >= 0 && ch === '\u201c' && /[\p{L}\p{N}.,!?]/u.test(prev ?? ' ') && (next === undefined || /[\s.,;:!?)]/.test(next))) {
    push(state, state.doubleOpen, i);
    state.doubleOpen = -1;
  } else if (!opensOrReopens(state, i)) {
    state.innerClose = nestedClose(text, i);
  }
}

/** A single mark at `i` with no double quote open: it opens a single-quoted passage or closes one; an apostrophe does neither. */
function singleMark(state: MarkState, i: number): void {
  const { text } = state;
  const ch = text[i] ?? '';
  const prev = text[i - 1];
  const next = text[i + 1];
  // "drag ‘n drop", "rock 'n' roll": an "n" standing for "and" is an elision, no opening mark.
  const elided = /^n['’]?\s/u.test(text.slice(i + 1, i + 4));
  const opens = (ch === "'" || ch === '\u2018') && isBoundaryBefore(prev) && isLetter(next) && !elided;
  const closes = (ch === "'" || ch === '\u2019') && !isLetter(next) && isBoundaryAfter(next) && !/\s/.test(prev ?? ' ');
  const reopened = state.singleOpen >= 0 && opens ? reopenedSingleEnd(text, state.singleOpen, i) : -1;
  if (state.singleOpen >= 0 && closes) {
    push(state, state.singleOpen, i);
    state.singleOpen = -1;
  } else if (reopened >= 0) {
    closeAtCue(state, state.singleOpen, reopened);
    state.singleOpen = i;
  } else if (state.singleOpen < 0 && opens) {
    state.singleOpen = i;
  }
}

/** The block's marks read in order (see `findDirectQuotes`): two-character GUM marks here, each other kind by its helper above. */
function readDirectQuotes(text: string, runsOn: boolean): Array<DirectSpan> {
  const carried = runsOn ? carriedOn(text) : null;
  const state: MarkState = { text, spans: carried ? [carried] : [], doubleOpen: -1, singleOpen: -1, innerClose: -1 };
  for (let i = carried ? (carried.close ?? 0) + 1 : 0; i < text.length; i++) {
    // Only a mark can open or close a quote: the characters between two marks are passed over at once.
    MARK.lastIndex = i;
    const mark = MARK.exec(text);
    if (!mark) break;
    i = mark.index;
    const ch = text[i] ?? '';
    if (state.doubleOpen < 0 && backtickOpens(text, i)) {
      state.doubleOpen = i + 1;
      state.singleOpen = -1;
      i++;
    } else if (ch === "'" && text[i + 1] === "'" && state.doubleOpen >= 0 && text[state.doubleOpen] === '`') {
      push(state, state.doubleOpen - 1, i, 2);
      state.doubleOpen = -1;
      i++;
    } else if (ch === '"') straightDouble(state, i);
    else if (OPEN_DOUBLE.has(ch)) openingDouble(state, i);
    else if (CLOSE_DOUBLE.has(ch)) {
      if (i === state.innerClose) continue;
      if (state.doubleOpen >= 0) push(state, state.doubleOpen, i);
      // `a dire warning that ”tens of thousands …” would be at risk` (Wikinews, Gaza, 2008): a closing mark typed for an opening one.
      const opens = state.doubleOpen < 0 && ch === '\u201d' && /[\s(]/.test(text[i - 1] ?? ' ') && isLetter(text[i + 1]);
      state.doubleOpen = opens && text.includes('\u201d', i + 1) ? i : -1;
    } else if ((ch === "'" || ch === '\u2018' || ch === '\u2019') && state.doubleOpen < 0) singleMark(state, i);
  }
  if (state.doubleOpen >= 0) push(state, state.doubleOpen, null);
  return state.spans;
}

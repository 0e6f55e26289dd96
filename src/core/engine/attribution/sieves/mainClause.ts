import type { SentenceRange } from '../../../sentences';

/** A sentence opened by a subordinating conjunction of contrast or time: "While …", "Although …". */
const SUBORDINATE_OPENER = /^\s*(?:While|Whilst|Whereas|Although|Though)\s/u;

/**
 * After a comma, a main clause with a capitalised subject of its own and its verb: ", Bahama Republic sees". The
 * subject may be a blog's or a person's name of several words, with a possessive in it.
 */
const MAIN_CLAUSE = /,\s+((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|la|\p{Lu}[\p{L}'’.-]*))*\s+(?:also\s+)?\p{Ll}{2,}(?:s|ed)\b)/gu;

/**
 * The main clause of a sentence that opens on a subordinate clause: `While Weblog Bahamas' Edward Hutcheson wonders
 * "…", Bahama Republic sees it fit to give "a last prediction" about the upcoming elections:`
 * (gv-bahamas-last-thoughts-elections-2012-05-03). The subordinate clause's subject is no speaker of what the main
 * clause sets off; the main clause starts at the first comma outside quote marks that a capitalised subject and its
 * verb follow. The whole sentence when it opens otherwise or has no such main clause. Offsets are UTF-16 code units
 * into the block's `text`.
 */
export function mainClauseOf(text: string, sentence: SentenceRange): SentenceRange {
  const words = text.slice(sentence.start, sentence.end);
  if (!SUBORDINATE_OPENER.test(words)) return sentence;
  for (const main of words.matchAll(MAIN_CLAUSE)) {
    const marks = (words.slice(0, main.index).match(/["“”]/g) ?? []).length;
    if (marks % 2 === 0) return { ...sentence, start: sentence.start + main.index + main[0].indexOf(main[1] ?? '') };
  }
  return sentence;
}

import type { SentenceRange } from '../../../sentences';
import type { ColonCue } from './colonBlock';

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

/**
 * The colon cue of a sentence that opens on a subordinate clause (`mainClauseOf`) when the whole sentence's reading
 * takes its speaker from that clause: the main clause's own reading, or, when that names no one, the main clause's
 * subject left unattributed (`While Weblog Bahamas' Edward Hutcheson wonders "…", Bahama Republic sees it fit to give
 * "a last prediction" …:` sets off the blog's words, never Hutcheson's); the whole sentence's reading stays the
 * `aside`, whose speaker the quotes inside the subordinate clause keep. `read` reads a colon cue from a range of `block`'s
 * `text`. Undefined when the sentence opens otherwise or its reading is the main clause's.
 */
export function subordinateAside(block: number, text: string, whole: SentenceRange, read: (range: SentenceRange) => ColonCue | null): ColonCue | undefined {
  const main = mainClauseOf(text, whole);
  if (main.start === whole.start) return undefined;
  const found = read(whole);
  if (!found || found.subject.ref.block !== block || found.subject.ref.start >= main.start) return undefined;
  const own = read(main);
  if (own?.subject.entity) return { ...own, aside: found };
  const ref = { block, start: main.start, end: main.start + 1 };
  return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: { block, start: main.start, end: main.end }, aside: found };
}

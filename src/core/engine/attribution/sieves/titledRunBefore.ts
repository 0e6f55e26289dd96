import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** The small words a blog's or a column's title holds between its capitalised words: "Notes from the Cuban Exile Quarter". */
const TITLE_WORDS = String.raw`(?:of|the|from|in|on|for|and|at|to|de|del|la|le|el|y|e)`;

/** A capitalised word of a title, or a number in it ("Le Retour in 3 Parts"). */
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{N}+)`;

/**
 * A title run as a sentence's subject, right before its verb: capitalised words with small words between them, where the
 * sentence opens or after an opening adverbial's comma, then an aside set off by commas or "also" (`Finally, Notes from
 * the Cuban Exile Quarter, which gives a detailed history of the case, says that …:`). Group 1 is the title.
 */
const TITLE_RUN = new RegExp(
  String.raw`(?:^|,\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:${TITLE_WORDS}\s+)*${TITLE_WORD})*)(?:,\s+(?:which|who)\s[^,;:"“”]{1,120},)?\s+(?:also\s+)?$`,
  'du',
);

/** The title and the verb of the clause a participle after a comma hangs on: "Notes from the … Quarter also takes note …, saying". Group 1 ends before the verb. */
const OPENING_CLAUSE = /^((?:[^,;:"“”]{1,40},\s+)?[^,;:"“”]{1,80}?\s)(?:also\s+)?\p{Ll}+(?:s|ed)\s[^;:"“”]*,\s+$/u;

/**
 * `Finally, Notes from the Cuban Exile Quarter, which gives a detailed history of the case, says that …:`, `John in
 * Condition Yellow takes Gore's lack of involvement less lightly, saying:` (Global Voices, Cuba and North Korea, May
 * 2012): the title of a blog, capitalised words joined by small words (`TITLE_WORDS`), as the subject of the colon
 * sentence's speech verb at `verbAt` of `block`, where the name pass read nothing: the blog as written, a source of its
 * own. The title must hold at least one small word between two capitalised ones (a plain capitalised run is the name
 * pass's to read) and overlap no mention. Null otherwise. `sentenceStart` is where the colon sentence starts; offsets
 * are UTF-16 code units, half-open.
 */
export function titledRunBefore(cues: CueReader, block: number, sentenceStart: number, verbAt: number): Subject | null {
  const text = cues.texts[block] ?? '';
  // "…, saying:": a participle after a comma has the subject of the clause it hangs on, the verb after the opening title.
  const clause = /,\s+$/.test(text.slice(sentenceStart, verbAt)) ? OPENING_CLAUSE.exec(text.slice(sentenceStart, verbAt)) : null;
  const before = clause?.[1] ?? text.slice(sentenceStart, verbAt);
  if (!/\s(?:of|the|from|in|on|for|and|at|to|de|del|la|le|el|y|e)\s/.test(before)) return null;
  const found = TITLE_RUN.exec(before);
  const at = found?.indices?.[1];
  const title = found?.[1];
  if (!at || !title || !new RegExp(String.raw`\s${TITLE_WORDS}\s+(?:${TITLE_WORDS}\s+)*${TITLE_WORD}`, 'u').test(title)) return null;
  const start = sentenceStart + at[0];
  const end = sentenceStart + at[1];
  if (cues.mentions.between(block, start, end).length > 0) return null;
  return cues.handleSource(block, start, end);
}

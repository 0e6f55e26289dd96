import type { SentenceRange } from '../../sentences';
import { PRONOUN_GENDER, type Gender } from '../attribution/gender';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';

/**
 * A sentence that opens with a phrase of place or time holding "his" or "her", set off by a comma: "In his statement,",
 * "On her Green Belt Movement project,". No quote mark, full stop or other pronoun inside it.
 */
const FRONTED = /^(?:(?:And|But)\s+)?(?:In|On|During|After|Before|Throughout|Over|At)\s+(his|her)\s+[^,;:"“”.!?]{2,60}?,\s+/u;
/** The words a subject's title may take between the comma and the name: "Israeli Prime Minister", "Dr". */
const TITLE_WORDS = /^(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** How far into its sentence a subject after a fronted phrase can stand, in UTF-16 code units. */
const MAX_REACH = 200;
/** The subject pronoun of each possessive's gender. */
const SUBJECT_OF: Readonly<Record<string, RegExp>> = { his: /\bhe\b/iu, her: /\bshe\b/iu };
/**
 * "In his statement, Israeli Prime Minister Benjamin Netanyahu found …", "In her set of experiments, Falconer observed
 * …": a possessive in a phrase fronted before the subject refers ahead to that subject, the person named right after
 * the comma (Wikinews 2019–2020; `docs/annotation-guide.md`, "Gender": a pronoun that refers to them). Only where the
 * person opens the main clause, past no more than four title words, no other person is named in the sentence before
 * them, and the sentence before holds no he or she of the possessive's gender, which it would refer back to. `text` is
 * the block's text, `sentence` the range holding the mention [start, end) (UTF-16 offsets, half-open), `before` the
 * block's sentence before it (none for the block's first), `people` the block's person mentions. The gender and where
 * the pronoun is written, or null.
 */
export function frontedPossessive(
  text: string,
  sentence: SentenceRange,
  before: SentenceRange | undefined,
  people: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>,
  entity: FoundEntity,
  start: number,
  block: number,
): { gender: Gender; at: Located } | null {
  // The fronted phrase and the title words take a couple of hundred characters at most: a mention further in is past it.
  if (start - sentence.start > MAX_REACH) return null;
  const fronted = FRONTED.exec(text.slice(sentence.start, start));
  const pronoun = fronted?.[1];
  if (!fronted || !pronoun) return null;
  const afterComma = sentence.start + fronted[0].length;
  if (!TITLE_WORDS.test(text.slice(afterComma, start))) return null;
  if (people.some((p) => p.entity !== entity && p.start >= sentence.start && p.start < start)) return null;
  // "She sang at Barack Obama's inauguration. On her death, Barack Obama tweeted …": a he or she of that gender just
  // before carries the possessive back to the person the text was speaking of (wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16).
  if (before && SUBJECT_OF[pronoun]?.test(text.slice(before.start, before.end))) return null;
  const at = sentence.start + fronted[0].indexOf(pronoun, fronted[0].search(/\s/));
  const gender = PRONOUN_GENDER[pronoun];
  return gender ? { gender, at: { block, start: at, end: at + pronoun.length } } : null;
}

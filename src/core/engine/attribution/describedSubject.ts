import type { MentionIndex } from './mentions';
import type { Referent, SentenceInfo } from './types';

/**
 * Words before a role noun that describe a person rather than name an office: a nationality written with a capital
 * ("Colombian-French", "Australian") or an age ("46-year-old").
 */
const DESCRIBING_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\d+-year-old)$/u;

/**
 * Who a sentence opening on a describing role phrase tied to no title holder is about: `Betancourt said, "I cry with
 * joy." The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla
 * Bruni-Sarkozy …` (wikinews-ingrid-betancourt-returns-to-france-2008-07-04) is about Betancourt. A news text's second
 * reference by description (AP Stylebook, "second reference") continues the subject of the sentence before it; only
 * that sentence's subject is taken, only when the description has a word that describes (`DESCRIBING_WORD`) before its
 * head, and only when the person is one the headline names, whom the whole article is about. Null otherwise.
 * `phrase` is the role phrase found at `at` (UTF-16 in block `block`), `previous` the sentence read before it.
 */
export function describedSubject(phrase: string, block: number, at: number, previous: SentenceInfo | undefined, mentions: MentionIndex): Referent | null {
  const words = phrase.split(/\s+/).slice(1, -1);
  if (words.length === 0 || !words.every((w) => DESCRIBING_WORD.test(w))) return null;
  const focus = previous?.focus;
  if (focus?.entity.type !== 'person' || block - (previous?.block ?? block) > 1) return null;
  const inHeadline = mentions.inBlock(0).some((m) => m.entity === focus.entity);
  return inHeadline ? { entity: focus.entity, at: { block, start: at, end: at + phrase.length } } : null;
}

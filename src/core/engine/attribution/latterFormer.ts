import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/** "the latter" or "the former" opening the speaker words, and which of the pair it picks. */
const PICKER = /^the\s+(latter|former)\b/i;
/** How far back (UTF-16 code units, in the same block) the pair may stand: the sentence before at most. */
const PAIR_REACH = 300;
/** Between the two names of a pair: "and" or "or", perhaps after a comma and before "the". */
const JOINED = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$/i;

/**
 * "Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety
 * Board, with the latter yesterday confirming on Twitter they were "…"" (wikinews-pge-helicopter-crashes-near-fairfield-
 * 2020-06-04): "the latter" is the second of the two names the text last joined by "and" or "or", "the former" the first
 * (Quirk et al. 1985, "the former … the latter" refer back to the first and second of two things just named). Only when
 * the pick is plain: the two are the last names before the words (in the same block, within reach), of one kind, and two
 * entities, not one named twice. The subject at `at` (UTF-16) of block `block`, spanning the two words, with the named
 * entity as its antecedent; null otherwise.
 */
export function latterOrFormer(text: string, block: number, at: number, mentions: MentionIndex): Subject | null {
  const picker = PICKER.exec(text.slice(at, at + 12));
  if (!picker) return null;
  const before = mentions.between(block, Math.max(0, at - PAIR_REACH), at).filter((m) => m.end <= at);
  const [first, second] = before.slice(-2);
  if (!first || !second || before.length < 2) return null;
  if (first.entity === second.entity || first.entity.type !== second.entity.type) return null;
  if (!JOINED.test(text.slice(first.end, second.start))) return null;
  const picked = picker[1]?.toLowerCase() === 'latter' ? second : first;
  return {
    ref: { block, start: at, end: at + picker[0].length },
    entity: picked.entity,
    resolution: 'role',
    antecedent: { block, start: picked.start, end: picked.end },
  };
}

import { OUTSIDER_HEADS } from '../lexicon/outsiderHeads';

/** An outsider's plural noun and "of" or "against" ending the words before a name: "Critics of the ". */
const OUTSIDER_BEFORE = /(?<![\p{L}'’-])(\p{L}+)\s+(?:of|against)\s+(?:the\s+)?$/u;

/**
 * Where the description starts whose object a body's name at `nameStart` is, when the words from `from` to the name
 * end with an outsider's noun (`outsiderHeads.ts`) and "of" or "against": "Critics of the Thai government have called
 * for the resignation of Prime Minister Thaksin Shinawatra" (WikinewsSum record 56). The cue's subject is the group,
 * which the text does not name, not the body it criticises or backs (the guide: a description of unnamed sources stays
 * unattributed). The description runs back to the clause's comma or colon. UTF-16 offsets, half-open. Null when the
 * words end with no such noun.
 */
export function outsiderOf(text: string, from: number, nameStart: number): number | null {
  const before = text.slice(from, nameStart);
  const outsider = OUTSIDER_BEFORE.exec(before);
  if (!outsider || !OUTSIDER_HEADS.has((outsider[1] ?? '').toLowerCase())) return null;
  const clause = /[,;:—–(]\s*(?=[^,;:—–(]*$)/u.exec(before.slice(0, outsider.index));
  return from + (clause ? clause.index + clause[0].length : outsider.index);
}

import { TIE_ADJECTIVES } from '../lexicon/tieAdjectives';

/** A tie's adjective (`tieAdjectives.ts`) and its preposition ending the words before a name: " allied with the ". */
const TIE_BEFORE = /(?<=\s)(\p{Ll}+)\s+(?:with|to)\s+(?:the\s+)?$/u;

/**
 * Where the description starts whose tie a body's or a place's name at `nameStart` is the object of, when the words from
 * `from` to the name end with a tie's adjective and "with" or "to": "Analysts and activists in some Middle Eastern
 * countries allied with the United States say" (wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06). The
 * cue's subject is the description before the tie, a group the text does not name, not what it is tied to (the guide:
 * a description of unnamed sources stays unattributed). The description runs back to the clause's comma or colon.
 * UTF-16 offsets, half-open. Null when the words end with no tie, or with nothing before it.
 */
export function tiedName(text: string, from: number, nameStart: number): number | null {
  const before = text.slice(from, nameStart);
  const tie = TIE_BEFORE.exec(before);
  if (!tie || !TIE_ADJECTIVES.has(tie[1] ?? '')) return null;
  const head = before.slice(0, tie.index);
  if (!/\p{L}/u.test(head)) return null;
  const clause = /[,;:—–(]\s*(?=[^,;:—–(]*$)/u.exec(head);
  const start = clause ? clause.index + clause[0].length : (/\S/.exec(head)?.index ?? 0);
  return /\p{L}/u.test(head.slice(start)) ? from + start : null;
}

import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A pronoun then a name in square brackets, ending the speaker words: "he [Bob Yang]", "She [Merkel]". */
const GLOSSED_PRONOUN = /(?:^|[\s,;—–(])((?:he|she|they|it)\s+\[)([^[\]]{2,60})\]$/i;

/**
 * `One day we were talking, and he [Bob Yang] said, “…”` (usgov-nasa-langley-womens-history-gwendolyn-wheatle-2024-03-27):
 * a name in square brackets right after a pronoun is the editor telling whom the pronoun means (AP Stylebook,
 * "brackets": a writer's insertion), so the pronoun's speaker is that name's, whatever the discourse before. The speaker
 * words [from, stop) of `block` must end on the closing bracket (or stop right before it), and the name in it must be exactly one mention the text reads
 * as a subject; the pronoun is the reference and the name its antecedent. Null otherwise.
 */
export function bracketedReferent(reader: SubjectReader, block: number, from: number, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const end = text.charAt(stop) === ']' ? stop + 1 : stop;
  if (text.charAt(end - 1) !== ']') return null;
  const glossed = GLOSSED_PRONOUN.exec(text.slice(from, end));
  if (!glossed?.[1] || !glossed[2]) return null;
  const nameStart = from + glossed.index + glossed[0].indexOf(glossed[1]) + glossed[1].length;
  const nameEnd = nameStart + glossed[2].length;
  const named = reader.mentions.between(block, nameStart, nameEnd).find((m) => m.start === nameStart && m.end === nameEnd);
  const subject = named ? reader.subjectAt(block, named.start) : null;
  if (!subject?.entity || subject.ref.end !== nameEnd) return null;
  // The pronoun is the reference, read as any pronoun is (its gender told), and the bracketed name its antecedent.
  const pronounStart = nameStart - glossed[1].length;
  const pronoun = { block, start: pronounStart, end: pronounStart + glossed[1].replace(/\s*\[$/, '').length };
  return { ref: pronoun, entity: subject.entity, resolution: 'pronoun', antecedent: { block, start: nameStart, end: nameEnd } };
}

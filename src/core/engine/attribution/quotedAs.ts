import type { Subject } from './types';

/**
 * `Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "…"`: the object of "quoted", up to
 * its appositive and "as", opening with a capital or an article; "quotes" and "cited" too, and an object that sets a
 * word in marks (`GovExec.com quotes a "Senate aide" as saying: "…"`, wikinews-emails-boeing-air-force-tanker-deal-2004-11-24:
 * the aide speaks, not the outlet).
 */
const QUOTED_AS = /\b(?:quoted|quotes|cited|cites)\s+((?:\p{Lu}|(?:the|a|an)\s)(?:[^"“”;:]|["“][^"“”;:]{1,40}["”]){0,160}?),?\s+as\s+$/u;

/**
 * `Dawn.com quotes Chairman PTA Mohammed Yaseen saying that …` (Global Voices): "quotes" or "quoted" with no "as", the
 * object a name or title in capitals right before "saying" or "stating", which only the one quoted does.
 */
const QUOTES_SAYING = /\bquot(?:es|ed)\s+(\p{Lu}[^"“”;:,]{0,80}?)\s+$/u;

/**
 * A passive "quoted … as" right before the cue verb: " was quoted by the local media as " (`Minasyan was quoted by the
 * local media as saying that …`), " is quoted by U.S. News and World Report as " (wikinews-supreme-court-united-states-
 * contemplates-same-sex-marriage-2013-03-26). The one quoted is the subject of "was quoted", whose words end where this
 * starts.
 */
export const QUOTED_PASSIVE = /\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted(?:\s+(?:by|in)\s+[^,;:"“”]{1,40}?)?\s+as\s+$/;

/**
 * The speaker of a cue verb at `verbStart` (a participle, "saying") that follows "quoted … as" (or "quotes NAME saying") in the sentence starting
 * at `sentenceStart` of `block`: the one quoted, read by `subjectAt` at the object's first word, not the outlet that
 * quotes them; unattributed when no speaker words are read there. Null when the words before the verb are not that shape.
 */
export function quotedSubject(
  text: string,
  block: number,
  sentenceStart: number,
  verbStart: number,
  subjectAt: (at: number) => Subject | null,
): Subject | null {
  const before = text.slice(sentenceStart, verbStart);
  const quoted = QUOTED_AS.exec(before) ?? (/^(?:saying|stating)\b/.test(text.slice(verbStart)) ? QUOTES_SAYING.exec(before) : null);
  if (!quoted?.[1]) return null;
  const at = sentenceStart + quoted.index + quoted[0].indexOf(quoted[1]);
  return subjectAt(at) ?? { ref: { block, start: at, end: verbStart }, entity: null, resolution: 'unattributed', antecedent: null };
}

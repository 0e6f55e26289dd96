import type { Subject } from './types';

/**
 * `Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "…"`: the object of "quoted", up to
 * its appositive and "as", opening with a capital or an article.
 */
const QUOTED_AS = /\bquoted\s+((?:\p{Lu}|(?:the|a|an)\s)[^"“”;:]{0,160}?),?\s+as\s+$/u;

/**
 * The speaker of a cue verb at `verbStart` (a participle, "saying") that follows "quoted … as" in the sentence starting
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
  const quoted = QUOTED_AS.exec(text.slice(sentenceStart, verbStart));
  if (!quoted?.[1]) return null;
  const at = sentenceStart + quoted.index + quoted[0].indexOf(quoted[1]);
  return subjectAt(at) ?? { ref: { block, start: at, end: verbStart }, entity: null, resolution: 'unattributed', antecedent: null };
}

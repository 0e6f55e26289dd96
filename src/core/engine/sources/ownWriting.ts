import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { OPINION_VERBS } from '../lexicon/opinionVerbs';
import { reportingVerbOf } from '../lexicon/reportingVerbs';
import { holdsRoleWord } from './roles';

/** Verbs of putting one's own words out in writing: "Megh Roddur writes", "Nazar M. Chohan commented", "she tweeted". */
const WRITING = new Set(['write', 'comment', 'tweet', 'post']);
/**
 * "Nazar M. Chohan comments:", "He comments:": the present tense of "comment" and the verb "blog", which the reporting
 * verbs leave out because "comments" and "blogs" are as often nouns ("said in comments to the BBC"); right before the
 * cue's colon, "that" or its end, they are the verb.
 */
const WRITING_FORMS = /(?<![\p{L}-])(?:comments|blogs|blogged)(?=\s*(?::|that\b|$))/u;
/**
 * "wrote in a report", "wrote in the journal Nature", "wrote in a statement": words written for a body or a study,
 * where the writer may speak as an officer or an expert.
 */
const FOR_A_BODY =
  /\b(?:in|for)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:report|study|paper|journal|statement|letter|memo|memorandum|filing|brief|ruling|judgment|decision|release|notice|email|e-mail|column|op-ed|editorial)s?\b/iu;

/**
 * The type of a person whom no role word describes and whose quote's cue says they wrote, commented, tweeted or
 * posted the words, or voiced a view of their own ("disagrees", "joked", `lexicon/opinionVerbs.ts`; the cue in `cues`): a citizen, the guide's "a blogger giving their opinion" and "a social-media
 * user in a round-up of reactions" (`docs/annotation-guide.md`, "Sources"). Read only after every role reading and
 * never where a role word stands near a mention (`roleNear`) or in the cue; words written in a report, a statement, a letter or a
 * journal say nothing. The evidence is the cue (UTF-16 offsets, half-open). Null otherwise.
 */
export function typeFromOwnWriting(
  texts: ReadonlyArray<string>,
  cues: ReadonlyArray<Located>,
  roleNear: boolean,
): { type: SourceType; evidence: Located } | null {
  if (roleNear) return null;
  for (const cue of cues) {
    const text = texts[cue.block] ?? '';
    const words = text.slice(cue.start, cue.end);
    const writing =
      [...words.matchAll(/\p{L}+/gu)].some((w) => WRITING.has(reportingVerbOf(w[0])?.lemma ?? '') || OPINION_VERBS.has(w[0].toLowerCase())) ||
      WRITING_FORMS.test(words);
    // "Red Hat's Chief Technical Officer Chris Wright wrote": the cue's own words may name a role.
    if (holdsRoleWord(words)) continue;
    if (writing && !FOR_A_BODY.test(text.slice(cue.start, Math.min(text.length, cue.end + 60)))) return { type: 'citizen', evidence: cue };
  }
  return null;
}

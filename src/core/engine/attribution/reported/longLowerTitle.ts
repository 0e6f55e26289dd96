import { isRoleOrTitleWord } from '../rolePhrase';

/** Lower-case words that open a clause or an object, so never stand inside a title: "said to", "said the", "said that". */
const NOT_TITLE_WORD =
  /^(?:to|for|with|by|from|at|in|on|about|that|who|which|whose|his|her|their|its|the|a|an|was|were|is|are|be|would|will|had|has|could|should|might|must|did)$/;

/** A name of two to four capitalised words, closing the clause or followed by where the person works and where that is. */
const NAME_AND_AFFILIATION =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}.'’&-]*))*?(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?)?$/u;

/**
 * Whether the words after a final cue's verb are a lower-case job title of three to eight words, a name and perhaps
 * where the person works: `Mutambara’s decision … is likely to benefit Mr. Mugabe and the ruling party, said democracy
 * and governance program director Peter Kagwanja of the Human Science Research Council in South Africa.`
 * (voa-zimbabwe-mutambara-undoes-opposition-unification-2007-07-30). AP style writes a long title before a name in
 * lower case; the title and the name are the verb's inverted subject, and the words before the comma are what was
 * said. The title's last word is a role noun or a title word; its words are no article, preposition (but "of") or
 * verb, so `…, said the team from Ohio` and `…, said police were told` stay clauses of their own.
 */
export function longLowerTitleThenName(afterVerb: string): boolean {
  const words = afterVerb.trim().split(/\s+/);
  const nameAt = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (nameAt < 3 || nameAt > 8) return false;
  const title = words.slice(0, nameAt);
  if (!isRoleOrTitleWord(title.at(-1) ?? '') || title.some((w) => !/^[\p{Ll}-]+$/u.test(w) || NOT_TITLE_WORD.test(w))) return false;
  // "…, said the decision to fire Smith was …": a verb's form among the words makes them a clause, not a title.
  if (title.some((w) => /(?:ed|ing)$/.test(w) && !isRoleOrTitleWord(w))) return false;
  return NAME_AND_AFFILIATION.test(words.slice(nameAt).join(' '));
}

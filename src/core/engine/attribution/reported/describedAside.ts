import { LANGUAGE_TAG } from '../../languageTag';

/**
 * A description set off by commas right before the verb, after the group that is the clause's subject: `, the nation's
 * biggest public forum, ` of "Some net users from Daum Agora [ko], the nation's biggest public forum, criticized the
 * hosts of the show …" (gv-south-korea-podcasters-questioned-police-2012-05-21). It opens with a determiner or an
 * owner's name, holds no clause of its own (no relative, no verb of saying) and no name (`The militant organisation, the
 * Islamic State of Iraq and the Levant, claimed …` names the subject in the aside), and says what the group, or the place
 * it is from, is: the subject is the words before it.
 */
const DESCRIBED_ASIDE =
  /,\s+(?:the|a|an|one\s+of\s+the|\p{Lu}[\p{L}.-]*(?:'s|’s))(?:\s+(?!(?:who|whom|whose|which|that|said|says|say|told|tells|reported|wrote)\b)[\p{Ll}\d'’-]+){1,7},\s+$/u;

/** A Global Voices language tag ending the words before the aside: ` [ko]` of "Daum Agora [ko], …". */
const TAG_AT_END = new RegExp(String.raw`\s+${LANGUAGE_TAG}\s*$`);

/**
 * The words before such an aside at the end of `before` (the text up to the verb), a language tag they end with left
 * out, with a space after them as the subject readers expect; null when `before` ends with no such aside.
 */
export function beforeDescribedAside(before: string): string | null {
  const aside = DESCRIBED_ASIDE.exec(before);
  return aside ? `${before.slice(0, aside.index).replace(TAG_AT_END, '')} ` : null;
}

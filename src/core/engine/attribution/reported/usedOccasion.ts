import { SPEECH_OCCASIONS } from '../../lexicon/speechOccasions';

/**
 * "Pope Francis used today's address … to say he was praying for the missing" (a fresh Wikinews page, December 2014):
 * an occasion the subject used, then the infinitive of the speech verb, which is the speech itself and no purpose of
 * it (the annotation guide's "used X to say"). The words before the verb end in it.
 */
const USED_OCCASION =
  /\b(?:used|uses|use|using)\s+(?:his|her|their|its|the|a|an|this|that|today['’]s|\p{Lu}[\p{L}.-]*['’]s)\s+((?:[^\s;:"“”]+\s+){1,8}?)to\s+$/u;

/**
 * The words from "used" to the "to" that end `before` (the text right before a speech verb), when the thing used is a
 * speech occasion (`lexicon/speechOccasions.ts`, perhaps with a short phrase after it: "used his address in Manila to");
 * null otherwise.
 */
export function usedOccasionBefore(before: string): RegExpExecArray | null {
  const used = USED_OCCASION.exec(before);
  const words = (used?.[1] ?? '').toLowerCase().split(/\s+/);
  return used && words.some((w) => SPEECH_OCCASIONS.includes(w)) ? used : null;
}

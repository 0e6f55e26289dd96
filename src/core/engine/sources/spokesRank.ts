import type { SourceType } from '../../schema';

/** "spokesman", "spokeswoman", "spokesperson", "spokespeople": the words of one whose office is to speak for another. */
export const SPOKES_WORD = /^spokes(?:man|woman|person|people|men|women)[,;:]?$/i;

/** Whether a phrase holds a spokes- word ("a spokesman for the U.S. military in Afghanistan"). */
export const namesSpokesperson = (phrase: string): boolean => phrase.split(/\s+/).some((w) => SPOKES_WORD.test(w));

/**
 * "Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan" (wikinews-rights-group-afghanistan-phosphorus-
 * claim-2009-05-11), "Lt. Col. Steve Stover, a spokesman for the multinational force in Baghdad" (wikinews-scores-killed-
 * twin-baghdad-marketplace-attacks-2008-02-01): an officer whose rank the title gives and whom the appositive calls a
 * spokesman speaks, in the quote's context, for the force: a spokesperson, as the golds type every such voice
 * (`docs/annotation-guide.md`, "Sources": the type the article gives them in the quote's context). `title` is what the
 * title before the name gives, `described` what the appositive or predicate after it gives and `phrase` its words.
 */
export function spokesOverRank(title: SourceType | null, described: SourceType | null, phrase: string | null): boolean {
  return title === 'official' && described === 'spokesperson' && phrase !== null && namesSpokesperson(phrase);
}

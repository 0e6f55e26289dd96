import { lowerTitleBetween, PERSON_NOUNS } from './lowerTitle';

/**
 * Whether `title`, the words between a cue's verb and a person's name, is a lower-case title without an article (AP
 * style's "said student protester Joshua Wong", "According to eyewitness Vinnie DeVita"): one to three title words (see
 * `lowerTitle.ts`), the last a noun for a person. "explained why he loves Mohamad Sibai", "reported strike of Khader
 * Adnan" and "agreed under former US President Barack Obama" are no titles.
 */
export function bareTitle(title: string): boolean {
  const last = title.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return PERSON_NOUNS.has(last) && lowerTitleBetween(` ${title}`);
}

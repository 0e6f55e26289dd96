import { OFFICE_HEADS } from '../lexicon/officeHeads';
import { PUBLIC_OWNERS } from '../lexicon/publicOwners';

/** How many words before an office's head noun may qualify it: "tribal historic preservation office". */
const QUALIFIERS = 3;

/**
 * Whether lower-case words name a government's office by its kind (`lexicon/officeHeads.ts`, `lexicon/publicOwners.ts`): "a regional civil
 * defense office" (wikinews-typhoon-phanfone-strikes-philippines-2019-12-28), "tribal historic preservation office"; an
 * office head with a tier of government or a public service among the three words before it. `words` are lower case,
 * without the marks that close them.
 */
export function namesPublicOffice(words: ReadonlyArray<string>): boolean {
  return words.some((w, i) => OFFICE_HEADS.has(w) && words.slice(Math.max(0, i - QUALIFIERS), i).some((q) => PUBLIC_OWNERS.has(q)));
}

import { bareWord } from './roles';
import { CIVIC_BODY_HEADS } from '../lexicon/civicBodyHeads';
import { SHARED_OFFICES } from '../lexicon/sharedOffices';

/**
 * Whether a phrase's words name a civic body (`lexicon/civicBodyHeads.ts`) outside the role at words `from`–`to`:
 * "Zimbabwe Teachers Association Secretary General" (voa-zimbabwe-second-teachers-group-joins-strike), "executive
 * director of the U.S. branch of Amnesty International" (wikinews-obama-commutes-chelsea-manning-sentence). Its head
 * speaks for it, a spokesperson, though a country ("U.S.", "Zimbabwe") names where it works.
 */
export function namesCivicBody(words: ReadonlyArray<string>, from: number, to: number): boolean {
  return words.some((w, i) => (i < from || i >= to) && /^\p{Lu}/u.test(w) && CIVIC_BODY_HEADS.has(bareWord(w).replace(/['’]s$/, '')));
}

/** Whether the role words `lower[from…to)` are an office both a state's body and a civic one name (`lexicon/sharedOffices.ts`). */
export const sharedOffice = (lower: ReadonlyArray<string>, from: number, to: number): boolean => SHARED_OFFICES.has(lower.slice(from, to).join(' '));

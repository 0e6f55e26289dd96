import { ROLE_WORDS } from '../entities/lookups';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';

/** The singular forms a plural noun may come from: "guards" → "guard", "policemen" → "policeman", "witnesses" → "witness". */
const singulars = (word: string) => [word, word.replace(/men$/, 'man'), word.replace(/s$/, ''), word.replace(/es$/, '')];

/**
 * Whether a lower-case noun names a person or people by their role or sex (`lookups.ts` ROLE_WORDS, the gendered
 * nouns): "ex-policeman", "guards", "witnesses". A former holder's prefix ("ex-", "former-") is read past. Things that
 * may stand before a speech verb figuratively ("the bombings underlined", "a process called") are no such noun. A
 * person's noun right before a speech verb is the verb's own subject, as news copy writes it (`sieves/leadingCue.ts`:
 * "the ex-policeman responded", wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11).
 */
export function isPersonWord(word: string): boolean {
  const noun = word.toLowerCase().replace(/^(?:ex|former)-/, '');
  return singulars(noun).some((form) => ROLE_WORDS.has(form) || MALE_WORDS.has(form) || FEMALE_WORDS.has(form));
}

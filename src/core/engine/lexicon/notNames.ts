import { CALENDAR_WORDS } from './calendarWords';
import { CAPITALISED_NOUNS } from './capitalisedNouns';
import { FUNCTION_WORDS } from './functionWords';
import { NAME_AFFIXES } from './nameAffixes';
import { PAGE_FURNITURE } from './pageFurniture';
import { SENTENCE_OPENERS } from './sentenceOpeners';

/**
 * Capitalised words that never start a name, one list per kind: function words, pronouns and numbers
 * (`functionWords.ts`), sentence-openers ("However", "According": `sentenceOpeners.ts`), days, months, feasts and time
 * zones (`calendarWords.ts`), page furniture ("Photo", "Advertisement": `pageFurniture.ts`), honorifics and suffixes
 * ("Mr", "Jr.", "III": `nameAffixes.ts`) and nouns capitalised by custom ("Internet": `capitalisedNouns.ts`). A run of
 * capitalised words loses them from its front, and a name that is only one of them is no name.
 *
 * Entries are written as they appear in text, capitalised (or in capitals), and are matched case-sensitively;
 * abbreviations are listed with and without their full stop where both occur.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...SENTENCE_OPENERS,
  ...CALENDAR_WORDS,
  ...PAGE_FURNITURE,
  ...NAME_AFFIXES,
  ...CAPITALISED_NOUNS,
]);

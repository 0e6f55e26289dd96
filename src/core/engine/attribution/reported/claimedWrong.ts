import { ALLEGED_WRONGS } from '../../lexicon/allegedWrongs';

/** Verbs, lower case, that put a charge forward: "claimed", "alleged". */
const CHARGING: ReadonlySet<string> = new Set(['claimed', 'claims', 'claiming', 'alleged', 'alleges', 'alleging']);

/**
 * Up to two words describing the wrong, then its noun, then the object's end (punctuation, the sentence's end, or a
 * phrase of how, where or by whom: `widespread voter fraud with mail-in ballots`), not a noun it describes in turn
 * ("claimed fraud victims").
 */
const WRONG =
  /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:that|to|victory|credit|responsibility)\b)[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=\s*[,;.:]|\s*$|\s+(?:with|in|at|by|on|during|and|or|against|from|after|before|involving)\b)/u;

/**
 * Whether a charging verb (lower case) takes as its object the wrong `after` (the text right after the verb) names:
 * "has claimed widespread voter fraud with mail-in ballots" (wikinews-violence-washington-dc-pro-trump-protest-2020-11-17).
 * A bare noun phrase has no determiner for the announcing reader to see (announcedObject.ts); the wrong's noun
 * (lexicon/allegedWrongs.ts) shows it is what was claimed.
 */
export const claimsWrong = (lower: string, after: string): boolean => CHARGING.has(lower) && ALLEGED_WRONGS.has(WRONG.exec(after)?.[1] ?? '');

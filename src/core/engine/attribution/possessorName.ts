import { isRoleOrTitleWord } from './rolePhrase';

/** A possessive's owned phrase of capitalised or lower-case words, set off by a comma or not: "'s proposed Secretary of Defense, ". */
const OWNED_TITLE = /^['’]s\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+),?\s+$/u;

/**
 * Whether the name ending at `end` owns the noun phrase after it and a second name heads that phrase:
 * "Hunter Biden's former business partner Tony Bobulinski held a press conference" (fresh Wikinews, October
 * 2020) is about Tony Bobulinski, so a "He" in the next sentence means him, never the owner. `next` is where
 * the next name of the sentence starts. Up to four lowercase words (the owned role) may stand between them, or a title
 * written in capitals with a comma before the name: "Trump's proposed Secretary of Defense, James Mattis, backed NATO"
 * (wikinews-putin-calls-us-troops-poland-threat-2017-01-13).
 */
export function ownsNamedRole(text: string, end: number, next: number): boolean {
  if (next <= end) return false;
  const gap = text.slice(end, next);
  if (/^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}$/u.test(gap)) return true;
  const owned = OWNED_TITLE.exec(gap)?.[1];
  return (
    owned !== undefined &&
    owned
      .toLowerCase()
      .split(/[\s-]+/)
      .some(isRoleOrTitleWord)
  );
}

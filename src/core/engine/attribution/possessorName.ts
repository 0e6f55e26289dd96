/**
 * Whether the name ending at `end` owns the noun phrase after it and a second name heads that phrase:
 * "Hunter Biden's former business partner Tony Bobulinski held a press conference" (fresh Wikinews, October
 * 2020) is about Tony Bobulinski, so a "He" in the next sentence means him, never the owner. `next` is where
 * the next name of the sentence starts. Up to four lowercase words (the owned role) may stand between them.
 */
export function ownsNamedRole(text: string, end: number, next: number): boolean {
  if (next <= end) return false;
  return /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}$/u.test(text.slice(end, next));
}

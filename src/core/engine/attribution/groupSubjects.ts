/**
 * Unnamed groups as subjects ("officials said", "Council officials said", "police say"): the quote has a
 * cue but no supported speaker, so it stays unattributed rather than borrowing someone else's name.
 */
export const UNNAMED_GROUP =
  /^(?:the\s+|some\s+|many\s+)?(?:(?:local|senior|government|council|city|state|federal|military|security|police|health|company|party|hospital|u\.s\.|us|western|some|many|several|other|two|three)\s+)?(?:officials|police|authorities|researchers|scientists|analysts|experts|witnesses|residents|protesters|activists|critics|sources|investigators|prosecutors|doctors|officers|organi[sz]ers|observers|economists|lawyers|diplomats|campaigners|locals|villagers|students|parents|teachers|workers|employees|leaders|members|voters|fans|users|bloggers|netizens|spokespeople|rescuers|medics|media|commentators|authors|scholars|engineers|pilots|soldiers|troops|farmers|shopkeepers|owners|survivors)\b/i;

/**
 * The unnamed group that ends speaker words `before` ("Council officials", "Harbour officials", "police"): the whole
 * group when its qualifier is known, else its last word when that alone is a group; null when the words end in none.
 */
export function groupEnding(before: string): string | null {
  const group = /(?:^|[\s,;:—–(])((?:[\p{L}.]+\s+)?[\p{L}]+)$/u.exec(before);
  const words = group?.[1] ?? '';
  const unnamed = UNNAMED_GROUP.exec(words);
  const tail = unnamed && unnamed[0].length === words.length ? words : (words.split(/\s+/).at(-1) ?? '');
  return tail && UNNAMED_GROUP.exec(tail)?.[0].length === tail.length ? tail : null;
}

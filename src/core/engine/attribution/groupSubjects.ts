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

/**
 * Unnamed sources inside a body, ending speaker words `before` ("sources in the civic organization", "sources close to
 * the talks", "insiders at the company", "A source within the central Interior Ministry"): the start of the group in `before`, whose words are the group's, not the
 * body's (AP style's anonymous sources); null when the words end in no such group. Not "people in …", which is as often
 * the object of a verb before it ("giving people in 15 states the opportunity", fresh NASA pages).
 */
export function sourcesInBody(before: string): number | null {
  const group =
    /(?:^|[\s,;:—–(])((?:sources|insiders|(?:an?|one|another)\s+(?:[\p{L}-]+\s+)?(?:source|insider))\s+(?:in|at|within|inside|close\s+to|familiar\s+with)\s+[^,;:"“”]{1,80})$/iu.exec(
      before,
    );
  return group?.[1] ? before.length - group[1].length : null;
}

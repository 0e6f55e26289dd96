/**
 * A quantifier right before a plural name: "Other Republicans have broken with Trump and have urged him to …"
 * (wikinews-gsa-begins-presidential-transition-biden-2020-11-26), "Some Democrats said": some members of the body, whom
 * the text does not name, not the party the name pass made of the word.
 */
const SOME_OF_KIND = /(?<![\p{L}'’-])(?:[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew)\s+$/u;

/**
 * Where the quantifier starts that makes an organisation's plural name (a mention at [start, end) of `text`, UTF-16)
 * some of its members (`SOME_OF_KIND`), looking back no further than `from`; null when no quantifier stands there.
 */
export function someMembers(text: string, from: number, named: { start: number; end: number; entity: { type: string } }): number | null {
  if (named.entity.type !== 'organization' || !/\p{Ll}(?<!s)s$/u.test(text.slice(named.start, named.end))) return null;
  const quantifier = SOME_OF_KIND.exec(text.slice(Math.max(from, named.start - 8), named.start));
  return quantifier ? named.start - quantifier[0].length : null;
}

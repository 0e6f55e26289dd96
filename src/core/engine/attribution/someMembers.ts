/**
 * A quantifier right before a plural name: "Other Republicans have broken with Trump and have urged him to …"
 * (wikinews-gsa-begins-presidential-transition-biden-2020-11-26), "Some Democrats said": some members of the body, whom
 * the text does not name, not the party the name pass made of the word.
 */
const SOME_OF_KIND = /(?<![\p{L}'’-])(?:[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew)\s+$/u;

/**
 * A legislature right after a plural name: "Democrats in Congress vowed to investigate whether Pompeo used …"
 * (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30), "Republicans in the Senate said": the party's members
 * who sit there, a group the text does not name, as "Some Democrats" is.
 */
const IN_LEGISLATURE = /^\s+in\s+(?:the\s+)?(?:Congress|Senate|House|Parliament|Assembly|legislature|state\s+legislatures?)\b/u;

/**
 * Where the words start that make an organisation's plural name (a mention at [start, end) of `text`, UTF-16) some of
 * its members: a quantifier before it (`SOME_OF_KIND`), looking back no further than `from`, or the name itself when a
 * legislature follows it (`IN_LEGISLATURE`); null when neither stands there.
 */
export function someMembers(text: string, from: number, named: { start: number; end: number; entity: { type: string } }): number | null {
  if (named.entity.type !== 'organization' || !/\p{Ll}(?<!s)s$/u.test(text.slice(named.start, named.end))) return null;
  const quantifier = SOME_OF_KIND.exec(text.slice(Math.max(from, named.start - 8), named.start));
  if (quantifier) return named.start - quantifier[0].length;
  return IN_LEGISLATURE.test(text.slice(named.end, named.end + 40)) ? named.start : null;
}

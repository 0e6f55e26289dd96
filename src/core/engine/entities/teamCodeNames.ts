import { PLACES } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';
import { classify } from './classify';

/**
 * After a name's bracketed code: a comma, a country's name, then its player's or staff member's position in lower case,
 * up to the colon or the quotation the line opens (`, Germany coach: "`, `, USA goalkeeper "`).
 */
const COUNTRY_THEN_POSITION = /^\),\s(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})\s((?:\p{Ll}+\s){0,1}\p{Ll}+)(?=:|\s*["“])/u;

/** Whether the letters of a team's code are taken in order from its country's name, the first from its first ("GHA", "Ghana"). */
function codeOf(code: string, country: string): boolean {
  const letters = country.toUpperCase();
  let at = 0;
  for (const ch of code) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return letters.startsWith(code.charAt(0));
}

/**
 * "Heiko Herrlich (GER), Germany coach: "We knew Colombia were very dangerous"", "Sadick Adams (GHA), Ghana forward:"
 * (wikinews-germany-colombia-draw-u17-world-cup-2007-08-19, wikinews-ghana-vs-germany-u17-world-cup-2007-08-24): a match
 * report's quotes label each speaker by name, their team's three-letter code in brackets, and their country and position;
 * the code is the team's, no acronym of the name before it, and the name is a person's, whether or not it opens with a
 * given name a list knows. `code` is the bracket's text, `after` the text from its closing bracket. Adds the person with
 * the position as role, the mention ending before the bracket (offsets as the run's: UTF-16, half-open). Whether it did.
 */
export function addTeamCodedPerson(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun, code: string, after: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const labelled = COUNTRY_THEN_POSITION.exec(after);
  const country = labelled?.[1] ?? '';
  if (!labelled || !PLACES.has(country) || !codeOf(code, country)) return false;
  const name = text.slice(start, group.end);
  if (!personShaped(words) || words.length < 2 || classify(name, words) !== null) return false;
  registry.add('person', name, block, start, group.end, `${country} ${labelled[2] ?? ''}`.trim(), []);
  return true;
}

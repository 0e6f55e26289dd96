import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';

/**
 * "The newspaper Infobae", "the news agency Telam", "supermarket chain Tesco": an optional "the", up to two lower-case
 * words, a noun of an organisation's kind, then a name of capitalised words, which the short words of a Romance or
 * English name may join ("Religiões Afro Brasileiras e Política", "Notes from the Cuban Exile Quarter"). Group 1 is the
 * kind noun, group 2 the name.
 */
const KIND_THEN_NAME =
  /^(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|el|e|y|of|the|and|from|for)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*){0,6})/u;

/**
 * The name that follows a noun of an organisation's kind at the start of `rest` (`lexicon/organizationKinds.ts`: news
 * style sets the kind before the name in apposition, so the name, not the kind, is who speaks: "The newspaper Infobae
 * [es] reported", gv-argentina-death-with-dignity-law-2012-05-11). Its offsets in `rest`, UTF-16 and half-open; null when
 * `rest` opens otherwise.
 */
export function kindThenName(rest: string): { start: number; end: number } | null {
  const found = KIND_THEN_NAME.exec(rest);
  const name = found?.[2];
  if (!found || !name || !ORGANIZATION_KINDS.has(found[1] ?? '')) return null;
  const start = found[0].length - name.length;
  return { start, end: found[0].length };
}

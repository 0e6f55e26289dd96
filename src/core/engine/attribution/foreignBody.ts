import type { FoundEntity } from '../entities/types';
import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';

/**
 * Whether a body's role phrase ("the Indonesian disaster management agency", lower-case words after their article)
 * names, before its noun, a country the organisation `entity` is not of: one of its words is a nationality adjective
 * or a country's name, and neither that country nor any of its adjectives is a word of the organisation's name or
 * aliases. "In reaction to the earthquake, the Indonesian disaster management agency noted that …" after "The Pacific
 * Tsunami Warning Center (PTWC) advised …" (a fresh Wikinews page, session 48) is a body the text brings in by its
 * description, not the centre it last named: the writer's country word tells them apart, as a careful reader does.
 * `phrase` is the role phrase as written (capitals kept), `head` its noun (lower case).
 */
export function namesOtherCountry(phrase: string, head: string, entity: FoundEntity): boolean {
  const before = phrase.split(/\s+/);
  const headAt = before.findIndex((w) => w.toLowerCase() === head);
  const modifiers = headAt < 0 ? before : before.slice(0, headAt);
  const countries = modifiers.map((w) => COUNTRY_BY_ADJECTIVE.get(w) ?? (COUNTRY_BY_ADJECTIVE_VALUES.has(w) ? w : null)).filter((c) => c !== null);
  if (countries.length === 0) return false;
  const words = new Set([entity.name, ...entity.aliases].flatMap((n) => n.split(/[\s-]+/)));
  return countries.every((country) => !words.has(country) && !ADJECTIVES_OF.get(country)?.some((a) => words.has(a)));
}

const COUNTRY_BY_ADJECTIVE_VALUES = new Set(COUNTRY_BY_ADJECTIVE.values());
const ADJECTIVES_OF = new Map<string, string[]>();
for (const [adjective, country] of COUNTRY_BY_ADJECTIVE) ADJECTIVES_OF.set(country, [...(ADJECTIVES_OF.get(country) ?? []), adjective]);

import { ORG_HEADS } from '../lexicon/orgHeads';
import { absorbEntity } from './absorbEntity';
import { COUNTRY_BY_ADJECTIVE, PLACE_ALIASES, PLACES } from './lookups';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';

/** The place a qualifier names, in its full name ("U.S." → "United States", "Iraqi" → "Iraq"); null for no place. */
function placeOf(words: string): string | null {
  const bare = words.replace(/^the\s+/i, '');
  const aliased = PLACE_ALIASES.get(bare) ?? bare;
  if (PLACES.has(aliased)) return aliased;
  return COUNTRY_BY_ADJECTIVE.get(bare) ?? null;
}

/**
 * An organisation's name read as a body of a place: "Puerto Rico Supreme Court", "Supreme Court of Puerto Rico" and
 * "U.S. Navy", "United States Navy" all give the place in its full name and the body ("Supreme Court", "Navy"), which must
 * end in an organisation's head word (`lexicon/orgHeads.ts`). Null when the name has no place before its body nor
 * "of" a place after it.
 */
export function placeAndBody(name: string): { place: string; body: string } | null {
  const words = name.split(' ');
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const place = placeOf(words.slice(0, cut).join(' '));
    const body = words.slice(cut).join(' ');
    if (place && ORG_HEADS.has(words.at(-1) ?? '')) return { place, body };
  }
  const after = /^(.+?) of (.+)$/.exec(name);
  const place = after ? placeOf(after[2] ?? '') : null;
  const body = after?.[1] ?? '';
  return place && ORG_HEADS.has(body.split(' ').at(-1) ?? '') ? { place, body } : null;
}

/** The entity of a group found first: the passes after read an entity's first mention as where the text first names it. */
const firstNamed = (group: ReadonlyArray<FoundEntity>) =>
  [...group].sort((a, b) => (a.mentions[0]?.block ?? 0) - (b.mentions[0]?.block ?? 0) || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))[0];

/**
 * Joins the organisations that are one body of one place named several ways (`placeAndBody`): the headline's "Puerto
 * Rico Supreme Court" and the body's "Supreme Court of Puerto Rico"
 * (wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08); "the U.S. Navy" and "The United States Navy"
 * (wikinews-lost-52-project-finds-grayback-okinawa-2019-11-13). Then a body's head word met alone ("the Navy's records",
 * "the Senate") joins the one place's body that it names, where the article names exactly one such body with that
 * head: a "White House" is no place's, so "the House" never joins it. Entities left without mentions drop out later.
 */
export function joinPlaceQualifiedBodies({ entities, byMention }: EntityRegistry): void {
  const groups = new Map<string, Array<FoundEntity>>();
  for (const entity of entities.values()) {
    if (entity.type !== 'organization' || entity.mentions.length === 0) continue;
    const read = placeAndBody(entity.name);
    if (!read) continue;
    const key = `${read.place}|${read.body}`;
    groups.set(key, [...(groups.get(key) ?? []), entity]);
  }
  const byBody = new Map<string, Array<FoundEntity>>();
  for (const [key, group] of groups) {
    const into = firstNamed(group);
    if (!into) continue;
    for (const other of group) if (other !== into) absorbEntity(byMention, into, other);
    const body = key.slice(key.indexOf('|') + 1);
    byBody.set(body, [...(byBody.get(body) ?? []), into]);
  }
  for (const entity of entities.values()) {
    if (entity.type !== 'organization' || entity.mentions.length === 0 || entity.name.includes(' ') || !ORG_HEADS.has(entity.name)) continue;
    const bodies = byBody.get(entity.name) ?? [];
    const [only] = bodies;
    if (bodies.length === 1 && only && only !== entity) absorbEntity(byMention, only, entity);
  }
}

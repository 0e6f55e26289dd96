import { HONORIFICS } from '../lexicon/honorifics';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { speaks } from './commonWordNames';
import type { EntityRegistry } from './registry';
import { mentionKey, type FoundEntity } from './types';
import { escapeRegExp } from '../escapeRegExp';

/** A word that makes the name after it the place: "in Paris", "from Paris", "the Paris office". */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|at|to|from|near|into|outside|across|around|of|via|the)\s+$/iu;

/** Whether a mention comes before another, in reading order. */
const before = (a: { block: number; start: number }, b: { block: number; start: number }) => a.block < b.block || (a.block === b.block && a.start < b.start);

/** The person whose surname the place's one-word name is, named in full: "Valeska Paris" for "Paris". */
const bearerOf = (registry: EntityRegistry, place: FoundEntity): FoundEntity | undefined =>
  [...registry.entities.values()].find((e) => e.type === 'person' && e.name.includes(' ') && e.name.endsWith(` ${place.name}`) && e.mentions.length > 0);

/**
 * Whether the article writes a one-word name as a person's, though not as the subject before a speech verb (`speaks`):
 * after an honorific ("Mr Amsterdam") or as the inverted subject of one, perhaps described ("Said the sharp-tongued
 * Amsterdam (this author has interviewed him before):", gv-zambia-sata-sues-critics-defamation-2012-05-21). A word after
 * the name ("said the Amsterdam police") makes it a modifier, not the speaker.
 */
function namesPerson(name: string, texts: ReadonlyArray<string>): boolean {
  const escaped = escapeRegExp(name);
  const titled = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\.?\s+${escaped}(?![\p{L}])`, 'gu');
  const inverted = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2})?${escaped}(?=\s*(?:[,:;.(]|$))`, 'gu');
  // Both patterns hold the name as written: only the blocks that hold it can match.
  return texts.some(
    (text) =>
      text.includes(name) &&
      ([...text.matchAll(titled)].some((m) => HONORIFICS.has((m[1] ?? '').toLowerCase())) ||
        [...text.matchAll(inverted)].some((m) => isSpeechVerb((m[1] ?? '').toLowerCase()))),
  );
}

/**
 * "Valeska Paris, an Australian woman … Paris claims she was first sent to the ship": a surname that is also a place's
 * name names the person the article gave it to, when the article makes it the subject of a speech verb and never uses
 * it as a place ("in Paris", "from Paris"). Moves the place's mentions after the person's first to the person, so that
 * AP-style references by surname ("Paris also claims") are hers, not the city's. An article that also names the city
 * keeps every mention where it was: there a lone "Paris" may be either.
 * Observed on real news: the Wikinews report of a Scientology imprisonment claim calls its speaker "Paris" throughout.
 * `texts` are every block's text.
 */
export function movePlaceSurnames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const place of registry.entities.values()) {
    if (place.type !== 'place' || place.name.includes(' ') || place.mentions.length === 0) continue;
    const person = bearerOf(registry, place);
    if (!person || !(speaks(place.name, texts) || namesPerson(place.name, texts))) continue;
    const asPlace = place.mentions.some((m) => PLACE_BEFORE.test((texts[m.block] ?? '').slice(Math.max(0, m.start - 12), m.start)));
    const first = person.mentions.reduce((a, b) => (before(b, a) ? b : a));
    if (asPlace) continue;
    const moved = place.mentions.filter((m) => before(first, m));
    place.mentions = place.mentions.filter((m) => !moved.includes(m));
    for (const m of moved) {
      person.mentions.push(m);
      registry.byMention.set(mentionKey(m.block, m.start), person);
    }
    if (moved.length > 0) person.aliases.add(place.name);
  }
}

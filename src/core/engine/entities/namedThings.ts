import { EPONYM_NOUNS } from '../lexicon/eponymNouns';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';
import { articleWords } from '../articleWords';
import { escapeRegExp } from '../escapeRegExp';

/**
 * A ship's prefix before a name, with a rank the ship's namesake held between: "the U.S. Army Vessel CW3 Harold A.
 * Clinger", "USS John P. Murtha", "USNS Harvey Milk", "MV Alan Kurdi". A ship named after a person is a vessel.
 */
const VESSEL_BEFORE = /(?<![\p{L}\p{N}])(?:Vessel|USS|USNS|USAV|USCGC|HMS|HMAS|HMCS|RV|MV)\s+(?:(\S+)\s+)?$/u;

/** "General Order No. 4": an abbreviated "number" and a numeral after a name's last word "No" label a document, not a person. */
const NUMBERED_AFTER = /^\.?\s*\d/;

/** A noun of a thing named after a person right after the name: " award", " space telescope" (`eponymNouns.ts`). */
const EPONYM_AFTER = new RegExp(`^\\s(?:${EPONYM_NOUNS.join('|')})s?(?![\\p{L}-])`, 'u');

/** Whether a mention of a "person" ([start, end) of `text`) is a vessel's name, a numbered document's or an eponym's. */
function thingAt(name: string, text: string, start: number, end: number): boolean {
  // A mention may hold the title the first pass read before the name ("U.S. Army Vessel CW3 Harold A. Clinger").
  const nameStart = text.slice(start, end).endsWith(name) ? end - name.length : start;
  const vessel = VESSEL_BEFORE.exec(text.slice(Math.max(0, nameStart - 40), nameStart));
  if (vessel && (vessel[1] === undefined || TITLE_WORDS.has(vessel[1]))) return true;
  return (name.endsWith(' No') && NUMBERED_AFTER.test(text.slice(end, end + 4))) || EPONYM_AFTER.test(text.slice(end, end + 20));
}

/**
 * Whether the article writes a name of two words or more as a common phrase elsewhere, its later words in lower case:
 * the heading `"Bill Paying" Strategies` and the sentence `Bill paying trades included …` (a US Army article). A
 * person's name is not written so ("John smith"); one written all in lower case is a caption's or a handle's style
 * ("cherie beech NASA Stennis", "monsieur omar bongo"), not a common phrase.
 */
function writtenAsPhrase(name: string, texts: ReadonlyArray<string>): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const phrase = new RegExp(`(?<![\\p{L}'’-])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}'’-])`, 'giu');
  // Only a block writing the second word in lower case, as a word of its own (white space before it, no letter,
  // apostrophe or hyphen after), can write the phrase so: the pattern runs over those alone, where running it over every
  // block that held the letters for every name made a long paste's reading grow with its square.
  const holding = articleWords(texts).blocksOfWord.get(words[1]?.toLowerCase() ?? '') ?? [];
  return holding.some((block) =>
    [...(texts[block] ?? '').matchAll(phrase)].some((m) => {
      const [first = '', ...rest] = m[0].split(/\s+/);
      return first !== first.toLowerCase() && rest.every((w) => w === w.toLowerCase());
    }),
  );
}

/**
 * Whether every mention that writes a person's full name names a thing (`thingAt`), the others being the surname
 * alone: "the Hubble or James Webb space telescopes … Webb sees longer wavelengths … It would take Hubble or Webb
 * decades" (usgov-nasa-roman-galactic-plane-survey-2024-03-12). A surname alone then calls the thing back by its short
 * name, as NASA writes "Webb" for its telescope; no one of that name is in the text.
 */
function everyFullNameAThing(entity: FoundEntity, texts: ReadonlyArray<string>): boolean {
  const text = (m: FoundEntity['mentions'][number]) => texts[m.block] ?? '';
  const full = entity.mentions.filter((m) => text(m).slice(m.start, m.end).endsWith(entity.name));
  const rest = entity.mentions.filter((m) => !full.includes(m));
  const surname = entity.name.split(' ').at(-1) ?? '';
  return full.length > 0 && full.every((m) => thingAt(entity.name, text(m), m.start, m.end)) && rest.every((m) => text(m).slice(m.start, m.end) === surname);
}

/**
 * Clears the mentions of every person each of whose mentions names a thing rather than someone (`thingAt`): a vessel
 * named after a person, an award or a telescope named so, or a numbered document whose "No." was taken for a surname. A person the article also names
 * elsewhere ("the MV Alan Kurdi, named after Alan Kurdi") keeps every mention. So is a lone organisation's head word that
 * a long title left as the name ("Director of the Mission Command Center of Excellence" read as a director named
 * "Center"), and an untitled name the article also writes as a common phrase (`writtenAsPhrase`). Observed on ARCIC (US
 * Army), NASA and Wikinews pages. `texts` are every block's text.
 */
export function dropNamedThings({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    if (entity.type !== 'person' || entity.mentions.length === 0) continue;
    if (GENERIC_ORG_HEADS.has(entity.name) || everyFullNameAThing(entity, texts) || (entity.roleWords.size === 0 && writtenAsPhrase(entity.name, texts)))
      entity.mentions = [];
  }
}

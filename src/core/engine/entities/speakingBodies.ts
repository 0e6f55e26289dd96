import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { SURNAME_PREFIXES } from '../lexicon/surnamePrefixes';
import { classify } from './classify';
import { PLACES, TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * A sentence's subject and its speech verb: the sentence's start, perhaps a short opener set off by a comma ("Indeed,",
 * "On Friday,"), one or two capitalised words (a name's words, or a number after a word: "News 12"), perhaps a
 * description set off by commas ("TEPCO, the operator of the plant,"), auxiliaries and adverbs, then a verb in lower case.
 * Group 1 is the name, group 2 the verb.
 */
const SUBJECT_VERB =
  /(?:^|[.!?]["”]?\s+)(?:(?:\p{Lu}\p{Ll}+|On\s+\p{Lu}\p{Ll}+),\s+)?(\p{Lu}[\p{L}&-]*(?:\s+(?:\p{Lu}[\p{L}&-]*|\d{1,3}))?)(?:,\s+(?:the|a|an)\s+[^,;:"“”()]{2,80},)?\s+(?:(?:has|have|had|also|later|earlier|recently|now|yesterday|today)\s+)*(\p{Ll}+)\b/gu;

/** A word written with a capital inside it after three or more small letters ("ArmorGroup", "WalesOnline"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+/u;
/** Surnames written with a capital inside them after a prefix (`lexicon/surnamePrefixes.ts`): "MacInnes", "FitzGerald". */
const SURNAME_PREFIX = new RegExp(String.raw`^(?:${SURNAME_PREFIXES.join('|')})\p{Lu}`, 'u');

/**
 * Whether a name's shape is an organisation's and no person's: a word with a capital inside it ("ArmorGroup Iraq",
 * "WalesOnline"), a word of three or more capitals ("TEPCO"), or a word and a number ("News 12"). People's names are
 * written otherwise, save a few surnames with a prefix (`SURNAME_PREFIX`).
 */
function bodyShaped(words: ReadonlyArray<string>): boolean {
  const [first = '', second] = words;
  if (words.length === 2 && second !== undefined && /^\d+$/.test(second)) return /^\p{Lu}\p{Ll}+$/u.test(first) && !PLACES.has(first);
  if (INNER_CAPITAL.test(first) && !SURNAME_PREFIX.test(first)) return true;
  return words.length === 1 && /^\p{Lu}{3,}$/u.test(first) && !PLACES.has(first) && !PLACES.has(first.charAt(0) + first.slice(1).toLowerCase());
}

/** Whether [start, end) of `block` overlaps a mention some entity already has. */
function taken(registry: EntityRegistry, block: number, start: number, end: number): boolean {
  for (const entity of registry.entities.values()) if (entity.mentions.some((m) => m.block === block && m.start < end && start < m.end)) return true;
  return false;
}

/**
 * "TEPCO, the operator of the plant, has warned radiation was continuing to leak" (wikinews-japan-nuclear-crisis-
 * chernobyl-level-aftershock-2011-04-11), "ArmorGroup Iraq confirms that two of its employees …" (wikinews-shorts-badminton-
 * nagasaki-lester-2009-08-09), "Indeed, News 12 reported, only buildings adjacent to the break were without water service"
 * (wikinews-water-main-bursts-white-plains-2020-08-13): a name no lexicon holds and no context voted on, that opens a
 * sentence as the subject of a speech verb, is an organisation when written as one (`bodyShaped`); the name pass leaves
 * such a name to no one, and its words then to no speaker. A name found already, a title or a name a lexicon classifies
 * is left as it is. Adds each such mention to `registry`; `texts` are every block's text.
 */
export function addSpeakingBodies(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    if (!/\p{Lu}[\p{Ll}&-]*(?:\p{Lu}|\s\d)/u.test(text)) return;
    for (const found of text.matchAll(SUBJECT_VERB)) {
      const name = found[1] ?? '';
      const words = name.split(/\s+/);
      if (!isSpeechVerb(found[2] ?? '') || !bodyShaped(words) || words.some((w) => TITLE_WORDS.has(w))) continue;
      const start = found.index + found[0].indexOf(name);
      const end = start + name.length;
      const kind = classify(name, words);
      if ((kind !== null && kind !== 'organization') || taken(registry, block, start, end)) continue;
      registry.add('organization', name, block, start, end);
    }
  });
}

import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { EntityRegistry } from './registry';
import { READER } from './loneSpeakerNames';
import { writesAsCommonWord } from './shapeOnlyPersons';
import { escapeRegExp } from '../escapeRegExp';

/**
 * An honorific or a style of nobility before a name, as a titled name keeps it among its role words ("Mr. Bao", "Lady
 * Gaga": a stage name the article also writes in lower case, "beralasan gaga itu porno", is still the person's).
 */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;

/**
 * Whether the article makes the word the subject of a speech verb ("Industry told me …", "Industry also pointed out
 * that …"): a collective voice the quotes need, whatever kind of speaker it is.
 */
export function speaks(name: string, texts: ReadonlyArray<string>): boolean {
  const subject = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(\\p{Ll}+)`, 'gu');
  // The pattern holds the name as written: only the blocks that hold it can match.
  return texts.some((text) => text.includes(name) && [...text.matchAll(subject)].some((m) => isSpeechVerb(m[1] ?? '')));
}

/**
 * Clears the mentions of every "person" named by one word that the article also writes in lower case, as a common word:
 * a title glued to a noun ("General Counsel … the counsel", "Chief Medical … medical centers", "Outer Space … space
 * law"), or a capitalised noun voted a person ("People … people"). Observed on digital.gov and NASA pages, where no such
 * one-word "person" was anyone. A common first name ("Randy"), an honorific before the name ("Mr. Bao"), a reader's user
 * name the text calls one (`loneSpeakerNames.ts`: "Another reader, Kapyololo, thinks …", who signs "kapyololo") or a
 * speech verb after it keeps it.
 * `texts` are every block's text.
 */
export function dropCommonWordNames({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    const { name } = entity;
    if (entity.type !== 'person' || name.includes(' ') || isFirstName(name) || [...entity.roleWords].some((w) => HONORIFIC.test(w) || w === READER)) continue;
    if (writesAsCommonWord([name], texts) && !speaks(name, texts)) entity.mentions = [];
  }
}

import type { EntityIndex, FoundEntity } from '../entities/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Subject } from './types';

/** One capitalised word, as a surname is written: "Trump", "Vázquez", "O'Neill", "Al-Sisi". */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** The words of a person's name after the first (a given name alone is how friends, not news, name a speaker). */
const laterWords = (name: string) => name.split(/\s+/).slice(1);

/**
 * A person known only by a description, an article and a lower-case head noun ("A Lycos spokesperson", unlike a stage
 * name such as "The Edge"): its capitalised word is the body they speak for, not their surname, so "Lycos stopped
 * distributing the program" is the company's act, not theirs (wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06).
 */
const described = (name: string) => /^(?:an?|the)\s/i.test(name) && /\s\p{Ll}[\p{L}-]*$/u.test(name);

/**
 * The person a lone capitalised word at [start, end) of `text` names when the name pass left it without a mention
 * (`"…," said Trump on Twitter`, `In a statement, Vázquez said` after `Wanda Vázquez Garced`): the one person of the
 * article whose name has that word after its first, or whose aliases hold it. Null when the word is part of a longer
 * run of capitalised words (then it may be someone else's name), when no person or several fit, or when another entity
 * is named by that word. AP style names a person in full once, then by surname alone; offsets are UTF-16, half-open.
 */
export function unlinkedPerson(text: string, start: number, end: number, index: EntityIndex): FoundEntity | null {
  const word = text.slice(start, end);
  if (!NAME_WORD.test(word)) return null;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2))) return null;
  // "Said Rolling, “…”": a speech verb opening its sentence is capitalised too, and is no name.
  const before = text.slice(Math.max(0, start - 60), start);
  // "… State Medical University. Bizheva said": a word that ends the sentence before is not part of the name.
  const previous = /(\p{Lu}[\p{L}'’-]*|\b\p{Lu}\.)\s+$/u.exec(before);
  const head = previous ? start - before.length + previous.index : 0;
  // Only the few characters before the capitalised word are read: a test anchored at the end of the paragraph's whole
  // beginning would read all of it on every call.
  const opensSentence = previous !== null && (head === 0 || /(?:[.!?]["”]?\s+|["“]\s*)$/u.test(text.slice(Math.max(0, head - 12), head)));
  if (previous && !(opensSentence && isSpeechVerb(previous[1] ?? ''))) return null;
  const holders = index.entities.filter(
    (e) => e.type === 'person' && !described(e.name) && (e.aliases.has(word) || (e.name.includes(` ${word}`) && laterWords(e.name).includes(word))),
  );
  const others = index.entities.some((e) => e.type !== 'person' && (e.name === word || e.aliases.has(word)));
  return holders.length === 1 && !others ? (holders[0] ?? null) : null;
}

/** The capitalised word that ends at `end`, after the paragraph's start or a space or a mark that parts words. */
const WORD_AT_END = /(?:^|[\s,;:—–(])(\p{Lu}[\p{L}'’-]*)$/u;

/**
 * {@link WORD_AT_END}'s word ending at `end` of `text`. Only a short stretch before `end` is read: anchored at the end of
 * everything before it, the pattern read the paragraph's whole beginning on every call (12.0 of the engine's CPU-s on one
 * 200 KB paragraph of tests/core/engine/hostileSubjects.test.ts; 6.8 now). The stretch gives the same word unless it is all
 * one run of word characters, which could go on before it; then the whole beginning is read, as before.
 */
function wordEndingAt(text: string, end: number): string | undefined {
  const stretch = text.slice(Math.max(0, end - 64), end);
  const whole = stretch.length === end || /^[\p{L}'’-]*$/u.test(stretch) ? text.slice(0, end) : stretch;
  return WORD_AT_END.exec(whole)?.[1];
}

/** The speaker words of a cue that are such a word (see `unlinkedPerson`), ending at `end` or starting at `start`. */
export function unlinkedSubject(text: string, block: number, at: { start: number } | { end: number }, index: EntityIndex): Subject | null {
  const word = 'start' in at ? /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(at.start))?.[0] : wordEndingAt(text, at.end);
  if (!word) return null;
  const start = 'start' in at ? at.start : at.end - word.length;
  const entity = unlinkedPerson(text, start, start + word.length, index);
  return entity && { ref: { block, start, end: start + word.length }, entity, resolution: 'name', antecedent: null };
}

import { COUNTRY_BY_ADJECTIVE, PLACES, ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { NOT_NAMES } from '../lexicon/notNames';
import type { MentionIndex } from './mentions';
import type { Located } from './types';

/** One capitalised word, as a blogger's or commenter's user name is written: "Zeinobia", "Harutizwi", "Naija-Things". */
const LONE_NAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
/**
 * A lower-case verb after the word, then the paragraph ends in a colon (words in marks may stand before it): the cue sets
 * off the post that follows, as round-ups print it ("Zeinobia commented:", "Harutizwi asks, “Where is …?”:").
 */
const SETS_OFF_POST = /^\s+\p{Ll}(?:[^.!?;"“”]|["“][^"“”]*["”])*:\s*$/u;
/** Words that open a sentence before a verb without naming anyone: pronouns, quantifiers, "Critics", "Officials". */
const NOT_A_WRITER =
  /^(?:I|We|You|He|She|They|It|This|That|These|Those|Some|Many|Most|Others|Another|One|Both|All|Few|Several|Everyone|Someone|Somebody|Nobody|People|Police|Netizens|Bloggers|Users|Readers|Here|There|Then|Now|Also|And|But|So|Yet)$/;

/**
 * A user name that is the whole subject of a cue opening its sentence, as Global Voices round-ups introduce the bloggers
 * and commenters they quote ("Zeinobia commented:", "Harutizwi asks, …:", "Solicitor wrote:"): where the word is
 * (UTF-16 offsets, half-open), or null. The speaker words [from, stop) of `block` must be that one word, with no entity
 * found in it, and the paragraph must end in the cue's colon ("Okafor said, “…”" is a surname the text gave no full name); a word written after another name elsewhere, a word the article also writes in lower case, a plural, a title, a role, a place or a pronoun names no
 * one, and the sieve abstains.
 */
export function loneWriterName(texts: ReadonlyArray<string>, block: number, from: number, stop: number, mentions: MentionIndex): Located | null {
  const text = texts[block] ?? '';
  const word = text.slice(from, stop).trim();
  if (!LONE_NAME.test(word) || NOT_A_WRITER.test(word) || NOT_NAMES.has(word) || TITLE_WORDS.has(word) || PLACES.has(word)) return null;
  if (ROLE_WORDS.has(word.toLowerCase()) || COUNTRY_BY_ADJECTIVE.has(word)) return null;
  // "Critics say", "Residents wrote": a plain plural is a group.
  if (!word.includes('-') && /[^s]s$/.test(word)) return null;
  const start = from + text.slice(from, stop).indexOf(word);
  // The word opens its sentence, so nothing before it in the cue can be its name's first part.
  if (!/(?:^|[.!?]["”’]?\s+|^\s*["“])$/u.test(text.slice(0, start))) return null;
  if (mentions.between(block, start, start + word.length).length > 0) return null;
  // "Zeinobia commented:", "Harutizwi asks, “…”:": only a cue that sets off a post's words, not "Time will tell if …".
  if (!SETS_OFF_POST.test(text.slice(start + word.length))) return null;
  // "Lakshmi Grama … Grama says", "Cho Neung-hee … Cho added": a word written next to another name is part of a
  // person's name, for the passes that know the person.
  const surname = new RegExp(`\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+${word}(?![\\p{L}\\p{M}'’-])|(?<![\\p{L}\\p{M}'’-])${word}\\s+\\p{Lu}`, 'u');
  if (texts.some((t) => surname.test(t))) return null;
  const lower = new RegExp(`(?<![\\p{L}\\p{M}'’-])${word.toLowerCase()}(?![\\p{L}\\p{M}'’-])`, 'u');
  if (texts.some((t) => lower.test(t))) return null;
  return { block, start, end: start + word.length };
}

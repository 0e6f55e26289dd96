import { namesOthersWords } from './othersWords';
import { LANGUAGE_TAG } from '../../languageTag';
import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/** A linking adverbial a round-up opens a sentence with, set off by its comma: "Finally,", "Meanwhile,", "On the other hand,". */
const OPENER = String.raw`(?:(?:Finally|Meanwhile|Also|Similarly|Likewise|Lastly|However|Then|Later|Instead|On the other hand|In turn|In contrast),\s+)?`;

/**
 * A name as a round-up writes its source's: up to four capitalised words (a Spanish or Portuguese particle between them),
 * or a handle (`@eromanp`, `@ Comolanigua` with the space a link left), after any direction mark a pasted handle keeps.
 */
const NAME = String.raw`[\u200e\u200f]?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|la|el|los|las|da|do|dos|das|e|y)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}|@\s?[\p{L}\p{N}_]{2,30})`;

/**
 * `Finally, Leopoldo Tablante [es] reflects on the similarities …:`, `Asdrúbal [es], for his part, comments:`, `@
 * Comolanigua [es] shares two images of the anti-riot police:` (Global Voices, Venezuela and Colombia, May 2012): a
 * sentence that opens on a name (after a linking adverbial), the language tag that links that source's post right after
 * it (a handle in brackets may follow), an aside set off by commas, then a lower-case word — the verb of the name's
 * clause. Global Voices links the source it quotes where it names it, so the tagged name is whose post the colon sets off.
 */
const TAGGED_OPENING = new RegExp(
  String.raw`^${OPENER}${NAME}\s*${LANGUAGE_TAG}(?:\s*\(\s*[\u200e\u200f]?@\s?[\p{L}\p{N}_]+\s*\))?(?:,\s+[^,:;"“”\[\]]{1,40},)?\s+\p{Ll}`,
  'du',
);

/**
 * The colon cue of a sentence that opens on a tagged name (`TAGGED_OPENING`): the entity the name pass read there (not a
 * place), or else the name as written, a source of its own (`CueReader.handleSource`). Null for any other sentence, or
 * when the name is a place's or only part of a longer mention, or when the rest of the sentence says the words are
 * another's (`namesOthersWords`: "shares a speech by Henrique Capriles", "quotes President Hugo Chávez"). `last` is the colon sentence of `block`, whose text is
 * `text`; offsets are UTF-16 code units, half-open.
 */
export function taggedOpening(cues: CueReader, block: number, text: string, last: SentenceRange): ColonCue | null {
  if (!text.includes('[') || !/:\s*$/.test(text)) return null;
  const sentence = text.slice(last.start, last.end);
  const found = TAGGED_OPENING.exec(sentence);
  const at = found?.indices?.[1];
  if (!found || !at) return null;
  const [start, end] = [last.start + at[0], last.start + at[1]];
  // "Asdrúbal [es], for his part, shares a speech by Henrique Capriles:": past the name's verb, the words after the
  // colon are said to be another's.
  const afterVerb = sentence.slice(found[0].length - 1).replace(/^\p{Ll}+/u, '');
  if (namesOthersWords(afterVerb, { names: false, verbs: true })) return null;
  const named = cues.subjectAt(block, start);
  // The entity must be the whole name: a place ("Venezuela [es]") is where a post comes from, not who writes it.
  if (named?.entity && (named.entity.type === 'place' || named.ref.start !== start || named.ref.end !== end)) return null;
  if (!named?.entity && cues.mentions.between(block, start, end).length > 0) return null;
  const subject = named?.entity ? named : cues.handleSource(block, start, end, sentence.charAt(at[0]) === '@' ? 'titled' : 'person');
  return subject.entity ? { subject, cue: { block, start, end: last.end } } : null;
}

import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { leadInCue, type LeadIn, type NamedWords } from './leadInCue';

/**
 * A quoting verb, then whom it gives the floor to up to the colon that ends the sentence: the one quoted, with the words
 * that describe them before the name ("Kenyan actor Anthony Mwangi"), perhaps reached through the interview the words
 * come from ("quoted from the April 28 Der Spiegel interview [en] with boxer and politician Vitali Klitschko"), and
 * after the name only a clause set off by a comma ("…, who plays Kenneth in the series") or what they are quoted as
 * saying ("… saying that they tried to negotiate …"). "Quoted in", "quoted by" and "quoted as" name where or by whom
 * the words were quoted, not who said them. Group 1 is the words that name the one quoted.
 */
const QUOTED_ONE =
  /\b(?:quotes|quoted|quoting)\s+(?:from\s+(?:the|a|an|his|her|their|its)\s+[^,:;"“”]{0,80}?\b(?:interview|conversation|exchange)(?:\s+\[[a-z]{2,3}\])?\s+with\s+)?(?!(?:in|by|on|at|as|from)\b)([^,:;"“”()[\]]{2,80}?)(?:\s*,\s+(?:who|whom|whose)\b[^:;"“”]*|\s+(?:as\s+)?saying\b[^:;"“”]*)?\s*:\s*$/du;

/**
 * A word that ties the one quoted to the person named after it: "quotes a spokesman for President Obama:", "quotes a
 * friend of Trayvon Martin:", "quotes an aide to …", "quotes a witness who saw …": the named one is not the one quoted.
 */
const RELATION = /\b(?:of|for|to|with|at|from|by|near|about|against|behind|who|whom|whose|that)\b/iu;

/**
 * `The newspaper quotes Mary Phiri-Tembo, who represents the 'Staying Alive' campaign's management:` and `Njeri quotes
 * Kenyan actor Anthony Mwangi, who plays Kenneth in the series:` (Global Voices, Kenya, May 2012, fresh drafts), `Dawn.com
 * quotes Chairman PTA Mohammed Yaseen saying that they tried to negotiate with Twitter to remove the content:`
 * (gv-pakistan-twitter-blocked-weekend-censorship-2012-05-21), `… and quoted from the April 28 Der Spiegel interview
 * [en] with boxer and politician Vitali Klitschko, who opposes the boycott of Euro 2012:` (Global Voices, Ukraine, May
 * 2012): the block quotation after a colon sentence whose writer or paper quotes someone is the words of the one quoted,
 * not of the one quoting (a quoting verb gives the floor to its object: `QUOTING_VERBS`). The one quoted must be the only
 * person the name pass read in those words, their name closing them; null otherwise (two people, an unnamed one, a
 * document: "quotes the letter to the Daily Nation as saying:"), and the caller reads the sentence as before.
 * `sentence` starts at `sentenceStart` of `block`.
 */
export const quotedPerson = (cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null =>
  leadInCue(QUOTED, cues, block, sentence, sentenceStart);

/** The one person named in the words, their name closing them, with no relation word before it; null otherwise. */
function onlyPerson(cues: CueReader, named: NamedWords): Subject | null {
  const people = cues.mentions.between(named.block, named.start, named.end).filter((m) => m.entity.type === 'person');
  const [person] = people;
  if (people.length !== 1 || !person || person.end !== named.end || person.start < named.start) return null;
  if (RELATION.test(named.words.slice(0, person.start - named.start))) return null;
  const subject = cues.subjectAt(named.block, person.start);
  return subject?.entity === person.entity && subject.resolution === 'name' ? subject : null;
}

const QUOTED: LeadIn = { pattern: QUOTED_ONE, speaker: onlyPerson };

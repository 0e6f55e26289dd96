import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import { endsOnCount } from './listIntroduction';
import { announcesList } from './namedLeadIn';
import { namesOthersWords } from './othersWords';
import type { ColonCue } from './colonBlock';

/** "According to" opening the sentence, after at most a short connector ("But according to …"). */
const OPENING = /^(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?according\s+to\s+/iu;

/**
 * What may follow the source before the clause it is credited with: a language tag, the source's handle in
 * parentheses, and a relative clause set off by commas ("…, who recorded the incident,"); then that clause, plain
 * words up to the colon that ends the sentence.
 */
const CREDITED_CLAUSE = new RegExp(
  String.raw`^\s*(?:${LANGUAGE_TAG}\s*)?(?:\(@[\p{L}\p{N}_]+\)\s*)?(?:,\s*(?:who|which)\s[^,:;"“”()]{1,80})?,\s+([^:;"“”()]{3,160}):\s*$`,
  'u',
);

/**
 * `According to Daniel Gershenson [es] (@alconsumidor), the police made threats:` (gv-mexico-bike-ride-protest-supervia-
 * 2012-05-01) and `According to film director Nikos Soulis, who recorded the incident, the man was burning garbage …:`
 * (gv-greece-police-violence-immigrants-2012-05-12): a colon sentence that opens by crediting its clause to a named
 * source sets off that source's own words after it, as the trailing "…, according to X:" of `accordingColon.ts` does
 * (the golds of both articles give the post that follows to the source). `sentence` starts at `sentenceStart` of
 * `block`. Null when the source is a place or no entity, when the credited clause says the words are another's
 * (`namesOthersWords`: "According to police, the driver told officers:" sets off the driver's words, not the police's),
 * when it announces a list (`announcesList`, `endsOnCount`),
 * or when its subject is a named person ("According to X, police chief Manuel Mondragón had this message:").
 */
export function openingAccording(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const opening = OPENING.exec(sentence);
  if (!opening) return null;
  const subject = cues.subjectAt(block, sentenceStart + opening[0].length);
  if (!subject?.entity || subject.entity.type === 'place' || subject.resolution !== 'name') return null;
  const end = subject.ref.end - sentenceStart;
  const clause = end > 0 ? CREDITED_CLAUSE.exec(sentence.slice(end)) : null;
  if (!clause?.[1] || namesOthersWords(clause[1], { names: false, verbs: true })) return null;
  // "According to NASA, the mission has three main goals:" and "…, the results were as follows:" set off the writer's list.
  if (announcesList(clause[1]) || endsOnCount(`${clause[1]}:`)) return null;
  const other = cues.subjectAt(block, sentenceStart + end + clause[0].lastIndexOf(clause[1]));
  if (other?.entity && other.entity !== subject.entity && other.entity.type === 'person' && other.resolution === 'name') return null;
  const start = sentenceStart + opening[0].search(/according/i);
  return { subject, cue: { block, start, end: subject.ref.end } };
}

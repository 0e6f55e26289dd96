import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';

/** The words a colon lead-in names its speaker with: group 1 of its match. */
export interface NamedWords {
  readonly block: number;
  /** Where the named words are in `block`: UTF-16 code units, half-open. */
  readonly start: number;
  readonly end: number;
  /** The sentence before the named words. */
  readonly before: string;
  /** The named words as written. */
  readonly words: string;
  /** The sentence after the named words, up to and with its colon. */
  readonly rest: string;
  /** The lead-in's match in the sentence, with indices. */
  readonly found: RegExpExecArray;
}

/**
 * One shape of colon sentence that names whose words the block after it is, apart from the one the sentence opens with
 * (the one quoted, a work's author, a group's example). Each sieve passes in what sets its shape apart: its lead-in, who
 * its named words may be (its relation words, its checks for a second person), and where its cue starts.
 */
export interface LeadIn {
  /** The lead-in up to the colon that ends the sentence, with the `d` flag; group 1 is the words that name the speaker. */
  readonly pattern: RegExp;
  /** Who the named words are; null to leave the sentence to the readers after this one. */
  readonly speaker: (cues: CueReader, named: NamedWords) => Subject | null;
  /** Where in the sentence the cue starts; by default where the lead-in does. */
  readonly cueStart?: (named: NamedWords) => number;
}

/**
 * The cue and speaker of a colon sentence that `leadIn` reads: the cue runs from the lead-in to the end of the named
 * words. Null when the sentence has no such lead-in or its speaker check abstains. `sentence` starts at `sentenceStart`
 * of `block`.
 */
export function leadInCue(leadIn: LeadIn, cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const found = leadIn.pattern.exec(sentence);
  const span = found?.indices?.[1];
  if (!found || !span) return null;
  const [from, to] = span;
  const [before, words, rest] = [sentence.slice(0, from), sentence.slice(from, to), sentence.slice(to)];
  const named = { block, start: sentenceStart + from, end: sentenceStart + to, before, words, rest, found };
  const subject = leadIn.speaker(cues, named);
  const start = sentenceStart + (leadIn.cueStart?.(named) ?? found.index);
  return subject && { subject, cue: { block, start, end: named.end } };
}

/**
 * The person, body or place the name pass read by name at the start of the named words, its name closing them; null
 * otherwise (a role noun, a pronoun, a name followed by more words).
 */
export function namedAt(cues: CueReader, named: NamedWords): Subject | null {
  const subject = cues.subjectAt(named.block, named.start);
  return subject?.entity && subject.resolution === 'name' && subject.ref.end === named.end ? subject : null;
}

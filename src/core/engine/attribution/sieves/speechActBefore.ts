import type { SentenceRange } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { STANCE_VERBS } from '../../lexicon/stanceVerbs';
import { attributed, type FoundQuote } from '../types';
import { previousSpeaker } from './continuation';
import { personBefore } from './personBefore';
import { sentenceBefore, type DirectCase } from './direct';
import { namedSubject } from './namedSubject';
import { newSubjectBefore } from './newSubjectBefore';
import { hasOwnCue } from './ownCue';
import { afterThingSubject } from './thingSubject';

/**
 * `Brett McGurk, who was Trump's Special Presidential Envoy …, also criticized the decision via Twitter. "The WH
 * statement tonight …"`: a quote that opens its sentence with no cue of its own, right after a sentence of its paragraph
 * that a named person opens as the subject of a speech verb (or of a verb of taking a side), with no quote of its own
 * and no reported words found, is that person's: the sentence before announces the quotation as a colon would (AP
 * Stylebook, "quotations": a quote follows the speaker the text has just named; Muzny et al. 2017's "conversation" sieve
 * reads the neighbouring sentence). Only the sentence's first such verb, whose subject must open it; a pronoun, a role or
 * an organisation there abstains. `previous` is the sentence before the quote's (UTF-16, half-open); null when it is none.
 */
function speechActBefore(quote: FoundQuote, c: DirectCase, previous: SentenceRange | undefined): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  if (!previous || !/^[\s"“]*$/.test(text.slice(range.start, direct.open))) return null;
  const sentence = text.slice(previous.start, previous.end);
  if (/["“”]/.test(sentence) || /:\s*$/.test(sentence)) return null;
  // "Deputy White House Press Secretary Sarah Huckabee Sanders disagreed with Miller's assessment. "I don't see it as a
  // conflict of interest …"" (wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13): one who
  // takes a side on the matter (`lexicon/stanceVerbs.ts`) announces their words as a speech verb's subject does.
  const verb = [...sentence.matchAll(/\p{L}+/gu)].find((w) => isSpeechVerb(w[0]) || STANCE_VERBS.has(w[0].toLowerCase()));
  if (!verb) return null;
  const verbStart = previous.start + verb.index;
  const subject = cues.speakerBefore(block, verbStart, previous.start);
  const opens = subject && /^\s*$/.test(text.slice(previous.start, subject.ref.start));
  if (!opens || subject.entity?.type !== 'person' || subject.resolution !== 'name') return null;
  return attributed(quote, subject, { block, start: subject.ref.start, end: verbStart + verb[0].length }, 'previous-speaker');
}

/**
 * The speaker a quote that opens its sentence, with no cue of its own, takes from the sentences before it in its
 * paragraph: the speaker of the last quote there with one (`continuation.ts`, `previousSpeaker`) unless the sentence
 * right before makes someone else its subject (`newSubjectBefore.ts`), else the person the sentence right before names
 * as the subject of a speech verb (above), else the one person the paragraph has named (`personBefore.ts`); then, for
 * a first-person quote finishing a sentence a thing's description opens, the speaker of the quote just before
 * (`thingSubject.ts`); failing those, the one person named as a subject just before a first-person quote
 * (`namedSubject.ts`). `quotes` are the paragraph's quotes found so far; null when none applies.
 */
export function fromSentenceBefore(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  return openingQuote(quote, c, quotes) ?? afterThingSubject(quote, c, quotes) ?? namedSubject(quote, c, quotes);
}

/** `fromSentenceBefore` for a quote that opens its sentence. */
function openingQuote(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  const { text, range, direct } = c;
  if (!/^[\s"“]*$/.test(text.slice(range.start, direct.open)) || hasOwnCue(text, direct.close)) return null;
  const lastAttributed = quotes.findLast((q) => q.speaker && q.end <= range.start);
  if (lastAttributed && !newSubjectBefore(c, lastAttributed)) return previousSpeaker(quote, lastAttributed);
  const before = sentenceBefore(c);
  if (!before || quotes.some((q) => q.end > before.start)) return null;
  return speechActBefore(quote, c, before) ?? personBefore(quote, c, before);
}

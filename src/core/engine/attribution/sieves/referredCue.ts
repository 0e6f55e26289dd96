import type { SentenceRange } from '../../../sentences';
import type { Discourse } from '../coreference';
import { indefiniteSubjectBefore } from '../indefiniteSubject';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/**
 * The colon cue of the person a pronoun in the sentence refers to: a "he" or "she" subject of a present verb, or a short
 * sentence that names no one and speaks of "her" or "him" only. Global Voices round-ups introduce a blogger's words so
 * (gv-malawi-bloggers-joyce-banda-2012-05-01, gv-cuba-may-day-2012-05-01); the pronoun's antecedent is coreference's
 * (`coreference.ts`), so a pronoun it cannot resolve sets off no named speaker. `sentence` is the paragraph `text`'s
 * last sentence, at `last` (UTF-16 offsets, half-open). Null when neither refers to anyone.
 */
export function referredCue(block: number, text: string, sentence: string, last: SentenceRange, cues: CueReader, discourse: Discourse): ColonCue | null {
  // "After identifying key issues …, he makes a stinging attack on the president:": a pronoun doing the saying verb of
  // the colon's sentence is its subject, however long the opening phrase before it.
  const pronoun = /\b(he|she)\s+(?:[a-z]+ly\s+)?[a-z]+s\b/i.exec(sentence);
  const referred = pronoun ? cues.subjectAt(block, last.start + pronoun.index) : null;
  // "Guadeloupean blogger at Carib Creole News publishes a post … in which he denounces …:": the he of an unnamed
  // subject (`indefiniteSubject.ts`) still sets off the blogger's words, unattributed.
  const unnamed = referred && !referred.entity && pronoun && indefiniteSubjectBefore(text, last.start, last.start + pronoun.index);
  if (referred?.entity || unnamed) return { subject: referred, cue: { block, start: referred.ref.start, end: last.end } };
  // "What concerns her most, though, is that:": a short colon sentence that names no one and refers to someone only
  // as "her" or "him" goes on with the person it refers to.
  const object = /\b(her|him)\b/i.exec(sentence);
  if (object && sentence.split(/\s+/).length <= 10 && !discourse.peopleIn(block, last).length) {
    const subject = cues.subjectAt(block, last.start + object.index);
    if (subject?.entity && subject.resolution === 'pronoun') return { subject, cue: { block, start: last.start, end: last.end } };
  }
  return null;
}

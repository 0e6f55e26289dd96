import type { FoundQuote } from '../types';
import { previousSpeaker } from './continuation';
import { sentenceBefore, type DirectCase } from './direct';
import { hasOwnCue } from './ownCue';
import { speaksAsOnePerson } from './personWords';

/** A definite noun phrase of one to three lower-case words opening the sentence, right before the mark: "The costume ". */
const THING_LEAD = /^\s*(?:The|This|That|Her|His|Their|Its)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s+$/u;

/**
 * `With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews, …. The costume "is very warm [...] so I
 * have to stay hydrated …"` (wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29): a first-person quote with no
 * cue that finishes a sentence opened by a thing's description goes on with the speaker of the quote in the sentence
 * right before, in the same paragraph, when nobody else is named between them (Muzny et al. 2017's "conversation"
 * sieve, within a paragraph; the "I" of a news quote is someone the text named). `quotes` are the paragraph's quotes
 * found so far; null when the rule does not apply.
 */
export function afterThingSubject(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  if (!THING_LEAD.test(text.slice(range.start, direct.open)) || hasOwnCue(text, direct.close)) return null;
  if (!speaksAsOnePerson(text.slice(direct.start, direct.end))) return null;
  const last = quotes.findLast((q) => q.speaker && q.end <= range.start);
  const before = sentenceBefore(c);
  if (!last || last.speaker?.type !== 'person' || !before || last.start < before.start) return null;
  const others = cues.mentions.between(block, last.end, direct.open).filter((m) => m.entity.type === 'person' && m.entity !== last.speaker);
  return others.length === 0 ? previousSpeaker(quote, last) : null;
}

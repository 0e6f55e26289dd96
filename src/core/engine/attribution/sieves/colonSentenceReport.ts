import type { ColonCue } from './colonBlock';
import { attributed, type FoundQuote } from '../types';

/**
 * `Khotso From Lesotho notes that political parties involved in the elections are too many to keep track of them all:`
 * (gv-lesotho-general-election-date-set-2012-05-17): the colon sentence's own reported clause and the block quotation
 * after it hang on one verb, so the speaker the colon cue reads (a blog's title the reported clause's reading finds no
 * entity for) is the clause's too. Only a reported quote left unattributed in the colon cue's block whose cue starts
 * within the colon cue's words is given it; any other is returned as it was.
 */
export function colonSentenceReport(quote: FoundQuote, colon: ColonCue | null): FoundQuote {
  const cue = quote.cue;
  if (!colon?.subject.entity || quote.kind !== 'reported' || quote.speaker || !cue) return quote;
  const within = cue.block === colon.cue.block && cue.start >= colon.cue.start && cue.start < colon.cue.end;
  return within ? attributed(quote, colon.subject, cue, 'colon-block') : quote;
}

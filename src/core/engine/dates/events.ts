import type { SentenceRange } from '../../sentences';
import { findDates } from '../dates';

/** An event as found: its block's index, ISO date (day, month or year), date words and a label cut from its sentence. */
export interface FoundEvent {
  block: number;
  date: string;
  evidence: { start: number; end: number } | null;
  label: string;
}

const SAME_DAY = /\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+day\b/i;

function labelOf(sentence: string): string {
  const clean = sentence
    .replace(/\s+/g, ' ')
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
  if (clean.length <= 110) return clean.replace(/[.!?]$/, '');
  const cut = clean.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * One event per sentence that tells a dated or datable action: one per distinct date the sentence gives, and one for
 * "on the same day" / "that day", which takes the last full day told before it.
 *
 * `texts` are the article's blocks, `sentences` their sentence ranges (UTF-16 offsets, half-open, within each block),
 * `eventBlocks` which blocks may tell events (paragraphs, not captions), `reference` the publication instant (null:
 * relative dates are not read). Each event's `evidence` is the date words' range within its block.
 */
export function findEvents(
  texts: ReadonlyArray<string>,
  sentences: ReadonlyArray<ReadonlyArray<SentenceRange>>,
  eventBlocks: ReadonlyArray<boolean>,
  reference: Date | null,
): Array<FoundEvent> {
  const events: Array<FoundEvent> = [];
  let lastDate: string | null = null;
  texts.forEach((text, block) => {
    if (!eventBlocks[block]) return;
    for (const range of sentences[block] ?? []) {
      const sentence = text.slice(range.start, range.end);
      const dates = findDates(sentence, reference);
      const same = dates.length === 0 ? SAME_DAY.exec(sentence) : null;
      // Most sentences tell no date: their label is never made.
      if (dates.length === 0 && !(same && lastDate)) continue;
      const label = labelOf(sentence);
      const seen = new Set<string>();
      for (const found of dates) {
        // One event per date a sentence tells, however many ways it words it ("March 5", "on Tuesday").
        if (seen.has(found.date)) continue;
        seen.add(found.date);
        events.push({ block, date: found.date, evidence: { start: range.start + found.start, end: range.start + found.end }, label });
        if (found.date.length === 10) lastDate = found.date;
      }
      if (same && lastDate) {
        events.push({ block, date: lastDate, evidence: { start: range.start + same.index, end: range.start + same.index + same[0].length }, label });
      }
    }
  });
  return events;
}

import * as chrono from 'chrono-node';
import type { SentenceRange } from '../sentences';

export interface FoundDate {
  start: number;
  end: number;
  /** ISO, as precise as the words: "2022-01", "2022-02-10", "2008". */
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Words without which no date can be read: chrono-node is only asked about text that has one. */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|decade|century)s?\b|\b\d{1,4}[/-]\d{1,2}\b|\b(?:1[89]|20)\d\d\b/i;
const FULL_DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:1[89]|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d-\d\d-\d\d\b/i;

/** Noon UTC of an ISO day, the instant relative dates are read from. */
export function referenceInstant(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

/**
 * Dates in a stretch of text, read relative to the article's date: "on Thursday" is that day, "in
 * January" a month, "last week" the month it fell in; a time of day alone is no date.
 */
export function findDates(text: string, reference: Date | null): Array<FoundDate> {
  const found: Array<FoundDate> = [];
  // chrono-node's cost grows with the text it reads: give it only the stretches around date words.
  const windows: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(new RegExp(DATE_WORDS.source, 'gi'))) {
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, match.index - 24)));
    const end = Math.min(text.length, match.index + match[0].length + 24);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const results = windows.flatMap((w) =>
    chrono.en.casual
      .parse(text.slice(w.start, w.end), { instant: reference ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 })
      .map((r) => ({ result: r, offset: w.start })),
  );
  for (const { result, offset } of results) {
    const c = result.start;
    const year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null || day === null) continue;
    const words = result.text;
    let date: string | null = null;
    if (/\bweek(end)?\b/i.test(words)) date = reference ? `${year}-${pad(month)}` : null;
    else if (c.isCertain('day') || c.isCertain('weekday')) date = reference || c.isCertain('year') ? `${year}-${pad(month)}-${pad(day)}` : null;
    else if (c.isCertain('month')) date = reference || c.isCertain('year') ? `${year}-${pad(month)}` : null;
    else if (c.isCertain('year')) date = String(year);
    if (!date || /^\s*(?:at\s+)?\d{1,2}(:\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*$/i.test(words)) continue;
    // A duration ("for 30 years") is no date; a date must name a day, a month, a year or a relative day.
    if (
      !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow|last|next|ago|this)\b|\b(?:1[89]|20)\d\d\b|\d{1,2}[/-]\d{1,2}/i.test(
        words,
      )
    )
      continue;
    // No more precise than the words: "next year" is a year, "last month" a month, even where chrono picks a day.
    if (/\byears?\b/i.test(words) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(words)) date = date.slice(0, 4);
    else if (/\bmonths?\b/i.test(words)) date = date.slice(0, 7);
    if (/^(?:now|today|tonight|this (?:morning|afternoon|evening))$/i.test(words.trim())) continue;
    const trimmedWords = words.trimEnd();
    found.push({ start: offset + result.index, end: offset + result.index + trimmedWords.length, date });
  }
  for (const match of text.matchAll(/\b(?:in|since|by|until|of)\s+((?:1[89]|20)\d\d)\b(?!\s*[-–]\s*\d)/g)) {
    const start = match.index + match[0].length - (match[1]?.length ?? 0);
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + 4, date: match[1] ?? '' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first full date a text states ("February 10, 2022"), to read relative dates from when none is given. */
export function statedDate(texts: ReadonlyArray<string>): string | null {
  for (const text of texts) {
    if (!FULL_DATE_HINT.test(text)) continue;
    for (const result of chrono.en.casual.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
      const c = result.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    }
  }
  return null;
}

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

/** One event per sentence that tells a dated or datable action. */
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
      const label = labelOf(sentence);
      const seen = new Set<string>();
      for (const found of dates) {
        // One event per date a sentence tells, however many ways it words it ("March 5", "on Tuesday").
        if (seen.has(found.date)) continue;
        seen.add(found.date);
        events.push({ block, date: found.date, evidence: { start: range.start + found.start, end: range.start + found.end }, label });
        if (found.date.length === 10) lastDate = found.date;
      }
      const same = SAME_DAY.exec(sentence);
      if (dates.length === 0 && same && lastDate) {
        events.push({ block, date: lastDate, evidence: { start: range.start + same.index, end: range.start + same.index + same[0].length }, label });
      }
    }
  });
  return events;
}

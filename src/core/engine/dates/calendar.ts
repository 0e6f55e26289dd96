import type { Tense } from './tense';

const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO day `days` after (or before, when negative) the reference instant. */
function shifted(reference: Date, days: number): string {
  return new Date(reference.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** How a weekday is tied to the publication date by the words around it. */
export type WeekdayModifier = 'last' | 'next' | 'this' | 'last week' | 'next week' | 'this week' | null;

/**
 * The day a weekday names, seen from the publication date. "last Tuesday" is strictly before it and
 * "next Tuesday" strictly after; "Tuesday next week" is in the following Monday-to-Sunday week. A bare
 * weekday follows the verb: ahead for a future event, otherwise back (news mostly reports what happened),
 * the publication day itself counting either way.
 */
export function weekdayDate(reference: Date, weekday: number, modifier: WeekdayModifier, tense: Tense): string {
  const today = reference.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const fromMonday = ((weekday + 6) % 7) - ((today + 6) % 7);
  switch (modifier) {
    case 'last week':
      return shifted(reference, fromMonday - 7);
    case 'next week':
      return shifted(reference, fromMonday + 7);
    case 'this week':
      return shifted(reference, fromMonday);
    case 'last':
      return shifted(reference, -(back || 7));
    case 'next':
      return shifted(reference, ahead || 7);
    case 'this':
      return shifted(reference, tense === 'past' ? -back : ahead);
    default:
      return shifted(reference, tense === 'future' ? ahead : -back);
  }
}

/**
 * The year of a month (and day) written without one. A past event is never moved after the publication
 * date nor a future one before it; with no tense to go by, the nearest such month (or day) stands.
 */
export function yearOf(reference: Date, month: number, day: number | null, modifier: 'last' | 'next' | 'this' | null, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const at = month * 100 + (day ?? 0);
  const now = (reference.getUTCMonth() + 1) * 100 + (day === null ? 0 : reference.getUTCDate());
  if (modifier === 'last') return at < now ? year : year - 1;
  if (modifier === 'next') return at > now ? year : year + 1;
  if (modifier === 'this') return year;
  if (tense === 'past') return at <= now ? year : year - 1;
  if (tense === 'future') return at >= now ? year : year + 1;
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15, 12) - reference.getTime());
  return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}

/** "2022-01" or "2022-01-05". */
export function isoOf(year: number, month: number, day: number | null): string {
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

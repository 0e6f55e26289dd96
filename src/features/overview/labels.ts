import type { Dimension } from '../../core/libraryOverview';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as precise as it is written: `2022-02-10` → 10 February 2022, `2022-02` → February 2022, `2022` → 2022. */
export function dateLabel(date: string): string {
  if (date.length === 4) return date;
  const format = date.length === 7 ? MONTH : DAY;
  return format.format(new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`));
}

/** What a figure's value reads as; the empty value is the quotes that have none. */
export function valueLabel(dimension: Dimension, value: string, speakerName?: string): string {
  switch (dimension) {
    case 'speaker':
      return value ? (speakerName ?? value) : 'Speaker unknown';
    case 'outlet':
      return value || 'Outlet not given';
    case 'month':
      return value ? dateLabel(value) : 'Date not given';
    default:
      return value;
  }
}

/** "1 quote", "12 quotes", with the thousands marked. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

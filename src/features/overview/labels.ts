import type { Dimension } from '../../core/libraryOverview';
import { formatPartialDate } from '../../core/partialDate';

/** A date as precise as it is written: `2022-02-10` → 10 February 2022, `2022-02` → February 2022, `2022` → 2022. */
export function dateLabel(date: string): string {
  return formatPartialDate(date).text;
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

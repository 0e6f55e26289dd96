/**
 * The months, as English text writes them: capitalised, in full, in calendar order. A date's month opens no name
 * (`calendarWords.ts` spreads them among the words that never start one; "June Carter" aside, `entities/runs.ts`) and
 * marks a date written before a noun or as a label (`attribution/sieves/datedLabel.ts`,
 * `attribution/describedOrganizations.ts`, `attribution/sieves/writerVoice.ts`). Matched case-sensitively.
 */
export const MONTH_NAMES: ReadonlyArray<string> = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `MONTH_NAMES` as a regular-expression alternation. */
export const MONTH_NAME = MONTH_NAMES.join('|');

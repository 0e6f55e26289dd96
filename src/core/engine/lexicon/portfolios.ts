/**
 * A government portfolio as the word after a minister's or secretary's "of (the)" names it ("Minister of the Interior",
 * "Secretary of Defense", "Minister of Information"): the field a ministry covers, in the names English-language
 * governments and the press give them. It closes the title as a place does ("President of France"), so the words after
 * it are the holder's name. Capitalised as in a title.
 */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'Interior',
  'Defence',
  'Defense',
  'Finance',
  'Justice',
  'Health',
  'Education',
  'Agriculture',
  'Labour',
  'Labor',
  'Trade',
  'Energy',
  'Environment',
  'Transport',
  'Transportation',
  'Culture',
  'Information',
  'Economy',
  'Commerce',
  'Industry',
  'Tourism',
  'Communications',
  'Housing',
  'Immigration',
  'Treasury',
  'State',
  'Homeland Security',
]);

/**
 * Nouns after "Per the", "Per a" that make "per" mean "in accordance with", not "according to" (Merriam-Webster, "per",
 * sense 2): "Per the rules of the competition, each team must field …", "Per the terms of the deal, …". What follows
 * is what the rule or the wish requires, which nobody is said to have said. Not "request": "Per the request, Parliament
 * would meet …" (wikinews-queen-elizabeth-suspends-uk-parliament-2019-08-29) gives what the request asked for, which the
 * guide counts as the requester's words. Lower case, singular and plural. The laws and procedures of the second list
 * read the same way after "according to" ("… would be counted according to the law"), where reported content runs on
 * through them (reported/accordingAfter.ts).
 */
export const ACCORDANCE_NOUNS: ReadonlySet<string> = new Set([
  'rule',
  'rules',
  'terms',
  'wish',
  'wishes',
  'custom',
  'tradition',
  'instructions',
  'order',
  'orders',
  'protocol',
  'usual',
  'norm',
  'practice',
  'schedule',
  'plan',
  'contract',
  'arrangement',
  'law',
  'laws',
  'constitution',
  'procedure',
  'procedures',
  'regulations',
  'guidelines',
  'code',
  'statute',
]);

/**
 * Prepositions and conjunctions after which a name is an object or a second member, never the sentence's subject:
 * "Unlike Biden, Trump seemingly received a slight bump …" (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30),
 * "married in turn to George Weidler" (`attribution/subjectMention.ts`). Lower case, matched case-insensitively.
 */
export const OBJECT_PREPOSITIONS: ReadonlyArray<string> = [
  'with',
  'to',
  'for',
  'by',
  'from',
  'of',
  'and',
  'than',
  'between',
  'against',
  'about',
  'on',
  'at',
  'like',
  'unlike',
  'including',
];

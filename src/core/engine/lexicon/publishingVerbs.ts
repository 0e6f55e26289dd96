/**
 * Past-tense verbs of putting a piece of writing or broadcast out ("signed an open letter", "released a new audio tape",
 * "ran television ads", "left a comment", "posted a call", "made a call on its website"), lower case; two-word entries
 * are separated by one space. A piece one received ("received a LinkedIn message inviting him …") is another's words, so
 * no verb of receiving belongs here. Read by reported/writtenAppeal.ts and reported/postedCall.ts through
 * `PUBLISHING_VERB`.
 */
const PUBLISHING_VERBS: readonly string[] = [
  'signed',
  'released',
  'passed',
  'issued',
  'posted',
  'left',
  'ran',
  'flashed',
  'published',
  'circulated',
  'launched',
  'started',
  'aired',
  'made',
  'put out',
  'sent out',
];

/**
 * The verbs as a regular-expression alternation (no group, no boundaries), two-word entries with any spacing. Template
 * literals, so that the lexicon test, which reads the quoted strings of this file as its entries, sees only the verbs.
 */
export const PUBLISHING_VERB = PUBLISHING_VERBS.map((verb) => verb.replace(/ /g, String.raw`\s+`)).join(`|`);

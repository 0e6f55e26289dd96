/**
 * Speech verbs that report what somebody said only through a quote, never through a that-clause:
 * "called the unrest 'an act of aggression'", "asked: 'Why now?'". The engine does not take them as the verb
 * that introduces reported speech.
 *
 * Every entry is also in SPEECH_VERBS. Entries are lower case; callers lower-case the word before looking it up.
 */
export const QUOTE_ONLY_VERBS = new Set([
  'called',
  'calls',
  'described',
  'describes',
  'dubbed',
  'termed',
  'hailed',
  'hails',
  'asked',
  'asks',
  'wondered',
  'accused',
  'accuses',
  'blamed',
  'blames',
  'criticized',
  'criticised',
  'criticizes',
  'condemned',
  'condemns',
  'posted',
  'tweeted',
  'shouted',
  'whispered',
  'joked',
  'quipped',
  'mused',
  'retorted',
]);

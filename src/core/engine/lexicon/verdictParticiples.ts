/**
 * Past participles of verbs by which an agent passes a verdict on what the passive's subject names: "was criticized by
 * the British Medical Association", "were described by Johnson", "has been praised by critics". A participle clause after
 * such a passive (`…, saying "…"`) goes on with the agent's verdict, not with the thing judged
 * (wikinews-british-white-paper-public-health-2004-11-17). Not verbs whose passive subject is the one spoken to ("was
 * told by", "was asked by", `listenerVerbs.ts`), who may answer in the participle.
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const VERDICT_PARTICIPLES: ReadonlySet<string> = new Set([
  'criticized',
  'criticised',
  'praised',
  'condemned',
  'described',
  'denounced',
  'slammed',
  'attacked',
  'hailed',
  'welcomed',
  'labelled',
  'labeled',
  'branded',
  'dismissed',
  'rejected',
  'blamed',
]);

/**
 * Speech verbs whose first object is who was spoken to, before what was said: "told reporters that …", "warned
 * residents that …", "informed police she had …". The content starts after that listener.
 *
 * Entries are lower case; callers lower-case the word before looking it up. "remind", "inform" and "notify" are no
 * REPORTING_VERBS: they report speech only with a listener here (`Every Kid in a Park reminded me`, `Informed by …`,
 * `FDA's INFORMED` would otherwise read as cues and make names of their subjects).
 */
export const LISTENER_VERBS = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'asked',
  'warned',
  'warns',
  'assured',
  'assures',
  'reminded',
  'reminds',
  'reminding',
  'informed',
  'informs',
  'informing',
  'notified',
  'advised',
  'advises',
  'promised',
]);

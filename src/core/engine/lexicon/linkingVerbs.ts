/**
 * Linking verbs: forms of "be" and the verbs that, like it, join a subject to what it is or stays ("has gone
 * unscathed", "remained silent", "seems worried"). A word ending in -ed after one is a predicate adjective or a
 * passive, not the subject's act ("Park Geun-hye … has gone unscathed:" sets off nobody's words of hers).
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const LINKING_VERBS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'gone',
  'went',
  'goes',
  'remain',
  'remains',
  'remained',
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'become',
  'becomes',
  'became',
  'stay',
  'stays',
  'stayed',
  'look',
  'looks',
  'looked',
  'feel',
  'feels',
  'felt',
  'get',
  'gets',
  'got',
]);

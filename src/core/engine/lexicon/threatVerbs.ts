/**
 * Verbs of threatening, which put words in someone's mouth as a speech verb does when the words follow in marks: `a
 * policeman even threatened to "call the riot police"` (a tweet's English, Global Voices, Mexico, May 2012). Not
 * reporting verbs: without marks they tell an act ("threatened the protesters"), not speech. Lower case.
 */
export const THREAT_VERBS: ReadonlySet<string> = new Set(['threatened', 'threatens', 'threatening']);

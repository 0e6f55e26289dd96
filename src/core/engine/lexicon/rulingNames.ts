/**
 * Nouns a text uses by turns for one court's ruling: "The Luxembourg-based court issued a judgement …", then "According to
 * the ruling, …" (wikinews-ecj-facebook-remove-illegal-posts-globally-2019-10-06). A "the ruling" may refer back to any of
 * them. Lower case, singular.
 */
export const RULING_NAMES: ReadonlySet<string> = new Set(['ruling', 'judgment', 'judgement', 'verdict', 'decision']);

/**
 * Honorifics written before a name ("Mr", "Ms", "Sir"): they state a gender only capitalised, before a name, as
 * "miss" or "count" in running text are other words ("we will miss Tom"). Lower case, without full stops.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'madame', 'sir', 'dame', 'lord', 'lady']);

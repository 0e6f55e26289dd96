/**
 * Nouns that head a body named in lower case, which is a public one when a word of `PUBLIC_OWNERS` (publicOwners.ts)
 * qualifies it: "a regional civil defense office", "the Northern Arapaho tribal historic preservation office". Lower case.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['office', 'council', 'department', 'service', 'bureau', 'commission', 'court']);

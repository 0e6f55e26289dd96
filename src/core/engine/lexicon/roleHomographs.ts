/**
 * One-word source roles that are as often another word, an adjective, a title or a verb, before a capitalised word:
 * unlike the other source roles, they do not mark the name after them as a person's (`entities/lookups.ts`,
 * `SOURCE_ROLE_BEFORE`). Lower case.
 */
export const ROLE_HOMOGRAPHS: ReadonlySet<string> = new Set(['lead', 'major', 'speaker', 'fellow', 'justice', 'reader', 'fan', 'anchor', 'whip', 'critic']);

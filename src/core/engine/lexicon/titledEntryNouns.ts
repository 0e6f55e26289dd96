/**
 * Nouns of a blog's entries, which go by a title too, but whose words a writer also quotes right after the noun
 * (`writing in a blog post "I have myself, as per instructions, loaded up Gigaloader …"`): only a short title counts.
 */
export const TITLED_ENTRY_NOUNS: ReadonlySet<string> = new Set(['post', 'posts', 'entry']);

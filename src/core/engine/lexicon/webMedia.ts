/**
 * Nouns of a blog or a website written right after its name: `Alegcom blog published`, `the Clube da MPB blog`, `World
 * Bank blog asked` (Global Voices, May 2012). Lower case.
 */
export const WEB_MEDIA: ReadonlySet<string> = new Set(['blog', 'weblog', 'website']);

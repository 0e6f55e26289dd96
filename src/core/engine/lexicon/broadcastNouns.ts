/**
 * Nouns for the press and broadcasting that a news writer gives as a source without naming an outlet (Wikinews and
 * AP style: "…, according to state television", "…, according to local press"). The unnamed groups (`media`) are
 * `groupSpeakers.ts`; a named outlet is an organisation. Lower case.
 */
export const BROADCAST_NOUNS: ReadonlySet<string> = new Set(['television', 'radio', 'press', 'outlets']);

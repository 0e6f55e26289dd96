/**
 * Nouns of a work that are verbs too: words in marks after them are a title only when they open on a capital, as a
 * title does. `Remember January’s viral hit “A teenager’s view on social media (written by an actual teen)”?`
 * (usgov-gsa-medium-federal-terms-of-service-2015-07-17, whose gold holds no quote there) names a post that went viral;
 * after the verb, `the ruling hit “at the heart of our democracy”` quotes what someone said of it. Lower case, singular
 * and plural.
 */
export const CAPITAL_TITLE_NOUNS: ReadonlySet<string> = new Set(['hit', 'hits']);

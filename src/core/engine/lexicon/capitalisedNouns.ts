/**
 * Common nouns written with a capital that name no one (`notNames.ts`): the disease ("Covid", "COVID-19"), "Internet",
 * "God". Matched case-sensitively, as written.
 */
export const CAPITALISED_NOUNS: ReadonlyArray<string> = ['Covid', 'COVID', 'COVID-19', 'Internet', 'God'];

/**
 * Common nouns written with a capital that name no one (`notNames.ts`): the disease ("Covid", "COVID-19"), "Internet",
 * "God", and the molecules written in capitals ("They were able to extract complete mitochondrial DNA sequences",
 * wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16, where "DNA" was read as a body a later "they"
 * could stand for). Matched case-sensitively, as written.
 */
export const CAPITALISED_NOUNS: ReadonlyArray<string> = ['Covid', 'COVID', 'COVID-19', 'Internet', 'God', 'DNA', 'RNA'];

/**
 * Verbs, lower case, that report what someone or something was found to be, with the name and "to be" after them
 * (`attribution/reported/unnamedGroupSays.ts`): "multiple news outlets reported Hamza bin Laden to be dead citing sources
 * …" (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17), a clause reported with its subject as the verb's object.
 */
export const FOUND_TO_BE_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'declared', 'declares']);

// The words of the source fields live apart from the zod schema, so the reader's panels can list them without loading zod.

/**
 * What kind of voice a source is, after the source-diversity audits (the Gender Gap Tracker, BBC 50:50): one who
 * holds public office or speaks for a government body; one who speaks for someone else; one with expertise;
 * an organisation or a document; one who was there; one who speaks for themself; one the article does not name;
 * or unknown when the text does not say.
 */
export const SOURCE_TYPES = ['official', 'spokesperson', 'expert', 'organisation', 'witness', 'citizen', 'anonymous', 'unknown'] as const;
/** The types a person can be: all but `organisation`, which is an organisation's own (New person… offers these). */
export const PERSON_SOURCE_TYPES = SOURCE_TYPES.filter((type) => type !== 'organisation');
/** A source's gender as the text states it (pronouns, honorifics, gendered nouns); never from a name alone. */
export const GENDERS = ['woman', 'man', 'unknown'] as const;
/** How a reporting verb frames the words it reports (`lexicon/reportingVerbs.ts` lists the verbs). */
export const STANCES = ['neutral', 'assertive', 'doubting', 'conceding', 'directive', 'questioning'] as const;

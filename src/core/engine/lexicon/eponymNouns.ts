/**
 * Lower-case nouns of things named after a person, which news writing sets right after the namesake's name: "the 2018
 * Theodore Roosevelt award" (a NASA page), "NASA's James Webb space telescope" (Wikinews 2019). A name written only so
 * names the thing, not someone in the news. Singular; the plural is matched too.
 */
export const EPONYM_NOUNS = ['award', 'prize', 'medal', 'trophy', 'telescope', 'space telescope', 'lecture', 'fellowship', 'scholarship'];

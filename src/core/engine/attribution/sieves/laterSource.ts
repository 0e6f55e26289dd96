/**
 * After the first source of a colon sentence, a second one the block may as well belong to: another example ("…, while
 * others, like Wael Abbas [ar], were angry:"), another handle ("(@monasosh)"), or a clause of contrast with a subject of
 * its own ("…, while blogger Ali Hassan wrote:", "…, but Others …"). Global Voices sets off the last one's post.
 */
const SECOND_SOURCE = /\blike\s+[@\p{Lu}]|\(@\s?\w|,\s+(?:while|but|whereas)\s+(?:(?:others|some|many|most|a\s+few)\b|(?:\p{Ll}+\s+){0,2}\p{Lu})/u;

/**
 * Whether `rest`, the words of a colon sentence after the one a cue names as its source, name or bring in another
 * source ("Some, like Amnesty International, called for an independent inquiry, while blogger Ali Hassan wrote:", "Some,
 * like Ahmed Said (@ahmedsaid) [ar], mocked the decision, while others, like Mona Seif (@monasosh) [ar], were angry:",
 * lane break35's sentences on the shape of Global Voices round-ups): the first source is then no answer.
 */
export const namesLaterSource = (rest: string): boolean => SECOND_SOURCE.test(rest);

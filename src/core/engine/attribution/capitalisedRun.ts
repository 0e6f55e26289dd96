/**
 * The pattern source (for `new RegExp(…, 'u')`) of a speaker's name as a label prints it before a colon, or a name
 * list prints it before a comma: `min` to `max` capitalised words or initials (`Ed Dalisay`, `Karimdjanov`, `A. Sharma`,
 * `KURTZER`), apostrophes, full stops and hyphens inside a word, separated by white space. The one core of the "Name:
 * words" readers: comments under a full name (`sieves/labelledPost.ts`, two words or more, since a one-word label is a
 * heading: `Exposed: …`), dialogue lines (`sieves/dialogueLines.ts`, with a stage note), interview turns
 * (`sieves/transcriptLabels.ts`, `unlabelledInterview.ts`, with initials glossed) and people listed with their roles
 * (`nameAndRoleLine.ts`). Each reader sets its own word count and what may stand between the name and its colon,
 * because those are what tell its kind of line apart.
 */
export const capitalisedRun = (min: number, max: number): string => String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){${min - 1},${max - 1}}`;

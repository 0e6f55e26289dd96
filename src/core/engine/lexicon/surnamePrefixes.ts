/**
 * Prefixes that open a surname written as one word with a capital after them: "MacInnes", "FitzGerald", "VanDyke".
 * A name word of this shape is a person's however like a body's inner capital ("ArmorGroup") it looks
 * (`entities/speakingBodies.ts`). As written, capitalised.
 */
export const SURNAME_PREFIXES: ReadonlyArray<string> = ['Mac', 'Fitz', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Das', 'Ter'];

/**
 * Acronyms of an organisation's kind that news writing sets, capitalised, before the organisation's name, so that the
 * name pass reads them as its first word: "international human rights NGO Human Rights Watch called …", "Greek NGO
 * Hellenic League for Human Rights called …" (Global Voices, Greece, May 2012). They are no part of the name.
 * Written as in the text.
 */
export const ORG_KIND_ACRONYMS: ReadonlySet<string> = new Set(['NGO']);

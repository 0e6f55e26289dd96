/**
 * Honorifics of descent from the Prophet's family that Persian, Arabic and South Asian names carry before the given
 * name ("Seyed Mohammad Mir-Mohammadi", "Sayyid Ali Hosseini Khamenei", English Wikinews 2020): they are written as part
 * of the person's formal name, and the golds keep them in it, unlike a word of address (`foreignHonorifics.ts`).
 * Capitalised as before a name; "Said", a given name too, is left out.
 */
export const LINEAGE_HONORIFICS: ReadonlySet<string> = new Set(['Sayyid', 'Sayyed', 'Sayed', 'Seyed', 'Seyyed', 'Syed']);

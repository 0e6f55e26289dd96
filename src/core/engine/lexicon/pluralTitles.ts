/**
 * Titles in the plural, written before the names of the several people who hold them: "Presidents Muhammadu Buhari of
 * Nigeria and Patrice Talon of Benin" (Wikinews 2019), "the affidavits of Judges Mutuna and Kajimanga" (Global Voices
 * 2012). Only those no organisation's name ends with ("House of Representatives", "Board of Governors", "Council of
 * Ministers" keep theirs).
 */
export const PLURAL_TITLES = ['Presidents', 'Judges', 'Senators', 'Justices'];

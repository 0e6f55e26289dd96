/**
 * Honorifics and ranks of address that other languages write capitalised before a person's name, which English news
 * keeps untranslated ("archbishop Monsenor Jorge Eduardo Scheinig", wikinews-argentine-president-fernandez-abortion-bill-2020-03-04;
 * "Mullah", "Haji"): a word of address, never the person's own first given name. Capitalised as before a name;
 * words that are given names too ("Don", "Sultan") are left out, and so are the honorifics of descent a name carries
 * as its own (`lineageHonorifics.ts`).
 */
export const FOREIGN_HONORIFICS: ReadonlySet<string> = new Set([
  'Monsenor',
  'Monseñor',
  'Monsignor',
  'Monsignore',
  'Mullah',
  'Maulana',
  'Mufti',
  'Haji',
  'Hajji',
  'Shaikh',
  'Datuk',
  'Dato',
  // "said Seri Liow Tiong Lai, Malaysia's transport minister" (wikinews-malaysia-says-debris-maldives-could-be-mh370-2015-08-12).
  'Seri',
  // "Kashmiri leader Mirwaiz Umar Farooq wrote" (wikinews-un-first-ever-human-rights-report-kashmir-2018-06-14).
  'Mirwaiz',
  // "if we meet Kapten Arluthfi" (gv-indonesia-soldier-koboy-palmerah-video-2012-05-12): Indonesian for captain.
  'Kapten',
  // "the United States Ambassador in Mexico, Embajador Wayne (@USEmbassyMex)" (gv-mexico-carlos-fuentes-tributes-2012-05-16).
  'Embajador',
  'Señor',
  'Senor',
  'Señora',
  'Senora',
  'Padre',
  'Herr',
  'Frau',
  'Pandit',
  'Swami',
]);

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

/**
 * Words that name a faith, a creed or an ideology, or one who holds it: "Roman Catholic", "Neo-Nazi", "Sunni".
 * A capitalised run holding one, with no body head after it ("Roman Catholic Church" is an organisation), names
 * no person: news style capitalises these as adjectives and nouns of belief (AP Stylebook, "religious references").
 * Words that are also first names or surnames are left out: "Christian" (Christian Bale), "Islam" (Nazrul Islam), so
 * a first name next to a word still listed ("Roman Catholic") is no person either. Capitalised as in a name.
 */
const FAITHS_AND_CREEDS: ReadonlySet<string> = new Set([
  'Catholic',
  'Catholics',
  'Catholicism',
  'Protestant',
  'Protestantism',
  'Christianity',
  'Evangelical',
  'Anglican',
  'Lutheran',
  'Methodist',
  'Presbyterian',
  'Pentecostal',
  'Mormon',
  'Orthodox',
  'Muslim',
  'Muslims',
  'Islamic',
  'Islamist',
  'Sunni',
  'Shia',
  'Shiite',
  "Shi'ite",
  'Salafist',
  'Jihadist',
  'Jewish',
  'Judaism',
  'Zionist',
  'Hindu',
  'Hinduism',
  'Buddhist',
  'Buddhism',
  'Sikh',
  'Sikhism',
  'Atheist',
  'Agnostic',
  'Nazi',
  'Nazis',
  'Fascist',
  'Communist',
  'Marxist',
  'Leninist',
  'Maoist',
]);

/** Whether a word, or a part of it after a prefix ("Neo-Nazi", "Anti-Communist"), names a faith or a creed. */
export const namesFaithOrCreed = (word: string): boolean => FAITHS_AND_CREEDS.has(word) || FAITHS_AND_CREEDS.has(word.split(/-/).at(-1) ?? word);

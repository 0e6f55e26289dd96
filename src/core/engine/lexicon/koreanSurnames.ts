/**
 * The commonest Korean family names in their usual romanisations (Statistics Korea's census counts; South Korean
 * passports and the press write "Lee", "Park", "Choi" rather than the Revised Romanisation), written capitalised as they
 * open a name: "Justice Minister Kim Kyung Han"
 * (wikinews-south-korean-police-clamp-down-us-beef-protests-2008-06-30). Left out are those English writes as a word of
 * its own ("Oh", "Ha", "Ko", "Son", "Song", "Moon", "Nam", "Ban", "Bae", "Hong", "Han"): a name opening with one says
 * nothing by its shape.
 */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  'Kim',
  'Lee',
  'Rhee',
  'Park',
  'Pak',
  'Choi',
  'Jung',
  'Jeong',
  'Chung',
  'Kang',
  'Cho',
  'Jo',
  'Yoon',
  'Yun',
  'Jang',
  'Chang',
  'Lim',
  'Seo',
  'Shin',
  'Kwon',
  'Hwang',
  'Ahn',
  'Yoo',
  'Jeon',
  'Chun',
  'Yang',
  'Baek',
  'Roh',
  'Noh',
  'Heo',
  'Yeo',
]);

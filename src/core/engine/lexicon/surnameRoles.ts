/**
 * Role nouns that are also common surnames ("Siwei Fan", "P.W. Singer", "Carole King", "Rachel Cook"): a name that
 * ends in one may be a person's, so it is never read as a job title written capitalised (`entities/titlesAsNames.ts`).
 * Lower case.
 */
export const SURNAME_ROLES: ReadonlySet<string> = new Set([
  'fan',
  'singer',
  'king',
  'queen',
  'judge',
  'marshal',
  'major',
  'general',
  'baker',
  'cook',
  'chef',
  'head',
  'chair',
  'coach',
  'driver',
  'pilot',
  'trader',
  'farmer',
  'painter',
  'poet',
  'parent',
  'steward',
  'fisherman',
  'priest',
  'porter',
  'captain',
  'constable',
  'reader',
  'player',
  'runner',
  'mason',
  'monk',
  // "its alleged operator Jong Woo Son from South Korea" (Wikinews 2019): a common Korean surname, a noun of kinship too.
  'son',
  // "Phillip Father, the President of ProtoStar, thanked Arianespace" (Wikinews, July 2008): a priest's title that is a
  // surname after a known first name.
  'father',
]);

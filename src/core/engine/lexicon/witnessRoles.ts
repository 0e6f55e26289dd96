/**
 * Role words of witnesses (`sourceRoles.ts`): who was there, held, hurt or bereaved, "said resident X", an inmate, a
 * refugee, a mourner, and the relatives quoted for what befell their family. Lower case.
 */
export const WITNESS_ROLES: ReadonlyArray<string> = [
  'resident',
  'witness',
  'eyewitness',
  'survivor',
  'bystander',
  'victim',
  'villager',
  'neighbour',
  'neighbor',
  'patient',
  'passenger',
  'onlooker',
  'inmate',
  'prisoner',
  'detainee',
  'hostage',
  'refugee',
  'evacuee',
  'mourner',
  'widow',
  'widower',
  // A relative is quoted for what befell their family ("Dunn's mother", "fiancée of journalist Jamal Khashoggi").
  'mother',
  'father',
  'sister',
  'brother',
  'daughter',
  'son',
  'wife',
  'husband',
  'fiancée',
  'fiancee',
  'fiancé',
  'relative',
  'cousin',
  'aunt',
  'uncle',
  'grandmother',
  'grandfather',
  // "Claire Aitchison, step-mother of Liam Aitchison" (wikinews-judge-jails-two-men-life-liam-aitchison): kin by marriage
  // and the third generation, as the other kin (the hyphened spelling is read by `sources/roles.ts`).
  'stepmother',
  'stepfather',
  'stepson',
  'stepdaughter',
  'grandson',
  'granddaughter',
  // "Motorist Dom Lawson, whose car was narrowly missed" (wikinews-vintage-plane-crashes-shoreham), "his former
  // girlfriend" (wikinews-english-court-jails-policeman): one who was there, or close to the one it befell, as kin are.
  'motorist',
  'girlfriend',
  'boyfriend',
];

/**
 * Role nouns of the one person who heads or runs a body: "the director of IEDCR", "the head of the World Health
 * Organization", "its chief executive". Such a holder is a person, never the body; unlike a spokesman or an official,
 * who may speak for it (docs/annotation-guide.md, "An unnamed official of an organisation the text names"). Lower case.
 */
export const LEADERSHIP_ROLES: ReadonlySet<string> = new Set([
  'director',
  'director-general',
  'head',
  'chief',
  'executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'president',
  'vice-president',
  'founder',
  'co-founder',
  'secretary-general',
  'commander',
  'manager',
  'editor',
  'owner',
  'coach',
  'captain',
  'dean',
  'principal',
  'rector',
  'superintendent',
]);

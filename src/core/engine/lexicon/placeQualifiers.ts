/**
 * Words that narrow a place to a part of it between a preposition and the place's name: "in south Lebanon", "residents
 * of northern Iraq", "police in west Baghdad", "a clinic in rural Kenya". The compass words, in each way news writes
 * them, and the few words for a kind of area that stand the same way. Written lower case: a capitalised one ("South
 * Sudan", "Northern Ireland") belongs to the name.
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'central',
  'rural',
  'coastal',
  'downtown',
  'suburban',
  'upstate',
]);

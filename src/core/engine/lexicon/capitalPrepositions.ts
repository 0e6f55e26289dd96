/**
 * Prepositions a title-case headline capitalises inside a clause ("Zimbabwe Faction Leader Calls For Opposition Unity
 * Against Mugabe", VOA, 2007) and that no person's name holds. Written capitalised, as they stand in a run; particles
 * that do stand in names ("Van", "De", "To" in "James To") are not here.
 */
export const CAPITAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'For',
  'Against',
  'With',
  'Without',
  'From',
  'Into',
  'Onto',
  'Upon',
  'About',
  'Amid',
  'Despite',
  'Toward',
  'Towards',
  'Through',
  'Across',
  'After',
  'Before',
  'Behind',
  'Beyond',
]);

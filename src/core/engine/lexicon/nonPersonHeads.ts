/**
 * Last words that make a capitalised run something other than a person, however person-like the rest of
 * it looks: events ("Earth Day", "Black History Month"), units and buildings ("Armored Division",
 * "Vehicle Assembly Building", "Launch Complex"), programmes ("Double Asteroid Redirection Test"), prizes ("Nobel
 * Peace Prize") and documents ("Congressional Record").
 * Capitalised as in a name.
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  'Day',
  'Week',
  'Month',
  'Year',
  'Division',
  'Branch',
  'Artillery',
  'Operations',
  'Auditorium',
  'Building',
  'Complex',
  'Test',
  'Strategy',
  'Return',
  'Species',
  'Magazine',
  'Paper',
  'Standard',
  'Love',
  'Today',
  'Centennial',
  'Prize',
  'Award',
  'Awards',
  'Medal',
  'Trophy',
  'Record',
]);

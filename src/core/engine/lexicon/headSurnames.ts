/**
 * Head words of places and things (`placeHeads.ts`, `nonPersonHeads.ts`) that are also surnames, and close a person's
 * name when a given name or an initial comes right before them: "Kevin Hall", "Mia Love", "Bill Hill", "John Tower",
 * "Michael Bay", "Juan Niño". Capitalised as in a name.
 */
export const HEAD_SURNAMES: ReadonlySet<string> = new Set([
  'Hall',
  'Hill',
  'Hills',
  'Lane',
  'Park',
  'Bay',
  'Lake',
  'Way',
  'Port',
  'Tower',
  'Bridge',
  'Street',
  'Forest',
  'Love',
  'Sound',
  'Niño',
]);

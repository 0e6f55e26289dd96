/**
 * Words that name a government body, which make the head of it an official ("NASA Marshall director", "police
 * chief", "Department of Justice head"): ministries, agencies, forces and assemblies as news names them. Not "council",
 * which names charities as often as governments ("the Refugee Council"): a city's is named by "city". Lower case.
 */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'department',
  'agency',
  'bureau',
  'administration',
  'federal',
  'police',
  'army',
  'navy',
  'military',
  'parliament',
  'congress',
  'senate',
  'city',
  'county',
  'municipal',
  'nasa',
  'fbi',
  'cia',
  'epa',
  'fema',
  'pentagon',
  'kremlin',
]);

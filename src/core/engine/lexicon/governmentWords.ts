/**
 * Words that name a government body, which make the head of it an official ("NASA Marshall director", "police
 * chief", "Department of Justice head"): ministries, agencies (the U.S. federal ones by the initials news uses), forces and
 * assemblies as news names them. Not "council",
 * which names charities as often as governments ("the Refugee Council"): a city's is named by "city". Lower case.
 */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'department',
  'agency',
  'bureau',
  // "head of the Delhi Commission for Women" (wikinews-delhi-women-commission-head-capital-punishment), "Mozambique's
  // National Electoral Commission": a commission is a public body, set up by a government or a union of them.
  'commission',
  'administration',
  'federal',
  'police',
  'army',
  'navy',
  'military',
  'parliament',
  'congress',
  'senate',
  'duma',
  'knesset',
  'bundestag',
  // "Secretary of the Air Force", "Space Force commander", "task force head".
  'force',
  // Bodies of governments: "UN rapporteur", "the head of NATO".
  'un',
  'nato',
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
  'nps',
  'noaa',
  'usgs',
  'usda',
  'fda',
  'cdc',
  'nih',
  'dea',
  'atf',
  'irs',
  'nsa',
  'dhs',
  'doj',
  'dod',
  'gsa',
  'hud',
  'hhs',
  'va',
  'tsa',
  'faa',
  'fcc',
  'ftc',
  'osha',
  'usaid',
  // More U.S. federal bodies by the initials their own staff and news use ("Web Services Manager at OPM", "Manager in
  // the Office of the Chief Information Officer at Peace Corps", "Ingenuity team lead at JPL"), and NASA's centres
  // named by a word no person bears as often ("NASA Stennis", "Goddard Space Flight Center").
  'opm',
  'cfpb',
  'ssa',
  'usps',
  'uscis',
  'nist',
  'nsf',
  'gao',
  'omb',
  'corps',
  'jpl',
  'stennis',
  'goddard',
  // The Army's training and futures commands, as their own news names them ("ARCIC Director", "TRADOC deputy commanding
  // general").
  'tradoc',
  'arcic',
  // "deputy director of Marshall’s Engineering Directorate", "Space Technology Mission Directorate", the Army's
  // "Network Integration Directorate": a directorate is a division of a government agency or a military command.
  'directorate',
  // "USCG Captain Monica Rochester", "a Coast Guard commander", "National Guard general": a state's armed guard.
  'guard',
  'uscg',
  // "Edward Warner of Civil Aviation Authority" (usgov-nasa-glenn-established-cleveland-1941-2024-01-23), "the Palestinian
  // Authority", "Pakistan Telecommunication Authority": a statutory authority is a public body; news names none other so.
  'authority',
]);

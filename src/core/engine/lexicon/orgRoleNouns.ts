import { GENERIC_ORG_NOUNS } from './genericOrgNouns';

/**
 * Nouns that stand for an organisation when they speak: "the ministry said", "the company said in a statement",
 * "a study found". They let a quote be attributed to the organisation the article is about. The general ones, which
 * may stand for whichever organisation the text was last about, are `genericOrgNouns.ts`.
 *
 * No entry is also in PERSON_ROLE_NOUNS. Entries are lower case; multi-word nouns are separated by single spaces.
 */
export const ORG_ROLE_NOUNS = [
  // Not "body" ("the body was found") nor "coalition": neither is read as a speaker by itself.
  ...[...GENERIC_ORG_NOUNS].filter((noun) => noun !== 'body' && noun !== 'coalition'),
  'ministry',
  'council',
  'committee',
  'commission',
  'court',
  'bank',
  'department',
  'office',
  'administration',
  'embassy',
  'kremlin',
  'white house',
  'pentagon',
  'police',
  'army',
  // "The Brazilian air force says that both planes were equipped …" (wikinews-rescue-workers-search-wreckage-brazilian-
  // air-crash-2006-10-02): the other armed services speak as the army does.
  'navy',
  'air force',
  'coast guard',
  'military',
  'party',
  'board',
  'authority',
  'authorities',
  'regulator',
  'watchdog',
  'club',
  'team',
  'university',
  'academy',
  'school',
  'hospital',
  'network',
  'channel',
  'newspaper',
  // A publication named anew by its kind (`outletNouns.ts`): "The industry publication stated …".
  'publication',
  'website',
  'magazine',
  'outlet',
  'tabloid',
  'broadcaster',
  'foundation',
  'charity',
  'city',
  'county',
  'state',
  'parliament',
  'senate',
  'congress',
  'cabinet',
  'secretariat',
  'study',
  'paper',
  'report',
  'survey',
  'statement',
  // "…", read the warning (wikinews-hurricane-lorenzo-hits-azores-2019-10-02): a published warning speaks for the service
  // or authority that issued it, as a statement does.
  'warning',
  // "According to its press release, the NBA was …" (wikinews-nba-suspends-season-covid-19-2020-03-13): a release speaks
  // for its issuer as a statement does; only with its kind, as "the release of the hostages" is an act, not a written text.
  'press release',
  'news release',
  'media release',
];

/**
 * Words that end or hold the name of a civic body, neither a government nor a company: a charity, a campaign, a
 * members' association ("Addameer Prisoner Support and Human Rights Association", "Amnesty International", "Youth
 * Forum Zimbabwe", "Mid Wales Tourism Partnership", "Human Rights Watch"). The director of one speaks for it, as its
 * president or chief executive does (`sourceRoles.ts`), where a director's title alone says nothing (a film's director,
 * a company's board). After the civil-society category of the BBC 50:50 and Gender Gap Tracker audits; the corpus
 * articles gv-palestine-prisoners-hunger-strike-agreement, wikinews-argentine-president-fernandez-abortion-bill,
 * wikinews-robert-mugabe-dies-aged-95, wikinews-hong-kong-lam-withdraws-extradition-bill, wikinews-fire-bontddu-hall-kills-one.
 * Lower case; matched against a capitalised word of the phrase.
 */
export const CIVIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'association',
  'coalition',
  'alliance',
  'foundation',
  'forum',
  'partnership',
  'network',
  'trust',
  'international',
  // "Kem Sokha, director of the Cambodia Center for Human Rights" (voa-cambodia-government-declines-comment), "The Native
  // American Rights Fund's Jacqueline De León" (wikinews-native-american-groups-sue-montana-ballot-law-2020-03-15): a body
  // whose name holds its cause, people's rights, campaigns for it; a government's rights body names its government
  // ("Ministry of Human Rights"), read first.
  'rights',
  'movement',
  'campaign',
  'initiative',
  'charity',
  'watch',
]);

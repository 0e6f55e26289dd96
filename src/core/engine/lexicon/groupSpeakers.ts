/**
 * Plural and collective nouns a news writer makes the unnamed subject of a speech verb (AP Stylebook, "anonymous
 * sources": `Police said …`, `Officials said …`, `The family said …`, `Witnesses told reporters …`). Nouns for one
 * person or one organisation are `personRoleNouns.ts` and `orgRoleNouns.ts`. Lower case.
 */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set([
  'officials',
  'family',
  'relatives',
  'witnesses',
  // "Eyewitnesses say the aircraft circled twice, dropping multiple bombs" (wikinews-nigerian-refugee-camp-airstrike-death-
  // toll-passes-100-2017-01-24): the same unnamed group as witnesses.
  'eyewitnesses',
  'residents',
  'neighbors',
  'neighbours',
  'sources',
  'critics',
  'investigators',
  'prosecutors',
  'organizers',
  'organisers',
  'doctors',
  'analysts',
  'scientists',
  'researchers',
  'media',
  // "…, with some local press claiming he was attempting to pass another vehicle" (wikinews-state-run-bus-crashes-cuba-
  // killing-seven-2019-01-12), "…, with local press reporting in 2004 …" (wikinews-fire-bontddu-hall-kills-one-2020-06-06):
  // the press, unnamed, speaks as a group, as "media" does.
  'press',
  // "The country's state news announced the death on television" (wikinews-former-egyptian-president-mubarak-dies-2020-02-27):
  // a country's news service, unnamed, as "state media" is.
  'news',
  'publication',
  'spokespeople',
  'lawyers',
  'attorneys',
  'rescuers',
  'firefighters',
  'paramedics',
  'defendants',
  'plaintiffs',
  'protesters',
  'demonstrators',
  'activists',
  'campaigners',
  'students',
  'passengers',
  'survivors',
  'victims',
  'interviewee',
  'interviewees',
  'respondents',
  'observers',
  'people',
  'members',
  'women',
  'men',
  'voters',
  'supporters',
  // "Lady Gaga fans, who were called 'little monsters', have criticized the government's decision" (gv-indonesia-lady-gaga-
  // concert-permit-denied-2012-05-16): a following speaks as a group, as supporters do.
  'fans',
  'opponents',
  // "The opposition accuses the government of rigging the elections …" (wikinews-kenyan-humanitarian-crisis-deepens-
  // talks-continue-2008-02-07): a country's opposition parties speak as one group, unnamed.
  'opposition',
  // "Navalny is an outspoken critic of Russian president Vladimir Putin, and his associates had alleged Navalny was
  // poisoned." (fresh Wikinews, September 2020): the people around someone speak as a group, as supporters do.
  'associates',
  'allies',
  'participants',
  'attendees',
  'citizens',
  'employees',
  'soldiers',
  'villagers',
  'commentators',
  // "While the state media continuously highlights economic achievements, netizens maintain that free press is key …"
  // (gv-ethiopia-g8-summit-press-freedom-2012-05-18): internet users speak as a group.
  'netizens',
  // "The two countries announced a significant breakthrough in July of last year" (wikinews-burns-engages-india-civil-
  // nuclear, development half), "Around the world, countries announced stricter measures to inhibit the disease from
  // spreading." (wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05): states unnamed speak as a group, as
  // parties do; which government said it the text does not tell.
  'countries',
  'nations',
  // "On July 31, multiple news outlets reported Hamza bin Laden to be dead …" (wikinews-trump-says-hamza-bin-laden-killed-
  // 2019-09-17): the press, unnamed, speaks as a group.
  'outlets',
  // "Demanding the immediate arrest of the murderers of Sagar and Runi, journalist associations announced a gherao program
  // …" (gv-bangladesh-bloggers-march-journalist-couple-2012-05-16): bodies of one trade, unnamed, speak as a group.
  'associations',
  // "The pair denied wrongdoing but were convicted of conspiring to commit insurance fraud after trial."
  // (wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30): two or three people told of before speak as one
  // group; which of them said it the text does not tell, so the quote stays unattributed, as after a pair of names set
  // off after a plural (namedPairAfterPlural.ts).
  'pair',
  'duo',
  'trio',
  'couple',
]);

import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';

// phraseType.ts: the source type the role words of one phrase give. Phrases as the development half and the fresh
// Wikinews, NASA and digital.gov pages write them.

describe('the type a role phrase gives', () => {
  test.each([
    ['Russian President', 'official'],
    ['Commerce Secretary', 'official'],
    ['the Secretary of Justice for Puerto Rico', 'official'],
    ['a spokeswoman for the ministry', 'spokesperson'],
    ['president of BEAM', 'spokesperson'],
    ['CEO of the Refugee Council', 'spokesperson'],
    ['professor of biology at Ledger University', 'expert'],
    // A compound's last role is its head: the roles before it only modify it.
    ['user experience researcher and consultant at the U.S. Digital Service', 'expert'],
    // usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21: a federal agency no government word names
    // (`lexicon/federalServices.ts`); its scientist stays the expert the role makes, a news agency's director no official.
    ['National Park Service associate director for interpretation, education, and volunteers', 'official'],
    ['National Weather Service meteorologist', 'expert'],
    ['director of Inter Press Service', null],
    ['Deputy Defense Secretary', 'official'],
    ['Police press officer', 'spokesperson'],
    // Two roles joined by "and" or a slash are two: the first is the one the phrase gives.
    ['Economist and blogger', 'expert'],
    ['activist/blogger', 'citizen'],
    // wikinews-biden-announces-kamala-harris-running-mate-2020-08-12: a nominee runs for the office after "for".
    ["the Democratic Party's presumptive nominee for President of the United States", 'citizen'],
    ['North Korean leader', 'official'],
    // wikinews-castro-recovering-following-surgery-2006-08-06, wikinews-burns-engages-india-civil-nuclear-energy-pact-
    // 2006-01-21, wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21, wikinews-national-diet-law-
    // akihito-abdicate-2017-06-10: a government's second ranks, members of other parliaments, a monarch.
    ['Cuban vice-premier', 'official'],
    ['US Undersecretary', 'official'],
    ['also a Labour MSP', 'official'],
    ['MSP for the Lothian area', 'official'],
    ['Emperor', 'official'],
    // voa-bush-approves-refugee-funding-2008-06-20; wikinews-sarah-brady-dies-aged-73-2015-04-04: a first lady speaks
    // for the administration, a former one for herself.
    ['First Lady', 'spokesperson'],
    // wikinews-phytoplankton-bloom-after-kilauea-eruption-2019-09-08: a study's author by their place on it.
    ['Co-lead author', 'expert'],
    ['Former First Lady', 'citizen'],
    ['executive director of the Australian Retailers Association', 'spokesperson'],
    ['President of the Russian Federation', 'official'],
    ['Chief Executive of Hong Kong', 'official'],
    // wikinews-tesco-sells-polish-branches: a company in the possessive owns the role; the region is its patch.
    ['Tesco’s CEO for Central Europe', 'spokesperson'],
    // Fresh Wikinews 2020-01-06: a body's name holding an "of" after an article, then the role.
    ['a United States Department of State spokesperson', 'spokesperson'],
    ['the House of Commons Speaker', 'official'],
    // Fresh nasa/17: a place that ends a company's name makes its head no officer of state.
    ['TechLit Africa CEO and founder', 'spokesperson'],
    // voa-african-presidents-support-bush-africa-initiative (dev): a country alone before a head of state.
    ['Ghana President', 'official'],
    ['Kazakhstan’s president', 'official'],
    ['NASA’s deputy director for Europe', 'official'],
    // fresh nasa/416: an agency's directorate; fresh nasa/129, nasa/474: NASA field centres.
    ['deputy director of Marshall’s Engineering Directorate', 'official'],
    ['Marshall’s center director', 'official'],
    ['Wallops Flight Facility director', 'official'],
    // wikinews-dozens-dead-in-california-boat-fire: a coast guard's officer.
    ['USCG Captain', 'official'],
    ['Coast Guard commander', 'official'],
    // fresh nasa/653: a laboratory inside the centre is a body of research; its lead's type the centre does not say.
    ['lead of Marshall Space Flight Center’s Planetary Protection Laboratory', null],
    ['Philippine Red Cross chair', 'spokesperson'],
    ["Windsor Locks' first selectman", 'official'],
    ['NIAC program executive at NASA Headquarters in Washington', 'official'],
    ['deputy director of ARCIC', 'official'],
    // A capitalised body's name with an "of" in it, then its role, as a title before a name (fresh Wikinews and NASA).
    ['House of Commons Speaker', 'official'],
    ['Florida Department of Transportation official', 'official'],
    ['Chamber of Commerce President', 'spokesperson'],
    // A role to be held soon (usgov-whitehouse-readout-obama-call-iraq-abadi).
    ['Iraqi Prime Minister-designate', 'official'],
    // An office's holder by a word of time or party, and a member of the US House (fresh Wikinews 2019).
    ['Incumbent President', 'official'],
    ['Republican President', 'official'],
    ['US Representative', 'official'],
    // A NASA centre's name placed by "at", closing the phrase (fresh nasa/188, nasa/416, nasa/586).
    ['lead project manager of collaborative worksites at Johnson', 'official'],
    ['assistant branch chief for the advanced manufacturing branch at Marshall', 'official'],
    ['chief of the Thermal Protection Materials Branch at Ames', 'official'],
    // Who leads the technical work speaks from knowledge (usgov-nasa-wallops-suborbital-avionics).
    ['suborbital technology lead at NASA Wallops', 'expert'],
    // The White House, named by two words neither of which is a government word alone (fresh digitalgov, 2021-08-18).
    ['White House Director of Digital Strategy', 'official'],
    ['deputy chief information officer at The White House', 'official'],
    // The Holy See's head of state (wikinews-pope-francis-instructs-reporting).
    ['Pope', 'official'],
    // A director of a civic body speaks for it (gv-palestine-prisoners-hunger-strike-agreement,
    // wikinews-argentine-president-fernandez-abortion-bill, wikinews-hong-kong-lam-withdraws-extradition-bill,
    // wikinews-robert-mugabe-dies-aged-95).
    ['The director of Addameer Prisoner Support and Human Rights Association', 'spokesperson'],
    ["the director of Argentina's Amnesty International", 'spokesperson'],
    ['Hong Kong director of Amnesty International', 'spokesperson'],
    ['director of Youth Forum Zimbabwe', 'spokesperson'],
  ] as const)('"%s" is %s', (phrase, type) => {
    expect(typeOfPhrase(phrase)).toBe(type);
  });

  test.each([
    ["the party's secretary", 'a title in lower case with no government around it'],
    ['a friend of the Russian president', 'the role is its complement’s, not the head’s'],
    ['a 63-year-old ex-founder and CEO of Bio Economic Research Associates', 'who headed a body no longer speaks for it'],
    ['the tallest of them', 'no role word'],
    ["University of California, San Diego's chancellor", 'a place that ends a university’s name names no government'],
    ['manager at Johnson & Johnson', 'a centre’s name that does not close the phrase is no centre'],
    ['the director of Black Panther', 'a director whose words name no civic body (wikinews-tributes-paid-to-chadwick-boseman)'],
    ['former director of Amnesty International', 'who directed a civic body no longer speaks for it'],
  ])('"%s" gives no type: %s', (phrase) => {
    expect(typeOfPhrase(phrase)).toBeNull();
  });

  test('a role the word before the phrase calls former is held no longer: the speaker is a citizen', () => {
    expect(typeOfPhrase('US Ambassador to the United Nations', 'Former')).toBe('citizen');
  });
});

test('the head of a public commission is an official (wikinews-delhi-women-commission-head-capital-punishment-child-rape-2018-01-31)', () => {
  // "Swati Maliwal, head of the Delhi Commission for Women, announced she was beginning a 30-day Satyagrah Aandolan".
  expect(typeOfPhrase('head of the Delhi Commission for Women')).toBe('official');
  // A committee is not a commission: "Koul Panha, executive director for the Committee for Free and Fair Elections"
  // (voa-cambodia-election-monitor-hello-voa-2007-04-23) heads a civic body.
  expect(typeOfPhrase('executive director for the Committee for Free and Fair Elections')).toBe('spokesperson');
});

/**
 * Role words of officials (`sourceRoles.ts`): who holds a public office by election, appointment, birth or rank, as
 * heads of state and government, ministers, legislators, diplomats, judges, prosecutors, police and the military.
 * "President", "secretary" or "general" alone is no official's until the words around it say so (`heldRoles.ts`).
 * Lower case, abbreviations with their full stop.
 */
export const OFFICIAL_ROLES: ReadonlyArray<string> = [
  'prime minister',
  'premier',
  'minister',
  'secretary-general',
  'secretary of state',
  'home secretary',
  'foreign secretary',
  'secretary general',
  // "WHO director-general Tedros": the head of a public body, national or international.
  'director-general',
  'director general',
  'mayor',
  'governor',
  'gov.',
  'senator',
  'sen.',
  'rep.',
  'congressman',
  'congresswoman',
  'lawmaker',
  'legislator',
  // The presiding officer of a legislature: "House Speaker Nancy Pelosi", "speaker of the house"; "speaker" alone is a
  // title (`heldRoles.ts`).
  'house speaker',
  'speaker of the house',
  // Westminster-style and state legislators: "Labour MP Tom Watson", "Assemblywoman Selena Torres".
  'mp',
  'm.p.',
  'member of parliament',
  // "MSP for the Lothian area", "also a Labour MSP" (wikinews-scottish-politician-david-mcletchie-dies-2013-08-12,
  // wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21): members of the Scottish and the European
  // Parliaments and of an Indian state's assembly.
  'msp',
  'mep',
  'mla',
  // "MK Moshe Feiglin of Likud", "Labor MK Eitan Cabel" (wikinews-arabs-react-israeli-debate-jerusalem-holy-sites-2014-02-26):
  // a Member of the Knesset, Israel's parliament.
  'mk',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'councilmember',
  // "Iraqi council member Mohammed al-Rubaiey" (wikinews-car-bombings-iraq-government-offices-kill), written apart.
  'council member',
  // "North of Scotland procurator fiscal Liam Murphy" (wikinews-judge-jails-two-men-life-liam-aitchison): Scotland's
  // public prosecutor.
  'procurator fiscal',
  // A New England town's elected head: "Windsor Locks' first selectman, Chris Kervick".
  'selectman',
  'selectwoman',
  'coun.',
  'ambassador',
  'envoy',
  'diplomat',
  'official',
  'commissioner',
  'administrator',
  'sheriff',
  'police chief',
  'constable',
  'detective',
  'inspector',
  'superintendent',
  'supt.',
  'judge',
  'justice',
  'prosecutor',
  'attorney general',
  // A federal or a county prosecutor: "United States Attorney Jessie K. Liu", "Coös County Attorney John McCormick".
  'u.s. attorney',
  'us attorney',
  'united states attorney',
  'county attorney',
  'district attorney',
  'special agent',
  'king',
  'queen',
  'crown prince',
  'prince',
  'princess',
  'sultan',
  'monarch',
  'emir',
  'ayatollah',
  'supreme leader',
  // The pope is the Holy See's head of state ("Pope Francis"). A bishop's office is a church's, which the guide's list
  // does not name, but the dev golds type its holders official six times of seven ("bishop of the Diocese of Jujuy",
  // "Vatican archbishop Charles Scicluna", "Cardinal Marc Ouellet of the Holy See"; only a retired "Archbishop Tutu" is a
  // citizen): one who speaks from a church's office, as an officer of a body does.
  'pope',
  'archbishop',
  'bishop',
  'cardinal',
  'major general',
  'brigadier general',
  'lieutenant general',
  'gen.',
  'brig. gen.',
  'maj. gen.',
  'lt. gen.',
  'admiral',
  'adm.',
  'colonel',
  'col.',
  'lt. col.',
  'maj.',
  'lieutenant',
  'lt.',
  'capt.',
  'cmdr.',
  'sergeant',
  'sgt.',
  'sgt',
  'staff sgt.',
  'command sgt. maj.',
  'spc.',
  'pfc.',
  'cpl.',
  'police officer',
  'trooper',
  'marshal',
  // "Presidential Innovation Fellow Chris Goranson" (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03): a
  // post of GSA's Presidential Innovation Fellows programme, a federal office whatever body the fellow is placed in.
  'presidential innovation fellow',
  'national security adviser',
  'national security advisor',
  'chief of staff',
  // A member of the US House or a state's house, not someone who speaks for another: "US Representative Elijah Cummings".
  'u.s. representative',
  'us representative',
  'united states representative',
  'state representative',
  // "Senate minority leader Chuck Schumer", "Democrat Chuck Schumer, the Senate minority leader,": a legislature's party
  // leaders and whips hold its offices (wikinews-gsa-begins-presidential-transition-biden-2020-11-26).
  // "US Undersecretary Burns" (wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21), "Cuban vice-premier Carlos Lage"
  // (wikinews-castro-recovering-following-surgery-2006-08-06): a government's second ranks, and a monarch ("Emperor Akihito").
  'undersecretary',
  'under secretary',
  'vice-premier',
  'vice premier',
  'emperor',
  'empress',
  'minority leader',
  'majority leader',
  'minority whip',
  'majority whip',
];

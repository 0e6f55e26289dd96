/** Word lists the engine reads text with. Lower case unless the entry is a proper name. */

/** Verbs that attribute speech: the attribution cue's verb. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'told', 'tells', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'emphasizes', 'emphasises', 'warned', 'warns', 'explained', 'explains', 'asked', 'asks', 'insisted', 'insists', 'argued', 'argues',
  'claimed', 'claims', 'declared', 'declares', 'announced', 'announces', 'wrote', 'writes', 'replied', 'replies', 'responded',
  'responds', 'recalled', 'recalls', 'continued', 'continues', 'concluded', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'agreed', 'urged', 'urges', 'called', 'calls', 'described', 'describes', 'praised', 'praises', 'thanked', 'thanks', 'voiced',
  'voices', 'expressed', 'expresses', 'stated', 'states', 'remarked', 'commented', 'observed', 'suggested', 'suggests', 'confirmed',
  'confirms', 'denied', 'denies', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'predicted', 'predicts', 'cautioned',
  'cautions', 'complained', 'complains', 'joked', 'jokes', 'shouted', 'whispered', 'reiterated', 'reiterates', 'pointed', 'points',
  'underlined', 'underscored', 'highlighted', 'maintained', 'maintains', 'conceded', 'concedes', 'welcomed', 'welcomes', 'condemned',
  'condemns', 'hailed', 'hails', 'dubbed', 'termed', 'revealed', 'reveals', 'reported', 'reports', 'indicated', 'indicates',
  'estimated', 'estimates', 'wondered', 'mused', 'quipped', 'added', 'answered', 'answers', 'recounted', 'recounts', 'remembered',
  'boasted', 'lamented', 'laments', 'countered', 'counters', 'objected', 'retorted', 'signaled', 'signalled', 'assured', 'assures',
  'demanded', 'demands', 'accused', 'accuses', 'blamed', 'blames', 'criticized', 'criticised', 'criticizes',
  'tweeted', 'posted', 'adding', 'saying', 'noting', 'stressing', 'warning', 'insisting', 'arguing', 'explaining', 'stating',
  'emphasizing', 'emphasising', 'claiming', 'acknowledging', 'admitting', 'urging', 'vowing', 'pledging', 'questioned', 'questions',
] as const;

const SPEECH_VERB_SET = new Set<string>(SPEECH_VERBS);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERB_SET.has(word.toLowerCase());
}

/** Verbs that name what somebody said only through a quote ("called the unrest 'an act of …'"). */
export const QUOTE_ONLY_VERBS = new Set(['called', 'calls', 'described', 'describes', 'dubbed', 'termed', 'hailed', 'hails', 'asked', 'asks', 'wondered', 'accused', 'accuses', 'blamed', 'blames', 'criticized', 'criticised', 'criticizes', 'condemned', 'condemns', 'posted', 'tweeted', 'shouted', 'whispered', 'joked', 'quipped', 'mused', 'retorted']);

/** Verbs whose object, not a that-clause, is what was said: "thanked A for B", "praised A". */
export const OBJECT_SPEECH_VERBS = new Set(['thanked', 'thanks', 'praised', 'praises', 'welcomed', 'welcomes', 'voiced', 'voices', 'expressed', 'expresses', 'urged', 'urges', 'reiterated', 'reiterates', 'underlined', 'underscored']);

/** Words that may sit between a speaker and the verb: "Putin also said", "Tokayev in turn thanked". */
export const ADVERBS = new Set(['also', 'then', 'later', 'further', 'again', 'however', 'meanwhile', 'earlier', 'previously', 'recently', 'once', 'first', 'finally', 'quickly', 'simply', 'only', 'repeatedly', 'publicly', 'privately', 'separately', 'similarly', 'likewise', 'additionally', 'subsequently', 'firmly', 'openly', 'bluntly', 'flatly', 'angrily', 'calmly', 'quietly', 'often', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'had', 'has', 'previously', 'personally', 'jokingly', 'frankly', 'reportedly', 'yesterday', 'today', 'tonight', 'separately', 'immediately', 'directly']);

/** Personal titles written before a name, capitalised or not. */
export const TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Finance Minister', 'Minister', 'Secretary', 'Secretary of State', 'Secretary-General', 'Chancellor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Gov.', 'Governor', 'Mayor', 'Judge', 'Justice', 'Chief Justice',
  'General', 'Gen.', 'Col.', 'Colonel', 'Lt.', 'Lieutenant', 'Sgt.', 'Sergeant', 'Capt.', 'Captain', 'Major', 'Admiral', 'Commander',
  'Officer', 'Detective', 'Inspector', 'Chief', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs', 'Ms',
  'Sir', 'Dame', 'Lord', 'Lady', 'Ambassador', 'Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Councillor', 'Councilor',
  'Councilwoman', 'Councilman', 'Coach', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Father', 'Sheikh', 'Emir', 'Crown Prince',
  'Premier', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Director', 'Director-General', 'Director General', 'Commissioner', 'Speaker',
  'Leader', 'Attorney General', 'Sheriff', 'Deputy', 'Assistant', 'Adviser', 'Advisor', 'Superintendent', 'Constable', 'Officer',
  'Chief Executive', 'Chief Executive Officer', 'Chief Financial Officer', 'Chief Operating Officer', 'Executive', 'President-elect',
  'Ayatollah', 'Supreme Leader', 'Coun.', 'Councilmember', 'Rev.', 'Reverend', 'Sgt', 'Supt.', 'Cmdr.', 'Adm.', 'Maj.',
];

/** Role nouns that stand for a person: "the president", "a spokesman for the ministry". */
export const PERSON_ROLE_NOUNS = [
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'foreign minister', 'secretary-general',
  'secretary general', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'leader', 'mayor', 'governor', 'senator',
  'ambassador', 'envoy', 'diplomat', 'ceo', 'chief executive', 'chairman', 'chairwoman', 'chair', 'director', 'director-general',
  'founder', 'analyst', 'economist', 'professor', 'researcher', 'scientist', 'doctor', 'coach', 'manager', 'captain', 'lawyer',
  'attorney', 'prosecutor', 'judge', 'king', 'queen', 'monarch', 'general', 'commander', 'officer', 'sergeant', 'detective', 'chief',
  'head', 'author', 'expert', 'witness', 'resident', 'councillor', 'councilor', 'councilwoman', 'councilman', 'developer', 'nurse',
  'teacher', 'student', 'owner', 'farmer', 'activist', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'candidate',
  'commissioner', 'inspector', 'sheriff', 'pope', 'emir', 'sheikh', 'mother', 'father', 'woman', 'man', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'athlete', 'runner', 'champion', 'veteran', 'engineer', 'physicist', 'biologist', 'historian', 'writer',
  'fisherman', 'driver', 'shopkeeper', 'pilot', 'worker', 'volunteer', 'firefighter', 'paramedic', 'priest', 'councillor', 'organiser', 'organizer',
];

/** Nouns that stand for an organisation: "the ministry said", "the company said in a statement". */
export const ORG_ROLE_NOUNS = [
  'ministry', 'company', 'firm', 'group', 'agency', 'government', 'council', 'committee', 'commission', 'court', 'bank', 'organization',
  'organisation', 'department', 'office', 'administration', 'embassy', 'kremlin', 'white house', 'pentagon', 'police', 'army',
  'military', 'party', 'union', 'alliance', 'bloc', 'board', 'authority', 'authorities', 'regulator', 'watchdog', 'club', 'team',
  'university', 'institute', 'school', 'hospital', 'airline', 'carrier', 'startup', 'chipmaker', 'automaker', 'lender', 'insurer',
  'retailer', 'manufacturer', 'network', 'channel', 'newspaper', 'broadcaster', 'foundation', 'charity', 'campaign', 'city',
  'county', 'state', 'parliament', 'senate', 'congress', 'cabinet', 'secretariat', 'study', 'report', 'survey', 'statement',
];

/** Words that end an organisation's name. */
export const ORG_HEADS = new Set([
  'Organization', 'Organisation', 'Agency', 'Ministry', 'Council', 'Committee', 'Union', 'Party', 'Bank', 'Fund', 'Association',
  'Institute', 'Institution', 'University', 'College', 'School', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC',
  'Company', 'Co.', 'Group', 'Commission', 'Department', 'Office', 'Service', 'Services', 'Court', 'Parliament', 'Congress', 'Senate',
  'Assembly', 'Forces', 'Army', 'Navy', 'Police', 'Network', 'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette',
  'Foundation', 'Federation', 'Alliance', 'Authority', 'Board', 'Bureau', 'Club', 'Society', 'Trust', 'Press', 'Ledger',
  'Movement', 'Coalition', 'Council', 'Cabinet', 'Secretariat', 'Administration', 'Hospital', 'Clinic', 'Laboratory', 'Laboratories',
  'Labs', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Technology', 'Systems', 'Holdings', 'Partners', 'Capital', 'Media',
  'Broadcasting', 'Television', 'Radio', 'Agency', 'Guard', 'Directorate', 'Program', 'Programme', 'Mission', 'Embassy', 'Consulate',
  'Nations', 'Exchange', 'Reserve', 'Treasury', 'Pentagon', 'Kremlin', 'Unit', 'Initiative', 'Project', 'Team', 'Church', 'Museum',
  'Bloc', 'Summit', 'Forum', 'Conference', 'Games', 'Cup', 'League', 'Republicans', 'Democrats', 'Semiconductor', 'Semiconductors',
  'Electronics', 'Software', 'Networks', 'Biotech', 'Chemicals', 'Steel', 'Mining', 'Resources', 'Logistics', 'Solutions',
  'Industries', 'Enterprises', 'Ventures', 'Homes', 'Energy', 'Pharmaceuticals', 'Therapeutics', 'Insurance', 'Coalition',
]);

/** Organisations known by name alone (news agencies, blocs, bodies that speak). */
export const KNOWN_ORGS = new Set([
  'Reuters', 'AFP', 'AP', 'Associated Press', 'Xinhua', 'CGTN', 'BBC', 'CNN', 'TASS', 'RIA', 'RIA Novosti', 'Interfax', 'Bloomberg',
  'Kyodo', 'Yonhap', 'Al Jazeera', 'NPR', 'Getty Images', 'Getty', 'EPA', 'NATO', 'UN', 'U.N.', 'EU', 'ASEAN', 'OPEC', 'WHO', 'IMF',
  'CSTO', 'SCO', 'BRICS', 'G7', 'G20', 'OSCE', 'UNESCO', 'UNICEF', 'WTO', 'FIFA', 'IOC', 'Kremlin', 'White House', 'Pentagon',
  'Congress', 'Senate', 'Parliament', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Nvidia', 'Intel', 'Tesla',
  'Samsung', 'Huawei', 'Alibaba', 'Tencent', 'Toyota', 'Boeing', 'Airbus', 'Gazprom', 'Rosneft', 'Hamas', 'Hezbollah', 'Taliban',
  'Bernstein', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'Citi', 'Moody\'s', 'Fitch', 'Nasdaq', 'Twitter', 'X', 'OpenAI',
  'Red Cross', 'Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'European Commission',
  'European Union', 'United Nations', 'World Bank', 'Federal Reserve', 'Fed', 'FBI', 'CIA', 'NASA', 'SEC', 'FDA', 'CDC', 'EPA',
]);

/** Countries, with the adjective that goes with each ("Russian President" → President of Russia). */
export const COUNTRIES: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['Afghanistan', ['Afghan']], ['Albania', ['Albanian']], ['Algeria', ['Algerian']], ['Argentina', ['Argentine', 'Argentinian']],
  ['Armenia', ['Armenian']], ['Australia', ['Australian']], ['Austria', ['Austrian']], ['Azerbaijan', ['Azerbaijani', 'Azeri']],
  ['Bahrain', ['Bahraini']], ['Bangladesh', ['Bangladeshi']], ['Belarus', ['Belarusian']], ['Belgium', ['Belgian']],
  ['Bolivia', ['Bolivian']], ['Bosnia', ['Bosnian']], ['Brazil', ['Brazilian']], ['Bulgaria', ['Bulgarian']], ['Cambodia', ['Cambodian']],
  ['Cameroon', ['Cameroonian']], ['Canada', ['Canadian']], ['Chile', ['Chilean']], ['China', ['Chinese']], ['Colombia', ['Colombian']],
  ['Croatia', ['Croatian']], ['Cuba', ['Cuban']], ['Cyprus', ['Cypriot']], ['Czech Republic', ['Czech']], ['Czechia', ['Czech']],
  ['Denmark', ['Danish']], ['Ecuador', ['Ecuadorian']], ['Egypt', ['Egyptian']], ['Estonia', ['Estonian']], ['Ethiopia', ['Ethiopian']],
  ['Finland', ['Finnish']], ['France', ['French']], ['Georgia', ['Georgian']], ['Germany', ['German']], ['Ghana', ['Ghanaian']],
  ['Greece', ['Greek']], ['Hungary', ['Hungarian']], ['Iceland', ['Icelandic']], ['India', ['Indian']], ['Indonesia', ['Indonesian']],
  ['Iran', ['Iranian']], ['Iraq', ['Iraqi']], ['Ireland', ['Irish']], ['Israel', ['Israeli']], ['Italy', ['Italian']],
  ['Japan', ['Japanese']], ['Jordan', ['Jordanian']], ['Kazakhstan', ['Kazakh', 'Kazakhstani']], ['Kenya', ['Kenyan']],
  ['Kosovo', ['Kosovar']], ['Kuwait', ['Kuwaiti']], ['Kyrgyzstan', ['Kyrgyz']], ['Laos', ['Lao', 'Laotian']], ['Latvia', ['Latvian']],
  ['Lebanon', ['Lebanese']], ['Libya', ['Libyan']], ['Lithuania', ['Lithuanian']], ['Luxembourg', ['Luxembourgish']],
  ['Malaysia', ['Malaysian']], ['Mali', ['Malian']], ['Mexico', ['Mexican']], ['Moldova', ['Moldovan']], ['Mongolia', ['Mongolian']],
  ['Morocco', ['Moroccan']], ['Myanmar', ['Myanmar', 'Burmese']], ['Nepal', ['Nepali', 'Nepalese']], ['Netherlands', ['Dutch']],
  ['New Zealand', ['New Zealand']], ['Nicaragua', ['Nicaraguan']], ['Niger', ['Nigerien']], ['Nigeria', ['Nigerian']],
  ['North Korea', ['North Korean']], ['Norway', ['Norwegian']], ['Oman', ['Omani']], ['Pakistan', ['Pakistani']],
  ['Palestine', ['Palestinian']], ['Panama', ['Panamanian']], ['Peru', ['Peruvian']], ['Philippines', ['Philippine', 'Filipino']],
  ['Poland', ['Polish']], ['Portugal', ['Portuguese']], ['Qatar', ['Qatari']], ['Romania', ['Romanian']], ['Russia', ['Russian']],
  ['Rwanda', ['Rwandan']], ['Saudi Arabia', ['Saudi']], ['Senegal', ['Senegalese']], ['Serbia', ['Serbian']], ['Singapore', ['Singaporean']],
  ['Slovakia', ['Slovak']], ['Slovenia', ['Slovenian']], ['Somalia', ['Somali']], ['South Africa', ['South African']],
  ['South Korea', ['South Korean']], ['Spain', ['Spanish']], ['Sri Lanka', ['Sri Lankan']], ['Sudan', ['Sudanese']], ['Sweden', ['Swedish']],
  ['Switzerland', ['Swiss']], ['Syria', ['Syrian']], ['Taiwan', ['Taiwanese']], ['Tajikistan', ['Tajik']], ['Tanzania', ['Tanzanian']],
  ['Thailand', ['Thai']], ['Tunisia', ['Tunisian']], ['Turkey', ['Turkish']], ['Turkmenistan', ['Turkmen']], ['Uganda', ['Ugandan']],
  ['Ukraine', ['Ukrainian']], ['United Arab Emirates', ['Emirati']], ['United Kingdom', ['British']], ['Britain', ['British']],
  ['United States', ['American', 'U.S.', 'US']], ['Uruguay', ['Uruguayan']], ['Uzbekistan', ['Uzbek']], ['Venezuela', ['Venezuelan']],
  ['Vietnam', ['Vietnamese']], ['Yemen', ['Yemeni']], ['Zambia', ['Zambian']], ['Zimbabwe', ['Zimbabwean']], ['England', ['English']],
  ['Scotland', ['Scottish']], ['Wales', ['Welsh']],
];

/** Other places: continents, regions, cities. */
export const OTHER_PLACES = [
  'Africa', 'Asia', 'Europe', 'Eurasia', 'North America', 'South America', 'Latin America', 'Middle East', 'Central Asia',
  'Southeast Asia', 'East Asia', 'Antarctica', 'Arctic', 'Oceania', 'Balkans', 'Caucasus', 'Crimea', 'Donbas', 'Gaza', 'West Bank',
  'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Siberia', 'Scandinavia', 'Pacific', 'Atlantic', 'Mediterranean',
  'Black Sea', 'Baltic', 'Persian Gulf', 'Gulf', 'Red Sea', 'South China Sea', 'Moscow', 'Beijing', 'Shanghai', 'Washington',
  'New York', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Tokyo', 'Seoul', 'Delhi', 'New Delhi', 'Mumbai', 'Kyiv', 'Kiev',
  'Minsk', 'Astana', 'Nur-Sultan', 'Almaty', 'Tashkent', 'Bishkek', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Jerusalem',
  'Tel Aviv', 'Cairo', 'Istanbul', 'Ankara', 'Riyadh', 'Dubai', 'Abu Dhabi', 'Doha', 'Brussels', 'Geneva', 'Vienna', 'Warsaw',
  'Prague', 'Budapest', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Amsterdam', 'Lisbon', 'Athens', 'Dublin', 'Edinburgh',
  'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Chicago', 'Los Angeles', 'San Francisco', 'Boston', 'Seattle', 'Houston', 'Miami',
  'Atlanta', 'Dallas', 'Denver', 'Phoenix', 'Philadelphia', 'Detroit', 'Mexico City', 'Sao Paulo', 'Rio de Janeiro', 'Buenos Aires',
  'Lima', 'Bogota', 'Santiago', 'Caracas', 'Havana', 'Sydney', 'Melbourne', 'Canberra', 'Auckland', 'Wellington', 'Singapore',
  'Jakarta', 'Manila', 'Bangkok', 'Hanoi', 'Kuala Lumpur', 'Taipei', 'Islamabad', 'Karachi', 'Lahore', 'Kabul', 'Dhaka',
  'Nairobi', 'Lagos', 'Johannesburg', 'Cape Town', 'Addis Ababa', 'St. Petersburg', 'Saint Petersburg', 'Kremlin', 'Europe',
  'Silicon Valley', 'Wall Street', 'Brooklyn', 'Manhattan', 'California', 'Texas', 'Florida', 'Ohio', 'Michigan', 'Virginia',
  'Georgia', 'Bavaria', 'Catalonia', 'Quebec', 'Ontario', 'Kherson', 'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Donetsk', 'Luhansk',
  'Taiwan Strait',
];

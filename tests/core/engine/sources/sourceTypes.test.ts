import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/sourceTypes.ts: what kind of voice each speaker is, from the role words the article gives them, with the
// words that show it; unknown when no role word says. Sentences copied from the dev half of tests/fixtures/real and
// the bundled CGTN article.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'a title with a nationality before the name: official (the bundled CGTN article)',
    'Vladimir Putin',
    [
      "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
      'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
    ],
    ['official', 'Russian President'],
  ],
  [
    'the head of an office the words tie to a government: official (usgov-doj-russian-intelligence-spear-phishing-domains)',
    'Paul Abbate',
    [
      'Justice Department Disrupts Russian Intelligence Spear-Phishing Efforts',
      '“Working in close collaboration with public and private sector partners—in this case through the execution of domain seizures — we remain in prime position to counter and defeat a broad range of cyber threats posed by adversaries,” said FBI Deputy Director Paul Abbate. “Our efforts to prevent the theft of information by state-sponsored criminal actors are relentless, and we will continue our work in this arena with partners who share our common goals.”',
    ],
    ['official', 'FBI Deputy Director'],
  ],
  [
    'a performer, a shock jock: citizens on their own work (wikinews-radio-host-don-imus-dies)',
    'Howard Stern',
    ['Radio host Don Imus dies aged 79', 'Former coworker and long time rival shock jock Howard Stern said, "He was a genius. It was an honor to know him."'],
    ['citizen', 'shock jock'],
  ],
  [
    'a writer and performer named after the show they work on: citizen (wikinews-radio-host-don-imus-dies)',
    'Rob Bartlett',
    ['Radio host Don Imus dies aged 79', 'Longtime Imus in the Morning writer and performer Rob Bartlett said, "He was the best boss anyone could have."'],
    ['citizen', 'Morning writer and performer'],
  ],
  [
    'the head of a body that is no government speaks for it: spokesperson (usgov-nasa-marshall-beam-color-of-space)',
    'Nick Benjamin',
    [
      'Marshall’s BEAM group hosts “The Color of Space”',
      '“We hope to foster a deeper understanding of the diverse narratives within the Black community that are sometimes overlooked and misunderstood,” said Nick Benjamin, president of BEAM, and a payload operations director at Marshall. “Our aim is not only to commemorate the past but also to inspire ongoing conversations, awareness, and actions that promote equity, inclusivity, and positive change.”',
    ],
    ['spokesperson', 'president of BEAM'],
  ],
  [
    'the chairman of a residents association: spokesperson (voa-zimbabwe-harare-proposes-demolitions)',
    'Simbarashe Moyo',
    [
      "'Operation Murambatsvina' Recalled As Zimbabwe Capital Proposes Demolitions",
      'Simbarashe Moyo, chairman of the Combined Harare Residents Association, said the pending demolition exercise seems to target officials of the former ruling ZANU-PF party who have built many illegal structures and are not paying taxes to the city council.',
    ],
    ['spokesperson', 'chairman of the Combined Harare Residents Association'],
  ],
  [
    'a head written before the name, of a council that is a charity: spokesperson, no official (wikinews-uk-asylum-questionnaire)',
    'Enver Solomon',
    [
      'UK Home Office asylum questionnaire criticised',
      'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles and threats of applications being withdrawn."',
    ],
    ['spokesperson', 'CEO of the Refugee Council'],
  ],
  [
    'a capitalised title after a modifier is still a title: official (gv-malawi-bloggers-joyce-banda)',
    'Joyce Banda',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'My favourate quotes of President Joyce Banda remain when she spoke after attacks on women in Lilongwe and someone tried to misintepret. She said it was a sympton of the larger problem among te youth.',
    ],
    ['official', 'New President'],
  ],
  [
    'a military rank with its class before the name: official (usgov-army-bmc-combat-veterans-nie)',
    'Luis Pumisacho',
    [
      'Seasoned combat veterans use their experience at NIEs',
      "Sgt. 1st Class Luis Pumisacho from New York City and Sgt. 1st Class Alex Diaz from Houston are both senior Field Artillery noncommissioned officers (NCOs) assigned to BMC's Brigade Modernization Integration Directorate.",
      '"The system had efficient shelters for the Base Operations and TOC, which were co-located with current operations," Pumisacho said.',
    ],
    ['official', 'Sgt. 1st Class'],
  ],
  [
    'a role noun written before the name, after "As": a strategist is an expert (gv-russia-governor-resignations)',
    'Gleb Pavlovsky',
    [
      'Russia: Governor Resignations',
      'As political strategist Gleb Pavlovsky told a Perm website, once Basargin has established himself, “he will head the region, whether Perm wills it or not.” [ru]',
    ],
    ['expert', 'strategist'],
  ],
  [
    'two roles before the name: the first one the article gives, economist, makes an expert (gv-russia-governor-resignations)',
    'Sergei Aleksashenko',
    [
      'Russia: Governor Resignations',
      'Economist and blogger Sergei Aleksashenko believes that Chirkunov was forced out for delivering low results in recent parliamentary elections [ru].',
    ],
    ['expert', 'Economist and blogger'],
  ],
  [
    'a pupil named by their grade: citizen (usgov-nasa-kennedy-students-earth-day-panel)',
    'Zoe Oderman',
    [
      'NASA Kennedy hosts students for Earth Day panel',
      'Students like 7th grader Zoe Oderman were fascinated by the coexistence of nature and technology across the spaceport. “The Vehicle Assembly Building was awesome, but I love that the beaches at Kennedy Space Center give turtles a place to lay their eggs, because other places in the area don’t,” Oderman said.',
    ],
    ['citizen', 'grader'],
  ],
  [
    'an engineer in an appositive, however long its complement: expert (usgov-nasa-dart-dimorphos-shape)',
    'Shantanu Naidu',
    [
      'NASA Study: Asteroid’s Orbit, Shape Changed After DART Impact',
      '“When DART made impact, things got very interesting,” said Shantanu Naidu, a navigation engineer at NASA’s Jet Propulsion Laboratory in Southern California, who led the study.',
    ],
    ['expert', 'a navigation engineer at NASA’s Jet Propulsion Laboratory in Southern California'],
  ],
  [
    'a journalist writing on their own blog is a citizen (gv-malawi-bloggers-joyce-banda)',
    'Kondwani Munthali',
    [
      'Malawi: Reactions to New President',
      "In a detailed post titled 'Joyce Banda I know and trust', journalist Kondwani Munthali chronicles his own admiration of Joyce Banda. Having known her from his youth, he states:",
      'Joyce Banda is a woman I believe in and trust.',
    ],
    ['citizen', 'journalist'],
  ],
  [
    'a name followed by the body it speaks for, with no role word: spokesperson (wikinews-australian-children-iodine-deficiency)',
    'Lydia Buchtmann',
    [
      'Australian children suffering iodine deficiency',
      'Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at mandatory guidelines on iodine by the end of the year.',
    ],
    ['spokesperson', 'Lydia Buchtmann for Food Standards Australia New Zealand'],
  ],
  [
    'a person with no role of their own in a round-up whose headline names bloggers: citizen (gv-malawi-bloggers-joyce-banda)',
    'Richard Chirombo',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      "Richard Chirombo says that Malawians should expect more from Malawi's ‘accidental' President:",
      'Malawians should expect more from her.',
    ],
    ['citizen', 'Bloggers'],
  ],
  [
    "a sentence that ends in a role and a name gives the next sentence's name no title (voa-liberia-weah-claims-misrepresented)",
    'Weah',
    [
      'Defeated Liberian Presidential Candidate Weah Claims To Be Misrepresented',
      'He lost the presidential run-off in November to former finance minister Ellen Johnson-Sirleaf. Mr. Weah spoke to English to Africa reporter Ruby Ofori by mobile phone from Monrovia. Mr. Weah says, "I know that I’m a noble person."',
    ],
    ['unknown', undefined],
  ],
  [
    'a title set off by commas at the opening of a sentence (wikinews-interviews-new-york-bar-owner-santorum-cocktail)',
    'Jonathan M. Stan',
    [
      'Wikinews interviews New York bar owner on Santorum cocktail',
      'Pacific Standard owner, Jonathan M. Stan, displays the Santorum cocktail drink as a finished product at the bar.',
      "Stan commented on the creation of the Santorum cocktail, \"When he was winning in the polls, I thought, 'OK, I'll do a Santorum'.\"",
    ],
    ['citizen', 'Pacific Standard owner'],
  ],
  [
    'a campaigner for a body the words name speaks for it: spokesperson (wikinews-uk-asylum-questionnaire)',
    'Caitlin Boswell',
    [
      'UK Home Office asylum questionnaire criticised',
      'It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "People fleeing desperate circumstances clearly need this government to make the system work."',
    ],
    ['spokesperson', 'Immigrants campaigner'],
  ],
  [
    'an office held at a federal agency named by its initials: official (usgov-gsa-nps-find-your-park-centennial)',
    'Nana Efua Embil',
    [
      'Find Your Park: NPS Centennial',
      'Nana Efua Embil, Assistant Centennial Coordinator for NPS, said that the goal of the FYP website aligns with the overall NPS centennial goal: connecting with and creating the next generation of park visitors, supporters, and advocates.',
    ],
    ['official', 'Assistant Centennial Coordinator for NPS'],
  ],
  [
    'a panellist with no role word of their own, where the opening says the panel gathered experts: expert (usgov-nasa-kennedy-students-earth-day-panel)',
    'Bob Kline',
    [
      'Students Celebrate Rockets, Environment at NASA’s Kennedy Space Center',
      'On hand were NASA environmental and educational experts who discussed Kennedy’s unique role balancing space launch technology and protected habitat, the center’s new electric vehicle charging stations, and NASA’s Earthrise educational initiative.',
      'Bob Kline, acting chief of Kennedy’s Environmental Assurance Branch, helped students learn about the importance of protecting the habitat that is refuge to more than 1,500 species of plants and animals.',
      '“Because we’re a wildlife refuge, it’s easy to think the launches would impact the wildlife, but it’s mostly the buildings that might get impacted by wildlife trying to live on them,” said Kline.',
    ],
    ['expert', 'experts'],
  ],
  [
    'someone of a news outlet, writing their own view: citizen (wikinews-interviews-new-york-bar-owner-santorum-cocktail)',
    'Troy Patterson',
    [
      'Wikinews interviews New York bar owner on Santorum cocktail',
      'Troy Patterson of Slate Magazine ventured over to Pacific Standard to sample the new santorum cocktail at the bar. After tasting the beverage, Patterson observed, "My Santorum was sweet but balanced, with a subtle citrus pucker".',
    ],
    ['citizen', 'Troy Patterson of Slate Magazine'],
  ],
  [
    'what the text says a name is: a spokesman, spokesperson (voa-zimbabwe-mdc-accuses-government-threatening-leader)',
    'Nelson Chamisa',
    [
      "Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader",
      'Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”',
    ],
    ['spokesperson', 'a spokesman for the opposition MDC'],
  ],
  [
    'what the text says a name is, up to the body’s initials in brackets: a spokesman, spokesperson (voa-somali-refugees-more-aid-needed-kenya)',
    'Emanuel Nyabera',
    [
      'More Aid Need for Somali Refugees, As More Cross the Border into Kenya',
      'Emanuel Nyabera is a spokesman for the UN refugee agency (UNHCR). From Dadaab, he spoke to VOA English to Africa Service reporter Joe De Capua about conditions there.',
      'Asked about the number of refugees there, Nyabera says, “We have currently around 140,000 refugees in Dadaab. And that is a complex that is made up of three difference camps.”',
    ],
    ['spokesperson', 'a spokesman for the UN refugee agency'],
  ],
  [
    'a role noun before the name: a political scientist is an expert (gv-malawi-bloggers-joyce-banda)',
    'Boni Dulani',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'Her new cabinet has also attracted reactions from bloggers. Political scientist Boni Dulani says that he should be excused for being very skeptical given the composition of her new team:',
    ],
    ['expert', 'Political scientist'],
  ],
  [
    'a blogger giving their opinion is a citizen (gv-russia-governor-resignations)',
    'Oleg Kozyrev',
    [
      'Russia: Governor Resignations',
      'But with the appointment of his replacement elections will not happen for another five years. Opposition activist/blogger Oleg Kozyrev calls this “electoral theft” [ru] and a conscious plan of deception.',
    ],
    ['citizen', 'blogger'],
  ],
  [
    'an organisation that speaks is an organisation (voa-zimbabwe-harare-proposes-demolitions)',
    'Harare City Council',
    [
      "'Operation Murambatsvina' Recalled As Zimbabwe Capital Proposes Demolitions",
      'Four years after Operation Murambatsvina, the forced eviction and demolition operation that was carried out by the previous government of Zimbabwe displacing hundreds of thousands of people, the Harare City Council has announced that it will destroy illegal structures that have mushroomed in the capital since the traumatic 2005 operation.',
    ],
    ['organisation', 'Harare City Council'],
  ],
  [
    'one no role word describes who wrote the words: a citizen giving their view (gv-indonesia-governor-middle-finger)',
    'Pangeran Siahaan',
    [
      'Indonesia: Governor Shows Middle Finger',
      'Pangeran Siahaan wrote a column on the issue and tried to understand:',
      'With his middle finger raised and the fatherly smile glued on his face, the same smile that can be seen on billboards around the capital, the governor looked cool and firm. It’s some sort of a non-verbal communication that reflects his thoughts on the people....',
    ],
    ['citizen', 'Pangeran Siahaan wrote'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

test('only speakers are given a type: a person who says nothing has none (the bundled CGTN article)', () => {
  const article = analyze(
    "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
  );
  expect(article.entities.find((e) => e.name === 'Kassym-Jomart Tokayev')?.sourceType).toBeUndefined();
});

// Global Voices round-ups from /tmp/fresh (CC BY), in neither half of tests/fixtures/real.
test('a user posting under a handle in a round-up of reactions is a citizen; an account in capitals stays an organisation', () => {
  const article = analyze(
    'Indonesia: Lady Gaga Permit Denied',
    'Netizens reacted on Twitter.',
    '@ginaignasia: Lady Gaga is not coming to Jakarta, what a pity.',
    '@WHO: We are following the situation closely.',
  );
  expect(typeOf(article, '@ginaignasia')).toEqual(['citizen', '@ginaignasia']);
  expect(typeOf(article, '@WHO')[0]).toBe('organisation');
});

test('a Weibo user posting under a handle in Chinese is a citizen (gv-china-al-jazeera-melissa-chan-expelled)', () => {
  const article = analyze(
    'China: Al Jazeera Reporter Melissa Chan Expelled',
    'There are relatively few discussions within the Chinese blogosphere.',
    '@毛聊：“半岛”怎说也是第三世界媒体，不依附西方媒体，这样都容不下，何以服第三世界。',
    '@毛聊：Al Jazeera is a third-world media and is independent from western media. If China cannot allow them to operate here, how can we lead the third world?',
  );
  expect(typeOf(article, '@毛聊')[0]).toBe('citizen');
});

test("a user's original words labelled without the @ and the translation labelled with it are one citizen (gv-china-beijing-daily-gary-locke-propaganda)", () => {
  const article = analyze(
    'China: Beijing Daily Attacks Gary Locke',
    'China Media Project has translated some of the immediate responses from Sina Weibo:',
    'buckforland：北京日报挺幽默的，一巴掌打过去竟打回自己的脸上了。',
    '@buckforland [zh]: Beijing Daily is quite hilarious. It just punched its own face.',
  );
  const users = article.entities.filter((e) => e.name.replace(/^@/, '') === 'buckforland');
  expect(users.map((e) => [e.name, e.aliases, e.sourceType])).toEqual([['buckforland', ['@buckforland'], 'citizen']]);
});

// Role words the lexicon lacked, in sentences written as AP and Wikinews write them.
test.each<[string, string, string, string]>([
  ['an athlete talking about his game is a citizen', 'Shane Warne', '"We will be ready for them," said Bowler Shane Warne.', 'citizen'],
  [
    'a videoblogger giving his view is a citizen',
    'Daniel Fraga',
    'Videoblogger Daniel Fraga argues in this video that "the quotas divide the country."',
    'citizen',
  ],
  [
    'a relative of the one the story is about is a witness',
    'Charlotte Charles',
    'Charlotte Charles, the mother of Harry Dunn, said, "We want justice for our boy."',
    'witness',
  ],
  ['a crown prince is an official', 'Mohammad bin Salman', '"It happened under my watch," said Crown Prince Mohammad bin Salman.', 'official'],
  ['a secretary of an armed force is an official', 'James Roche', 'Secretary of the Air Force James Roche said, "We will review the tanker deal."', 'official'],
])('%s', (_, name, sentence, type) => {
  expect(typeOf(analyze('A headline about the news', sentence), name)[0]).toBe(type);
});

test.each<[string, string, Array<string>, [string, string]]>([
  [
    "a place's possessive title set off by commas after an opening phrase: official (wikinews-face-coverings-mandatory-england-transport)",
    'Grant Shapps',
    [
      'Face coverings to be mandatory on public transport in England',
      "Yesterday, England's transport secretary, Grant Shapps, announced that from June 15, wearing a face covering would become compulsory while riding public transport in England.",
    ],
    ['official', "England's transport secretary"],
  ],
  [
    'a title whose expansion in brackets stands before the name: official (wikinews-thousands-march-anti-brexit-protest-london)',
    'Tom Watson',
    [
      'Thousands march in anti-Brexit protest, London',
      'There were several speakers at the rally, including Labour MP (Member of Parliament) Tom Watson. Tom Watson called the deal "lousy" and said he would only vote for it with a referendum.',
    ],
    ['official', 'Labour MP'],
  ],
  [
    'the same on a fresh Wikinews page: official',
    'Kevin Conolly',
    [
      'New South Wales decriminalizes abortion',
      'Member of parliament (MP) Kevin Conolly said a law allowing the termination of a life marked a "sad day for NSW".',
    ],
    ['official', 'Member of parliament'],
  ],
])('%s', (_, name, paragraphs, expected) => {
  const [headline = '', ...rest] = paragraphs;
  expect(typeOf(analyze(headline, ...rest), name)).toEqual(expected);
});

test('a LiveJournal user named by a plain lower-case screen name is a citizen (gv-russia-open-hostility-putin-inauguration-2012-05-08)', () => {
  const article = analyze(
    "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration",
    "LJ user drugoi further condensed [ru] the causes of Sunday's events:",
    "I think that the true culprit of the events is the current regime, which, by twisting the people's arms, organized a pathetic mockery of the basic instrument of managing a democratic state - the elections.",
  );
  expect(typeOf(article, 'drugoi')).toEqual(['citizen', 'drugoi']);
});

// Global Voices, May 2012: a person quoted under their handle keeps the role the text gives them by name.
test.each<[string, string, Array<string>, string]>([
  [
    'a scholar whose tweet is quoted under a handle: expert (gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22)',
    'Gregory D. Johnsen',
    [
      'Yemen scholar Gregory D. Johnsen commented:',
      '@gregorydjohnsen: Less rumor mongering please about today\'s attack in ‪#Yemen‬. I promise it is ok to say: "I don\'t know"',
    ],
    'expert',
  ],
  [
    'a professor whose tweet is quoted under a handle: expert (gv-gulf-union-proposals-concern-2012-05-17)',
    'Madawi Al Rasheed',
    [
      'Madawi Al Rasheed, a Saudi professor of social anthropology, tweeted:',
      '@MadawiDr: الوحدة الخليجية ليست عملية مصاهرة بين البنين و البنات بل مستقبل شعوب تطمح لوحدة من نوع اخر ‎‫#اتحاد_خليجي‬',
    ],
    'expert',
  ],
  [
    'a name no role word describes, quoted under a handle, stays a citizen',
    'Mai Saleh',
    [
      'And demanding more evidence, Mai Saleh tweeted:',
      '@A4Mai: Would love to see that ‪#AQAP‬ statement in which it claimed responsibility for the attack ‪#Yemen‬',
    ],
    'citizen',
  ],
])('%s', (_, name, paragraphs, type) => {
  expect(typeOf(analyze('Yemen: Suicide Blast', ...paragraphs), name)[0]).toBe(type);
});

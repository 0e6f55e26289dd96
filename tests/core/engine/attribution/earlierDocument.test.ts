import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// earlierDocument.ts: a document named with "the" refers back to the one the text last told someone spoke in.
// Sentences verbatim from the development half (VOA 2006, public domain; Wikinews 2019, CC BY 2.5) and fresh text.

test('"The statement added that …" after "In a press statement, the MDC said …" is the MDC\'s', () => {
  const article = analyze(
    'Zimbabwe MDC Accuses Government of Threatening Leader',
    'Zimbabwe’s main opposition group, the Movement for Democratic Change, says President Robert Mugabe’s ZANU-PF government is panicking. This follows a late night address on state television by Didymus Mutasa, minister of state security, who threatened physical harm to MDC leader Morgan Tsvangirai. In a press statement, the MDC said for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking. The statement added that the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing.',
  );
  expect(attribution(article, 'the dictatorship is suffering')).toMatchObject({ speaker: 'Movement for Democratic Change', resolution: 'role' });
});

test('"According to the filing, …" after "Ford said in a financial filing …" is Ford\'s, past the filing named again with "the"', () => {
  const article = analyze(
    'DOJ investigating Ford emissions testing',
    "On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices. Ford said in a financial filing to the U.S. Securities and Exchange Commission that the criminal investigation started on some unspecified date after Ford voluntarily disclosed the matter to the federal government.",
    '"Ford is fully cooperating with the government, and we\'ll keep them posted on what we\'re finding through our investigation and technical review", Ford told The Verge. In the filing itself Ford also made this point.',
    'According to the filing, Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18, and also to the California Air Resources Board on February 21.',
  );
  expect(attribution(article, 'Ford voluntarily disclosed this matter')).toMatchObject({ speaker: 'Ford Motor Company', resolution: 'role' });
});

test('"The report said …" after "According to a 1989 report from the National Transportation Safety Board" is the board\'s', () => {
  const article = analyze(
    'World War II plane crashes in Connecticut',
    'The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, Massachusetts, and was manufactured in 1944 according to Federal Aviation Administration records. According to a 1989 report from the National Transportation Safety Board (NTSB), the same aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987. The report said there was one passenger seriously injured, and two more with minor injuries; no crew were injured.',
  );
  expect(attribution(article, 'there was one passenger seriously injured')).toMatchObject({
    speaker: 'National Transportation Safety Board',
    resolution: 'role',
  });
});

test('"The decree instructs …" after "The decree signed by the Pope read …" is the Pope\'s', () => {
  const article = analyze(
    'Pope Francis instructs reporting of sexual abuse',
    'On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to the church authorities.',
    'The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the victims; and harm the community of the faithful."',
    'The decree also mentions establishing a system to keep the identity of the victims confidential. The decree instructs archbishops to notify the Vatican City of any sexual allegations.',
  );
  expect(attribution(article, 'archbishops to notify the Vatican City')).toMatchObject({ speaker: 'Francis', resolution: 'role' });
});

test("a study released by a museum is not the museum's word", () => {
  const article = analyze(
    'Frog skull survey',
    'In a new study released by the Florida Museum of Natural History on Monday, scientists report spiky skulls evolved at least 25 separate times in different kinds of frogs.',
    'According to the study, skulls with spikes, grooves or ridges often accompanied frogs eating very large prey relative to their own body size.',
  );
  expect(attribution(article, 'skulls with spikes').speaker).not.toBe('Florida Museum of Natural History');
});

// digital.gov (public domain) and Wikinews (CC BY 2.5), fresh text.
test('"the report" stays its own where the text never told anyone spoke in it or put it out', () => {
  const darpa = analyze(
    'DARPA: A Case Study in Open Innovation',
    'Well, a new report (PDF, 336 KB, 24 pages) details how DARPA, a self-described “anti-bureaucracy,” has managed to stay innovative all these years later.',
    '“Many organizations innovate in their early years and lose that inventiveness over time,” the report states.',
  );
  expect(attribution(darpa, 'Many organizations innovate').resolution).not.toBe('role');
  const science = analyze(
    'Scientists report skyrocketing phytoplankton population in aftermath of Kīlauea eruption',
    'On Thursday, the journal Science published a report by a team from the University of Hawaii at Mānoa (UH Mānoa) and the University of Southern California (USC), saying the eruption of the Kīlauea volcano last year has been followed by a dramatic increase in the population of phytoplankton.',
    'According to the hypothesis of the report, the microbe population grew because there was suddenly a large quantity of nitrates in the water for them to feed on.',
  );
  expect(attribution(science, 'the microbe population grew').speaker).not.toBe('Science');
});

test('"read the statement" after "X released a statement saying …" is X\'s', () => {
  const article = analyze(
    'Coalition authorities report no casualties from missile strike on Iraqi air base',
    'On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.',
    'A spokesperson told the Military Times the attack took place at about 7:45 p.m. "No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;" read the statement; "we will not be deterred by these attacks and maintain the right to defend ourselves."',
  );
  expect(attribution(article, 'No Coalition troops were injured').speaker).toMatch(/Combined Joint Task Force/);
});

// wikinews-amnesty-international-iran-free-journalists-2009-06-28 (CC BY 2.5), development half.
test('"…," read the statement after "In an official release from Amnesty International …" is Amnesty International\'s', () => {
  const article = analyze(
    'Amnesty International tells Iran to free imprisoned journalists',
    'In an official release from Amnesty International put out Friday, the organization said that by their actions of imprisoning journalists, the Iranian authorities were sending a message that they were only interested in hiding information from the public. "It is shocking that journalists – whose job it is to provide information to others – are being detained, on top of all the other draconian measures the authorities have taken to restrict the free flow of information about what is really happening in Iran," read the statement.',
  );
  expect(attribution(article, 'It is shocking that journalists')).toMatchObject({ speaker: 'Amnesty International', resolution: 'role' });
});

// wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16 (CC BY 2.5), development half.
test('"According to the statement" and "Per the statement" after "her publicist Gwendolyn Quinn stated" are Quinn\'s', () => {
  const article = analyze(
    'Aretha Franklin, the Queen of Soul, dies aged 76',
    'US soul singer Aretha Franklin died in her Detroit, Michigan home on Thursday morning, her publicist Gwendolyn Quinn stated on behalf of the family. According to the statement, the official cause of death was pancreatic cancer.',
    "Aretha Franklin at Barack Obama's inauguration in 2009. Image: Cecilio Ricardo, U.S. Air Force.",
    'Per the statement, Franklin died at about 9:50 am local time, "surrounded by family and loved ones. In one of the darkest moments of our lives, we are not able to find the appropriate words to express the pain in our heart."',
  );
  expect(attribution(article, 'the official cause of death')).toMatchObject({ speaker: 'Gwendolyn Quinn', resolution: 'role' });
  expect(attribution(article, 'surrounded by family and loved ones')).toMatchObject({ speaker: 'Gwendolyn Quinn', resolution: 'role' });
});

test('"the stated aim" is no statement its subject put out', () => {
  const article = analyze(
    'Council plan',
    'The council met on Monday, and Mayor John Smith backed the stated aim of the plan. According to the statement, the plan will cost $2 million.',
  );
  expect(attribution(article, 'the plan will cost').speaker).not.toBe('John Smith');
});

test('"According to the ruling, …" after "the court issued a judgement" is the court\'s, which the text named before', () => {
  // wikinews-ecj-facebook-remove-illegal-posts-globally-2019-10-06
  const article = analyze(
    'European Court of Justice says Facebook must remove illegal posts globally',
    'On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of European Union (EU) law — ruled in regard to the case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited". The Luxembourg-based court issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria, allowing an Austrian court to require social media site Facebook to remove a post from its site made by a user in Ireland. The ruling made proclamations which analysts say could have far-reaching implications for regulation of content on the Internet beyond the borders of the EU.',
    'According to the ruling, a host, such as Facebook, must remove the original post as well as re-posts and posts which state essentially the same thing if it is deemed against the law.',
  );
  expect(attribution(article, 'a host, such as Facebook, must remove')).toMatchObject({
    speaker: 'European Court of Justice',
    cue: 'According to the ruling',
  });
});

test('a judgement\'s issuer is never the plaintiff named after "issued", even when the court is not named', () => {
  // wikinews-ecj-facebook-remove-illegal-posts-globally-2019-10-06, the court's name left out.
  const article = analyze(
    'Court says Facebook must remove illegal posts globally',
    'The Luxembourg-based court issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria, allowing an Austrian court to require social media site Facebook to remove a post from its site made by a user in Ireland.',
    'According to the ruling, a host, such as Facebook, must remove the original post as well as re-posts and posts which state essentially the same thing if it is deemed against the law.',
  );
  expect(attribution(article, 'a host, such as Facebook, must remove').speaker).not.toBe('Eva Glawischnig-Piesczek');
});

// Lane break35: a wire-style sentence in the shape of US appeals-court reports; "the ruling" had gone to the judge whose
// decision the appeals court overturned.
test('"According to the ruling" after "The appeals court overturned a decision by Judge Jane Smith" is not the judge\'s', () => {
  const overturned = analyze('Appeal', 'The appeals court overturned a decision by Judge Jane Smith. According to the ruling, the law is constitutional.');
  expect(attribution(overturned, 'the law is constitutional').speaker).toBeNull();
  const issued = analyze('Ruling', 'Judge Jane Smith issued a decision on Friday. According to the ruling, the law is constitutional.');
  expect(attribution(issued, 'the law is constitutional').speaker).toBe('Jane Smith');
});

test('"…", read the warning after "The orange warning issued by Met Éireann" is the weather service\'s', () => {
  // wikinews-hurricane-lorenzo-hits-azores-2019-10-02 (development half).
  const article = analyze(
    'Hurricane Lorenzo hits Azores, heads towards Ireland',
    'Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west. Yellow warnings were issued nationwide, while six counties on the coast received orange warnings.',
    'The orange warning issued by Met Éireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow. Though Lorenzo was forecast to diminish from a hurricane to a tropical storm, gusts of wind were forecast to reach 60–80 mph (about 95–130 km/h). "Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts", read the warning.',
  );
  expect(attribution(article, 'Storm Lorenzo will produce')).toMatchObject({ speaker: 'Met Éireann', resolution: 'role' });
});

test('a warning the text ties to no issuer leaves its words to no one', () => {
  // The same sentences without "issued by Met Éireann": nothing says whose warning it is.
  const article = analyze(
    'Hurricane Lorenzo hits Azores, heads towards Ireland',
    'Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west. Yellow warnings were issued nationwide, while six counties on the coast received orange warnings.',
    'The orange warning applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow. "Storm Lorenzo will produce significant swell, high waves and sizeable storm surges", read the warning.',
  );
  expect(attribution(article, 'Storm Lorenzo will produce')?.speaker ?? null).toBeNull();
});

test('"the statement explained" after "a statement issued by President Nicolas Sarkozy\'s office" is not Sarkozy\'s own', () => {
  // wikinews-seven-dead-french-helicopter-crash-gabon-2009-01-18 (development half): the office issued it, which the text
  // names only through its owner.
  const article = analyze(
    'Seven dead in French helicopter crash off Gabon',
    "The Eurocopter AS 532 Cougar ditched shortly into the Atlantic Ocean after leaving a French naval ship, about 50 kilometres off the coast. Seven French soldiers were killed, two were rescued, and one is still missing, according to a statement issued by President Nicolas Sarkozy's office.",
    '"Today, the wreckage of the helicopter was located at a depth of 35 metres and searched. Unfortunately, we must report the deaths of five other soldiers. A final soldier remains missing. Searches are continuing," the statement explained.',
  );
  expect(attribution(article, 'Today, the wreckage of the helicopter').speaker).not.toBe('Nicolas Sarkozy');
});

// wikinews-germany-first-novel-coronavirus-case-2020-01-28 (development half, Wikinews 2020, CC BY 2.5).
test('"…, the report said." right after "the Bavarian State Ministry … confirmed a case …" is the ministry\'s', () => {
  const article = analyze(
    'German authorities confirm first case of novel coronavirus in Germany',
    'Yesterday evening, the Bavarian State Ministry of Public Health and Health Care in Munich, Germany confirmed a case of coronavirus infection in a man from Starnberg district. The man has been isolated and is in good condition, the report said.',
  );
  expect(attribution(article, 'The man has been isolated')).toMatchObject({
    speaker: 'Bavarian State Ministry of Public Health and Health Care',
    resolution: 'role',
  });
});

test('"the report said" with no confirming or announcing body in the sentence right before stays unattributed', () => {
  const article = analyze(
    'German authorities confirm first case of novel coronavirus in Germany',
    'Yesterday evening, the Bavarian State Ministry of Public Health and Health Care in Munich, Germany confirmed a case of coronavirus infection in a man from Starnberg district.',
    'The man lives near the lake. He was flown to a clinic on Monday. The man has been isolated and is in good condition, the report said.',
  );
  expect(attribution(article, 'The man has been isolated').speaker).toBeNull();
});

// wikinews-john-paul-stevens-dies-2019-07-17 and wikinews-hurricane-lorenzo-hits-azores-2019-10-02 (CC BY 2.5), development half.
test('"The statement ascribed …" after "a statement released by the Supreme Court" is the court\'s', () => {
  const article = analyze(
    'Former US Supreme Court Justice John Paul Stevens dies aged 99',
    'John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99, according to a statement released by the Supreme Court. Stevens died in the evening with his two daughters at his bedside at Holy Cross Hospital in Fort Lauderdale, Florida. The statement ascribed his death to complications from a stroke on Monday.',
  );
  expect(attribution(article, 'his death to complications from a stroke')).toMatchObject({ speaker: 'US Supreme Court', resolution: 'role' });
});

test('"The warnings called for …" after "The orange warning issued by Met Éireann" is Met Éireann\'s', () => {
  const article = analyze(
    'Hurricane Lorenzo hits Azores',
    'Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west.',
    'The orange warning issued by Met Éireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow. The warnings called for gale force winds and heavy rain.',
  );
  expect(attribution(article, 'gale force winds and heavy rain')).toMatchObject({ speaker: 'Met Éireann', resolution: 'role' });
});

// wikinews-eu-report-israel-annexing-east-jerusalem-2009-12-03 and wikinews-gay-iranian-awaits-decision-asylum-2008-03-14
// (development half, Wikinews 2008–2009, CC BY 2.5).
test('"The report accuses …" after "A classified European Union report for 2009 says …" is the European Union\'s', () => {
  const article = analyze(
    'EU report says Israel annexing East Jerusalem',
    'A classified European Union report for 2009 says Israel is actively pursuing the annexation of east Jerusalem. The report accuses Israel of implementing an intricate policy including expanding Jewish settlements and demolishing Palestinian homes.',
  );
  expect(attribution(article, 'Israel is actively pursuing the annexation of east Jerusalem')).toMatchObject({ speaker: 'European Union' });
  expect(attribution(article, 'Israel of implementing an intricate policy')).toMatchObject({ speaker: 'European Union', resolution: 'role' });
});

test('"The resolution also stated that …" after "A resolution passed by the European Parliament" is the Parliament\'s', () => {
  const article = analyze(
    'Gay Iranian awaits decision on asylum',
    'A resolution passed by the European Parliament Thursday asked EU states "to find a common solution to ensure that Mehdi Kazemi is granted asylum or protection on EU soil and not sent back to Iran." The resolution also stated that Iranian authorities "routinely detain, torture and execute persons, notably homosexuals" and that "Mehdi\'s partner has already been executed, while his father has threatened him with death."',
  );
  expect(attribution(article, 'routinely detain, torture and execute persons, notably homosexuals')).toMatchObject({ speaker: 'European Parliament' });
});

// Near misses: a person's name before the noun is what the document is about, not who wrote it; a report the text names
// with no owner leaves "the report" with none.
test('"The report said …" after "the Ferrer report" or a report with no owner named is nobody\'s', () => {
  const ferrer = analyze(
    'Report on dissident released',
    'A long-awaited Jose Ferrer report came out on Monday. The report said the dissident had been held for a month without charge.',
  );
  expect(attribution(ferrer, 'the dissident had been held for a month without charge').speaker).toBeNull();
  const bare = analyze(
    'Report on dissident released',
    'A classified report for 2009 came out on Monday. The report said the dissident had been held for a month without charge.',
  );
  expect(attribution(bare, 'the dissident had been held for a month without charge').speaker).toBeNull();
});

// Fresh pages of session 48, now in the development half: a document brought in with three words before its noun.
describe('a document named with a year and a title', () => {
  // Wikinews, "2012 Report on Gender Equality and Development looks at women's issues in India"
  // (wikinews-2012-gender-report-womens-issues-india-2013-09-25, CC BY 2.5).
  test('"The report mentions …" after "World Bank released its 2012 World Development Report …" is the World Bank\'s', () => {
    const article = analyze(
      "2012 Report on Gender Equality and Development looks at women's issues in India",
      'Yesterday, World Bank released its 2012 World Development Report on Gender Equality and Development. India was mentioned over 300 times in the report, many more times than more developed countries like Spain which was mentioned 48 times.',
      'The report mentions the importance of gender equality for national development as it ties into improve productivity.',
    );
    expect(attribution(article, 'the importance of gender equality').speaker).toBe('World Bank');
  });

  // Wikinews, "UN report says 80 per cent of world's refugees live in poor countries" (wikinews-un-report-80-per-cent-
  // refugees-poor-countries-2011-06-20, CC BY 2.5).
  test('"The report states that …" after "the 2010 Global Trends report by the UNHCR" is the UNHCR\'s', () => {
    const article = analyze(
      "UN report says 80 per cent of world's refugees live in poor countries",
      "The majority of the world's refugees have been taken in by poor countries, according to the 2010 Global Trends report by the United Nations High Commissioner for Refugees (UNHCR) released on Monday. The report states that many of the poorest countries in the world have accommodated the largest numbers of refugees.",
    );
    expect(attribution(article, 'many of the poorest countries').speaker).toBe('United Nations High Commissioner for Refugees');
  });

  test('a report of four words before its noun is not read back to who released it', () => {
    const article = analyze(
      'Bank report',
      'Yesterday, World Bank released its big new 2012 annual report on gender. India was mentioned over 300 times.',
      'The report mentions the importance of gender equality for national development.',
    );
    expect(attribution(article, 'the importance of gender equality').speaker).not.toBe('World Bank');
  });
});

// Wikinews, "Russia confirms gay protesters will be arrested at Olympics", 2013-08-13 (CC BY 2.5), a fresh page of session 49.
describe('"The statement" right after a body confirmed or announced something', () => {
  const confirmed =
    'Russia\'s Interior Ministry confirmed yesterday that the police will enforce the law banning "propaganda of nontraditional sexual relations" during the 2014 Winter Olympics to be held in Sochi in February.';
  const statement =
    'The statement said "law enforcement agencies can have no qualms with people who harbour a nontraditional sexual orientation" so long as they do not promote homosexuality to minors.';
  test("is what the body confirmed, so its words are the body's", () => {
    const article = analyze('Russia confirms gay protesters will be arrested at Olympics', confirmed, statement);
    expect(attribution(article, 'law enforcement agencies can have no qualms')).toMatchObject({ kind: 'direct', speaker: 'Interior Ministry' });
  });

  test("is no one's when the confirmation is three sentences back", () => {
    const article = analyze(
      'Russia confirms gay protesters will be arrested at Olympics',
      confirmed,
      'The Games open in February. Sochi lies on the Black Sea. Thousands of athletes are expected.',
      statement,
    );
    expect(attribution(article, 'law enforcement agencies can have no qualms').speaker).toBeNull();
  });
});

// gv-china-bo-xilai-social-media-2012-05-11 (Global Voices, CC BY 3.0, development half).
const XINHUA =
  'Micro-blogging sites Sina Weibo and Tencent Weibo block word search facilities. Days after the blocking, the government cracks down on social media. Six people are arrested and 16 websites closed for “disseminating online rumors” that “severely disturb the public order, undermine social stability and deserve punishment”, Xinhua reported. The same report states Sina Weibo and Tencent Weibo have been “criticized and punished accordingly”. The two sites halt the posting of comments for three days.';

test('"The same report states …" right after "…, Xinhua reported." is Xinhua\'s', () => {
  const article = analyze('China: In Bo Xilai Saga, Did Social Media Challenge Government?', XINHUA);
  expect(attribution(article, 'Sina Weibo and Tencent Weibo have been')).toMatchObject({ speaker: 'Xinhua', speakerRef: 'The same report' });
  expect(attribution(article, 'criticized and punished accordingly').speaker).toBe('Xinhua');
});

// The Xinhua sentence with what was reported said in the passive (constructed on its shape).
test('"it was reported" tells no one put out the report that "The same report" then names', () => {
  const article = analyze(
    'China: In Bo Xilai Saga, Did Social Media Challenge Government?',
    XINHUA.replace('”, Xinhua reported.', '”, it was reported by some.'),
  );
  expect(attribution(article, 'Sina Weibo and Tencent Weibo have been').speaker).not.toBe('Xinhua');
});

// wikinews-shorts-benn-sadr-rye-hill-dti-transneft-levinson-2007-04-16 (Wikinews 2007, CC BY 2.5, development half).
describe('"The statement" after "a statement from X" earlier in the same sentence', () => {
  const MINISTERS =
    "Six ministers in radical cleric Muqtada al-Sadr's Sadrist Movement have resigned from the Iraqi government, because Prime Minister Nouri al-Maliki did not push for a timetable for the withdrawal of foreign troops from the country.";
  const READ =
    'At a press conference, the head of Sadr\'s parliamentary bloc Nassar Rubaie, read a statement from al-Sadr: "Considering the public interest, we found that it was necessary to issue an order to the ministers of the Sadr bloc to immediately withdraw from the Iraqi government," The statement continued, "The six ministries shall be handed over to the government itself, hoping that this government would give these responsibilities to independent bodies who wish to serve the interests of the people and the country."';

  test('"read a statement from al-Sadr: "…," The statement continued, "…"" is al-Sadr\'s, not the reader\'s', () => {
    const article = analyze("Sadr ministers leave al-Maliki's cabinet", MINISTERS, READ);
    expect(attribution(article, 'The six ministries shall be handed over')).toMatchObject({ speaker: 'Muqtada al-Sadr', speakerRef: 'The statement' });
    expect(attribution(article, 'Considering the public interest').speaker).toBe('Muqtada al-Sadr');
  });

  // The same sentence with the statement from two (constructed on its shape).
  test('a statement from two names neither: "a statement from al-Sadr and al-Maliki" leaves "The statement" to no one', () => {
    const article = analyze("Sadr ministers leave al-Maliki's cabinet", MINISTERS, READ.replace('from al-Sadr:', 'from al-Sadr and al-Maliki:'));
    expect(attribution(article, 'The six ministries shall be handed over').speaker).toBeNull();
  });

  // The same sentence with no author named (constructed on its shape).
  test('a statement whose author the sentence does not name stays unattributed', () => {
    const article = analyze("Sadr ministers leave al-Maliki's cabinet", MINISTERS, READ.replace('read a statement from al-Sadr:', 'read a statement:'));
    expect(attribution(article, 'The six ministries shall be handed over').speaker).toBeNull();
  });
});

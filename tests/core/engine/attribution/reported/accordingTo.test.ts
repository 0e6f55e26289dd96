import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/accordingTo.ts: "According to X, …" and "…, according to X." — reported speech credited to a source.

const MALAWI = "Malawi: Bloggers' Reactions to New President Joyce Banda";
const BANDA =
  'This blogger understands that during her meeting with civil society organizations on Monday, President Joyce Banda alluded to the fact that hosting of the summit will depend on the AU secretariat’s assurance to source money for Malawi to host the indaba which will cost more than one billion Kwacha.';
const KOREA = "North Korea puts military in 'quasi-state of war'";
const YONHAP =
  'According to Yonhap news agency, quoting North Korea\'s main news agency Korean Central News Agency (KCNA), the country\'s military has been placed on high alert and has been told to prepare a "quasi-state of war". The report comes after North and South Korea exchanged artillery fire yesterday.';

describe('according to (reported)', () => {
  // Wikinews (CC BY 2.5), development half.
  test('"…, according to police, who said …": what the source goes on to say is its own reported quote', () => {
    const article = analyze(
      'Gunman opens fire in El Paso Walmart',
      'The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said officers arrived at the Walmart six minutes later.',
    );
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([
      ['reported', 'The shooting began at 10:39 a.m. local time (1639 UTC)'],
      ['reported', 'officers arrived at the Walmart six minutes later'],
    ]);
    // A force named only as "police" is one organisation speaking (docs/annotation-guide.md, settled 2 December 2026).
    expect(attribution(article, 'officers arrived')).toMatchObject({ speaker: 'police', cue: 'according to police, who said' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"According to X, A: "…"": the reported clause ends at the colon that opens the quotation', () => {
    const article = analyze(
      'Gunman opens fire in El Paso Walmart',
      'U.S. Attorney John Bash said the shooting was being treated as domestic terrorism. According to U.S. Attorney Bash, the manifesto if written by the suspect could strengthen the federal government\'s case: "The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That\'s met here."',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('the manifesto'))?.text).toBe(
      "the manifesto if written by the suspect could strengthen the federal government's case",
    );
  });

  test("'According to the president, …' is the president the text named", () => {
    const article = analyze(
      MALAWI,
      BANDA,
      'According to the president, the country could not have hosted the 53 member countries’ indaba had it been that there were no assurances from Addis Ababa and other African leaders to provide financial support.',
    );
    expect(attribution(article, 'the country could not have hosted')).toMatchObject({
      kind: 'reported',
      speaker: 'Joyce Banda',
      resolution: 'role',
      cue: 'According to the president',
    });
  });

  test("the content of 'According to …, …' starts after the source's comma", () => {
    const article = analyze(
      MALAWI,
      BANDA,
      'According to the president, the country could not have hosted the 53 member countries’ indaba had it been that there were no assurances from Addis Ababa and other African leaders to provide financial support.',
    );
    const quote = quotesOf(article).find((q) => q.kind === 'reported' && q.text.includes('could not have hosted'));
    expect(quote?.text).toMatch(/^the country could not have hosted the 53 member countries’ indaba/);
  });

  test("'According to Yonhap news agency, …' is Yonhap's", () => {
    const article = analyze(KOREA, YONHAP);
    const quote = quotesOf(article).find((q) => q.kind === 'reported');
    expect(quote?.cue?.text).toBe('According to Yonhap news agency');
    expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Yonhap');
  });

  test("'according to an Internet posting' names no person: the posting is the source, a document that speaks", () => {
    const article = analyze(
      'Hackers attack Church of Scientology website',
      "Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of Scientology's website is being attacked by hackers, causing the site to shut down.",
    );
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId));
    expect(speakers.map((e) => e && [e.name, e.type, e.sourceType])).toEqual([['an Internet posting', 'organization', 'organisation']]);
  });

  test("'According to court records, …' is the records', an organisation source (usgov-doj-usao-idaho-drug-distribution-cases)", () => {
    const article = analyze(
      'Three Sentenced in Idaho Drug Cases',
      'According to court records, Reyna sold individuals methamphetamine on June 6, 2023, and on June 15, 2023.',
    );
    const quote = quotesOf(article).find((q) => q.kind === 'reported');
    expect(quote?.cue?.text).toBe('According to court records');
    expect(article.entities.find((e) => e.id === quote?.speakerId)).toMatchObject({ name: 'court records', sourceType: 'organisation' });
  });
});

describe('according to, then a person who said it', () => {
  // The Herald is where the report appeared; what it reports is that John Burrows said the flag "has never
  // before been open to public choice": Burrows is the speaker.
  test("'According to the New Zealand Herald, Emeritus Professor John Burrows, …, said …' is Burrows's", () => {
    const article = analyze(
      'New Zealand begins process to consider changing national flag design',
      "According to the New Zealand Herald, Emeritus Professor John Burrows, the chairman of the project's panel of twelve, said New Zealand's flag has never before been open to public choice.",
    );
    expect(attribution(article, "New Zealand's flag has never before been open to public choice")).toMatchObject({ kind: 'reported', speaker: 'John Burrows' });
  });
});

describe('known limits', () => {
  // "quoting North Korea's main news agency … (KCNA)" describes the source; a careful reader takes the
  // content to be what follows: "the country's military has been placed on high alert …".
  test.fails("the content of 'According to Yonhap news agency, quoting …, …' is the clause after the source", () => {
    const article = analyze(KOREA, YONHAP);
    expect(attribution(article, "the country's military has been placed on high alert")).toMatchObject({ kind: 'reported', speaker: 'Yonhap' });
  });

  // "According to him, the acting head of Lukyanivska has been forced to resign; …" is Usov's account: "him" is the
  // man the sentence before was about, Kostiantyn Usov, a person once his given name is known (lexicon/worldFirstNames.ts).
  test("'According to him, …' after Usov talked about the steps being taken is Usov's", () => {
    const article = analyze(
      'Ukraine: "If Prison Acquires a Voice, Everything Will Change"',
      "On April 2, the Ukrainian TV channel TVi aired Kostiantyn Usov's documentary [uk, ru] about Kyiv's Lukyanivska prison, highlighting the shocking treatment and living conditions of the inmates and drawing attention to the widespread corruption of the facility's staff (GV text about it is here).",
      "In the April 19 interview [ru] with Vecherniye Vesti newspaper, Usov talked about the steps being taken by the authorities since the film's release. According to him, the acting head of Lukyanivska has been forced to resign; the government has allotted 1.5 million hryvnias (approx. $185,000) for repairs inside the facility; the prosecutor's office is investigating all the violations mentioned in the film; the prison's authorities have confirmed that the walls of the cells are covered with harmful fungus.",
    );
    const quote = attribution(article, 'the acting head of Lukyanivska has been forced to resign');
    expect(quote).toMatchObject({ kind: 'reported', cue: 'According to him' });
    expect(quote.speaker).toMatch(/Usov$/);
  });

  test('"according to Russia\'s foreign ministry": the country\'s ministry speaks, named as written, not the country', () => {
    const article = analyze(
      'Talks',
      "According to Russia's foreign ministry, the talks will resume next week.",
      "According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary.",
    );
    expect(attribution(article, 'the talks will resume')).toMatchObject({ kind: 'reported', speaker: "Russia's foreign ministry" });
    expect(attribution(article, 'it was completely unnecessary')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // digital.gov (public domain), fresh text: what the owner wrote or runs is the owner's word.
  test('"according to VA’s analytics", "the Kremlin\'s statement": a document of the owner’s is the owner’s', () => {
    const article = analyze(
      'Explore VA',
      'According to VA’s analytics, email visitors converted at a 31% rate on the “File a Claim” pages.',
      "According to the Kremlin's statement, the talks will resume next week.",
    );
    expect(attribution(article, 'email visitors converted').speaker).not.toBeNull();
    expect(attribution(article, 'the talks will resume').speaker).toBe('Kremlin');
  });

  test('"X has learned that according to Y, …": Y leads the clause after "that"; after a speech verb the cue is the speaker’s', () => {
    const article = analyze(
      'Hackers attack Scientology website',
      "Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of Scientology's website is being attacked by hackers.",
      'John Smith said that according to the ministry, the talks will resume.',
    );
    expect(attribution(article, "the Church of Scientology's website")).toMatchObject({
      kind: 'reported',
      cue: 'according to an Internet posting made just over 24 hours ago',
    });
    expect(quotesOf(article).filter((q) => q.text.startsWith('Wikinews has learned'))).toEqual([]);
    expect(attribution(article, 'according to the ministry')).toMatchObject({ kind: 'reported', speaker: 'John Smith' });
  });

  test('"according to a report by the Associated Press": a document whose author the text names is the author’s', () => {
    const article = analyze(
      'Plant closure',
      'The plant will close, according to a report by the Associated Press.',
      'According to a Twitter post by Amy Cook, director of the Learning Together event, the tusk came from the wall in the hall.',
    );
    expect(attribution(article, 'The plant will close')).toMatchObject({ kind: 'reported', speaker: 'Associated Press' });
    expect(attribution(article, 'the tusk came from the wall')).toMatchObject({ kind: 'reported', speaker: 'Amy Cook' });
  });

  // NASA and studentaid.gov-era digital.gov posts (public domain), fresh text.
  test('an aside after the source is content, and an owner inside the author’s name is no author', () => {
    const article = analyze(
      'The thermosphere',
      'Rei Ueyama studies the upper atmosphere. According to Ueyama, the density of the layer (or rather, the lack thereof) is responsible for its soaring temperatures.',
      'According to data from FSA’s Student Loan Portfolio, nearly 3.5 million Direct Loan borrowers were enrolled in an IDR plan.',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('the density of the layer'))?.text).toBe(
      'the density of the layer (or rather, the lack thereof) is responsible for its soaring temperatures',
    );
    expect(attribution(article, 'nearly 3.5 million').speaker).not.toBe('Loan Portfolio');
  });
});

test('"The blog X says that … results of "…", between 1999-2009, according to IBGE data" is not the statistics office’s (gv-brazil-racial-quotas-higher-education)', () => {
  const article = analyze(
    'Brazil: Racial Quotas in Higher Education',
    'The blog Religiões Afro Brasileiras e Política (Afro Brazilian Religions and Policy) says that the result of affirmative action policies in the country through the quota system has already shown results of "a notorious growth in the proportion of graduated blacks and pardos [approximate translation: brown, coloured]", between 1999-2009, according to IBGE data (Brazilian Institute of Geography and Statistics).',
  );
  expect(attribution(article, 'the result of affirmative action policies').speaker).not.toBe('IBGE');
  expect(attribution(article, 'a notorious growth in the proportion').speaker).not.toBe('IBGE');
});

// Wikinews, 2019–2020 (CC BY 2.5), fresh text.
describe('a source described by a relative clause, and a person’s group', () => {
  test('"According to Johnson\'s critics, …" is not Johnson\'s', () => {
    const article = analyze(
      'Headline',
      "Boris Johnson asked the Queen to suspend Parliament. According to Johnson's critics, this is a ploy to achieve a no-deal Brexit.",
    );
    expect(attribution(article, 'this is a ploy')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

// Wikinews, 2020 (CC BY 2.5), fresh text (new-user review).
describe('a source set mid-sentence after a time or place put first', () => {
  test('"On Sunday in London, according to witness accounts, a man … entered a store" gives no quote "On Sunday in London"', () => {
    const article = analyze(
      'Knife attack',
      'On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide vest entered a store, grabbed a large knife and began to stab people.',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('On Sunday in London, England');
  });

  test('the clause after such a source is its content, unattributed when the source is no one the text names', () => {
    const article = analyze(
      'Knife attack',
      'On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide vest entered a store, grabbed a large knife and began to stab people.',
    );
    expect(attribution(article, 'a man wearing a fake suicide vest entered a store')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'according to witness accounts and authorities',
    });
  });

  // "SpaceX Crew Dragon capsule docks with International Space Station", fresh Wikinews 2019-03-05 (CC BY 2.5).
  test('"Longer term, according to NASA administrator Jim Bridenstine, the goal is …" is Bridenstine’s', () => {
    const article = analyze(
      'SpaceX Crew Dragon capsule docks with International Space Station',
      'Longer term, according to NASA administrator Jim Bridenstine, the goal is to render space accessible to many customers.',
    );
    expect(attribution(article, 'the goal is to render space accessible')).toMatchObject({ kind: 'reported', speaker: 'Jim Bridenstine' });
  });

  // "Singer-songwriter Robert Hunter dies aged 78", fresh Wikinews 2019-09-25 (CC BY 2.5).
  test('"…, but, according to his agent, Hunter had …": after a conjunction the source backs the clause that follows', () => {
    const article = analyze(
      'Singer-songwriter Robert Hunter dies aged 78',
      "His family's announcement of his death specified no cause, but, according to his agent, Hunter had undergone surgery recently.",
    );
    expect(attribution(article, 'Hunter had undergone surgery recently')).toMatchObject({ kind: 'reported', cue: 'according to his agent' });
  });

  // "U.S. heiress, designer and author Gloria Vanderbilt dies at 95", Wikinews 2019-06-20 (CC BY 2.5), development half.
  test('"…; but, according to her memoirs, also had …": the predicate after the source set off by commas is the content', () => {
    const article = analyze(
      'U.S. heiress, designer and author Gloria Vanderbilt dies at 95',
      'Vanderbilt was married to author Wyatt Cooper; but, according to her memoirs, also had some degree of romantic involvement with, amongst others, Errol Flynn.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['also had some degree of romantic involvement with, amongst others, Errol Flynn']);
    expect(attribution(article, 'also had some degree')).toMatchObject({ kind: 'reported', cue: 'according to her memoirs' });
  });

  // "Kurds announce deal with Assad as Turkey invades Syria", Wikinews 2019-10-15 (CC BY 2.5), development half.
  test('"…, largely Kurdish and, according to Turkey, supportive of the PKK": the adjective phrase the source backs', () => {
    const article = analyze(
      'Kurds announce deal with Assad as Turkey invades Syria',
      'YPG is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['supportive of the PKK']);
    expect(attribution(article, 'supportive of the PKK')).toMatchObject({ kind: 'reported', speaker: 'Turkey', cue: 'according to Turkey' });
  });

  // "Hotel fire in Karol Bagh", Wikinews 2019 (CC BY 2.5), development half.
  test('"One child was, according to the fire service, among the dead": after an open copula the content follows the source', () => {
    const article = analyze('Hotel fire kills seventeen in New Delhi', 'One child was, according to the fire service, among the dead.');
    expect(quotesOf(article).map((q) => q.text)).toEqual(['among the dead']);
    expect(attribution(article, 'among the dead')).toMatchObject({ kind: 'reported', cue: 'according to the fire service' });
  });

  // "Samoa measles vaccination shutdown", Wikinews 2019 (CC BY 2.5), development half.
  test('"…, including, according to government reports, 54 small children": the words the source completes', () => {
    const article = analyze(
      'Samoa shuts down for measles vaccination',
      'The outbreak had killed at least 62, including, according to government reports, 54 small children.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['54 small children']);
  });

  // "In 2019, … Gen Zers who, according to some researchers, will be …", fresh digital.gov 2017-06-21 (public domain).
  test('a relative left open before the source: its predicate is the content', () => {
    const article = analyze(
      'The Arrival of Generation Z',
      'In 2019, the American workforce will see the influx of tens of millions of Gen Zers who, according to some researchers, will be a stark contrast to the Millennials.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['will be a stark contrast to the Millennials']);
  });

  // "Tesco sells Polish branch to Salling Group", Wikinews 2020 (CC BY 2.5), development half; "Using Pirate Metrics …",
  // fresh digital.gov 2016-05-12 (public domain).
  test('a bare subject, the source, then its predicate: the predicate is the content', () => {
    const tesco = analyze(
      'Tesco sells Polish branch',
      "Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a single monolithic sale.",
    );
    expect(attribution(tesco, 'is too big for a single monolithic sale')).toMatchObject({ kind: 'reported', speaker: 'Gazeta Wyborcza' });
    const pirate = analyze(
      'Using Pirate Metrics',
      'The pirate metrics framework, according to Cooper, is a good way to understand how your product is performing.',
    );
    expect(quotesOf(pirate).map((q) => q.text)).toEqual(['is a good way to understand how your product is performing']);
  });

  // "Texas federal judge says drafting only men violates …", fresh Wikinews 2019-02-25 (CC BY 2.5).
  test('a subject with a clause of its own before the source: the source backs that clause, not the predicate', () => {
    const article = analyze(
      'Judge rules on draft',
      'Women, who make up 16% of the U.S. military enlisted and 18% of officers as of 2016, according to nonprofit CNA, have been serving official combat roles since 2015.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('have been serving'))).toBe(false);
  });

  test('a clause before the source, with no time or place put first, is still its content', () => {
    const article = analyze(
      'Fursuits',
      'While only 10–15% of people within the fandom own a fursuit according to a 2011 study, event organizers reported this year 908 of the 2240 attendees brought at least one outfit.',
    );
    expect(attribution(article, 'While only 10–15% of people within the fandom own a fursuit')).toMatchObject({ kind: 'reported' });
  });
});

// reported/bareSource.ts: "According to X …" with no comma after the source.
describe('a source written with no comma after it', () => {
  // Wikinews, "Brazilian president meets president of South Korea" (WikinewsSum, 2004-2005), CC BY 2.5, not in the corpus.
  test('"According to official sources Brazil and South Korea also discussed …": the clause after the source, unattributed', () => {
    const article = analyze(
      'Brazilian president meets president of South Korea',
      'The President of Brazil met the President of South Korea in Seoul on Monday.',
      'According to official sources Brazil and South Korea also discussed energy and natural resources cooperation agreements.',
    );
    expect(attribution(article, 'Brazil and South Korea also discussed')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'According to official sources',
    });
  });

  // wikinews-spacex-test-fires-falcon-9-texas-2008-11-24 (development half).
  test('"According to SpaceX the Falcon 9 can generate …": a source that is one name the text knows is that body', () => {
    const article = analyze(
      'SpaceX successfully test fires Falcon 9 rocket in Texas',
      'At 10:30pm on November 23, 2008, near the airport in McGregor, Texas, Space Exploration Technologies Corporation (SpaceX) tested their new Falcon 9 rocket at full thrust for nearly 3 minutes (160 seconds).',
      'According to SpaceX the Falcon 9 can generate 4 times the maximum thrust of a Boeing 747 while firing in a vacuum, and will eventually be able to perform interplanetary missions in addition to its initial role as an orbital launch vehicle.',
    );
    expect(attribution(article, 'the Falcon 9 can generate')).toMatchObject({
      kind: 'reported',
      speaker: 'Space Exploration Technologies Corporation',
      cue: 'According to SpaceX',
    });
  });

  test('no clause opens after the words: no quote ("According to plan the …" has no source)', () => {
    const article = analyze('Headline', 'The launch went well.', 'According to plan the rocket lifted off at noon.');
    expect(quotesOf(article)).toHaveLength(0);
  });
});

// reported/midSource.ts: "… and according to X <clause>", with no comma after the source.
describe('a named source after "and", with no comma after it', () => {
  // Wikinews, "Robert Mugabe dies aged 95" (2019, CC BY 2.5), development half.
  test('"… this year and according to the Ministry of Foreign Affairs he died at …": the clause after the source is its word', () => {
    const article = analyze(
      'Robert Mugabe dies aged 95',
      'Mugabe was hospitalized in Singapore for several months this year and according to the Ministry of Foreign Affairs he died at Gleneagles Hospital in the morning. Mugabe was considered the founding father of Zimbabwe.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['he died at Gleneagles Hospital in the morning']);
    expect(attribution(article, 'he died at Gleneagles')).toMatchObject({
      speaker: 'Ministry of Foreign Affairs',
      cue: 'according to the Ministry of Foreign Affairs',
    });
  });

  test('an unnamed source with no comma after it: no quote, since where its words end is unknown', () => {
    const article = analyze('Headline', 'The fire started at 3 am and according to the police the driver fled the scene on foot.');
    expect(quotesOf(article)).toHaveLength(0);
  });
});

describe("where a source's words end: a link language tag, a date's comma, the writer's own clause", () => {
  // Global Voices, "Peru: Bagua" (2009, CC BY 3.0), development half.
  test('"…, according to Enlace Nacional [es].": the tag marks the link, not the source’s name', () => {
    const article = analyze(
      'Peru: Bagua',
      "As a result, more than 2,000 indigenous residents have been blockading the highway in the area of Devil's Curve in Bagua Grande for the past week and a half, according to Enlace Nacional [es]. As a result, supplies have been running out in the area.",
    );
    expect(attribution(article, 'As a result, more than 2,000 indigenous residents')).toMatchObject({ kind: 'reported', speaker: 'Enlace Nacional' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"According to X, A, but B": the writer\'s clause after ", but" is no part of what the source says', () => {
    const article = analyze(
      'Puerto Rico governor announces resignation',
      "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico. According to the commonwealth's constitution, the Secretary of State would normally succeed the governor, but that office stands vacant following the resignation of Luis Rivera Marín over the scandal.",
    );
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([['reported', 'the Secretary of State would normally succeed the governor']]);
  });

  // Wikinews (CC BY 2.5), development half.
  test('"According to a March 14, 2019 NATO press release, …": the date\'s comma is inside the source, which is the document', () => {
    const article = analyze(
      'Hungarian state firm acquires Hirtenberger Defence Group',
      'US President Trump has called for NATO members to increase military spending. According to a March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018; NATO guidelines call for 2%.',
    );
    expect(attribution(article, 'Hungary spent an estimated 1.15% of its GDP')).toMatchObject({
      kind: 'reported',
      speaker: 'a March 14, 2019 NATO press release',
      cue: 'According to a March 14, 2019 NATO press release',
    });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"…, according to a report … in which they said …": what the report tells they said is their quote, unattributed', () => {
    const article = analyze(
      'Australia: stores lower toilet paper limits',
      'The stores were originally reluctant to impose restrictions, according to a report from ABC Australia on March 3 in which they said they had no plans to introduce restrictions on the purchases.',
    );
    expect(attribution(article, 'The stores were originally reluctant to impose restrictions')).toMatchObject({ kind: 'reported', speaker: 'ABC Australia' });
    expect(attribution(article, 'they had no plans to introduce restrictions on the purchases')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'they said',
    });
  });
});

// Wikinews, https://en.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London
// (2020-02-05, CC BY 2.5), fresh page in neither half of the corpus.
test('"…, according to the reports. The man was …": the source and its cue end at the stop', () => {
  const article = analyze(
    "Police shoot man dead after 'terrorist-related' knife attack in London",
    'Two women and a man were injured, according to the reports. The man was briefly listed in critical condition.',
  );
  expect(attribution(article, 'Two women and a man were injured')).toMatchObject({ kind: 'reported', speaker: null, cue: 'according to the reports' });
});

// Ancient Egyptians collected wild ibis birds for sacrifice, says study (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('"While some … writers made passing mention of …, according to Wasef archaeologists have not yet turned up …": the source leads the clause after it', () => {
  const article = analyze(
    'Ancient Egyptians collected wild ibis birds for sacrifice, says study',
    "Lead author Sally Wasef of Australia's Griffith University explained to the press how the birds were offered.",
    'While some ancient Egyptian writers made passing mention of feeding bread and plants to ibises, according to Wasef archaeologists have not yet turned up any hatchery structures.',
  );
  expect(attribution(article, 'archaeologists have not yet turned up any hatchery structures')).toMatchObject({ kind: 'reported', speaker: 'Sally Wasef' });
  expect(quotesOf(article).some((q) => q.text.startsWith('While some ancient'))).toBe(false);
});

// "Violence breaks out in Washington, DC at pro-Trump protest", Wikinews, 17 November 2020 (CC BY 2.5), fresh text.
test('"As a result of Saturday\'s unrest, according to a report …, twenty people were arrested": the clause after the source is its content', () => {
  const article = analyze(
    'Violence breaks out in Washington, DC at pro-Trump protest',
    "As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested, and two police officers were injured.",
  );
  const quotes = quotesOf(article).filter((q) => q.kind === 'reported');
  expect(quotes.map((q) => q.text)).toEqual(['twenty people were arrested, and two police officers were injured']);
});

describe('"according to X" right after a semicolon', () => {
  // Fresh Wikinews (CC BY 2.5): "California lawyer Michael Avenatti convicted of attempted extortion" (February 2020) and
  // "Nevada prop plane crash near Las Vegas leaves two dead, three injured" (2019).
  test('the source leads the clause after the semicolon, not the one before it', () => {
    const avenatti = analyze(
      'California lawyer Michael Avenatti convicted of attempted extortion',
      "Avenatti pled not guilty to the charges. The government suggested Avenatti's debt was a factor in his decision making; according to prosecutors, he owed over $850,000 to the Internal Revenue Service.",
    );
    expect(attribution(avenatti, 'he owed over $850,000')).toMatchObject({ kind: 'reported', cue: 'according to prosecutors' });
    expect(quotesOf(avenatti).some((q) => q.text.startsWith('The government suggested'))).toBe(false);
    const crash = analyze(
      'Nevada prop plane crash near Las Vegas leaves two dead, three injured',
      'At the time, there were reportedly four people on board; according to investigators, one was pronounced dead at the crash site, with the other three being taken to a nearby hospital.',
    );
    expect(attribution(crash, 'one was pronounced dead at the crash site')).toMatchObject({ kind: 'reported', cue: 'according to investigators' });
  });

  test('a trailing source after a comma still reports the clause before it', () => {
    const article = analyze('Bridge', 'The mayor spoke on Monday. The bridge was closed, according to the police.');
    expect(attribution(article, 'The bridge was closed')).toMatchObject({ kind: 'reported', cue: 'according to the police' });
  });
});

describe('a source set off between a subject and its speech verb', () => {
  // Fresh Wikinews (CC BY 2.5), "Three killed, three others injured in stabbing attack in Reading, UK", June 2020.
  test('"Witnesses, according to The Telegraph, said …" reports the clause after "said", the witnesses unnamed', () => {
    const article = analyze(
      'Three killed, three others injured in stabbing attack in Reading, UK',
      'A 25-year-old man was arrested. Witnesses, according to The Telegraph, said a man approached and attacked a group of middle-aged men, using a knife.',
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toEqual(['a man approached and attacked a group of middle-aged men, using a knife']);
    expect(attribution(article, 'a man approached')).toMatchObject({ speaker: null });
  });

  test('a named subject is the speaker, never the outlet, and the subject is never the content', () => {
    const named = analyze('Bridge', 'Mayor Ana Ruiz, according to the BBC, said the bridge would reopen in May.');
    expect(quotesOf(named).map((q) => q.text)).toEqual(['the bridge would reopen in May']);
    expect(attribution(named, 'the bridge would reopen')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz' });
    const role = analyze('Bridge', 'Mayor Ana Ruiz spoke on Monday. The mayor, according to the BBC, said the bridge would reopen in May.');
    expect(attribution(role, 'the bridge would reopen')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz' });
  });
});

describe('a source set off between a verb and the words it takes', () => {
  // wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13 (development half; Wikinews, CC BY 2.5).
  test('"Colin Sutherland, …, the Lord President of the court decided, according to the summary, "that …"" reports no subject', () => {
    const article = analyze(
      'Scottish court finds suspension of UK parliament unlawful',
      'Colin Sutherland, Lord Carloway, the Lord President of the court decided, according to the summary, "that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable on the normal grounds of judicial review, it would nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny of the executive".',
    );
    const quotes = quotesOf(article).map((q) => q.text);
    expect(quotes.some((q) => q.startsWith('Colin Sutherland'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('that although advice'))).toBe(true);
  });

  // Made up, in the shape of a wire economics brief: a clause ending on no verb is what the source reports, though
  // words in marks follow the source.
  test('"Unemployment rose to nine percent in March, according to the labour ministry, "…"" still reports the clause', () => {
    const article = analyze(
      'Jobless rate climbs',
      'Unemployment rose to nine percent in March, according to the labour ministry, "the highest level in a decade".',
    );
    expect(attribution(article, 'Unemployment rose to nine percent')).toMatchObject({ kind: 'reported', speaker: 'labour ministry' });
  });
});

describe('"However, according to X, …": a sentence adverb before the source leaves the source leading its clause', () => {
  // wikinews-cleo-dolly-merger-leaves-editor-sharri-markson-out-of-work-2013-11-08 (development half, session 37).
  test("the paper's report holds the editor's own report, and both are read", () => {
    const article = analyze(
      'Cleo-Dolly merger leaves editor Sharri Markson out of work',
      'Both current editors Sharri Markson and Tiffany Dunk, along with the entire production team, were required to re-apply for their positions and compete against one another to secure a position. However, according to The Australian, after only three days of consideration, Markson informed staff that she is not prepared to accept the role given it would mean producing two magazines with half the staff.',
    );
    expect(attribution(article, 'after only three days of consideration')).toMatchObject({
      kind: 'reported',
      speaker: 'Australian',
      cue: 'according to The Australian',
    });
    expect(attribution(article, 'she is not prepared to accept the role')).toMatchObject({
      kind: 'reported',
      speaker: 'Sharri Markson',
      cue: 'Markson informed staff that',
    });
  });

  // wikinews-uk-mercenary-fitzsimons-gives-evidence-iraq-2011-01-24 (development half).
  test('"Next, according to Fitzsimons, he fired a third shot, …" is Fitzsimons\'s account', () => {
    const article = analyze(
      'UK mercenary Fitzsimons gives evidence in Iraq',
      'Danny Fitzsimons, 30, gave evidence today to the court in Karkh, Baghdad trying him for murdering a fellow Brit and an Australian in August 2009.',
      'Next, according to Fitzsimons, he fired a third shot, this time hitting McGuigan in the face.',
    );
    expect(attribution(article, 'he fired a third shot')).toMatchObject({ kind: 'reported', speaker: 'Danny Fitzsimons', cue: 'according to Fitzsimons' });
  });
});

describe('a leading source and a semicolon', () => {
  // English Wikinews, 2020 (CC BY 2.5), development half.
  test("'According to the U.S. embassy …, A; Chinese authorities referred to him as …' gives the embassy A alone", () => {
    const article = analyze(
      'First foreigners die of coronavirus in Wuhan',
      'According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American."',
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toContain('the infected 60-year-old western man died in February 6');
  });

  // Global Voices, "Ukraine: Lukyanivska prison" (May 2012, CC BY 3.0), development half.
  test("'According to him, A; B; C' keeps the source's list of points whole", () => {
    const article = analyze(
      'Ukraine: Lukyanivska prison',
      "According to him, the acting head of Lukyanivska has been forced to resign; the government has allotted 1.5 million hryvnias (approx. $185,000) for repairs inside the facility; the prosecutor's office is investigating all the violations mentioned in the film; the prison's authorities have confirmed that the walls of the cells are covered with harmful fungus.",
    );
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('the acting head') && q.text.endsWith('harmful fungus'))).toBe(true);
  });
});

describe('a leading source with a second clause opened by "and that"', () => {
  // wikinews-britain-thinks-africans-barbaric-claims-south-african-president-2010-03-03 (development half), verbatim.
  test('"According to him, he had never … and that no one has the authority …" reports each clause', () => {
    const article = analyze(
      'Britain thinks Africans barbaric, claims South African president',
      'Jacob Zuma, President of South Africa, claimed Britain believed Africa is "barbaric", hours before a state visit to Queen Elizabeth II.',
      'According to him, he had never "looked down upon any culture of anyone" and that no one has the authority of judging other cultures.',
    );
    expect(attribution(article, 'he had never "looked down upon any culture of anyone"')).toMatchObject({ kind: 'reported', speaker: 'Jacob Zuma' });
    expect(attribution(article, 'no one has the authority of judging other cultures')).toMatchObject({ kind: 'reported', speaker: 'Jacob Zuma' });
  });

  // Near miss: a demonstrative "and that" is no second clause.
  test('"… and that was why …" stays one clause', () => {
    const article = analyze('Fire', 'According to the police, the fire was started deliberately and that was why the street was closed.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toHaveLength(1);
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/leadingCue.ts: `X said: "…"`, `X remarked to Y, "…"`, `X on Thursday called Y "…"` — a cue before the opening mark.

const SANTORUM = 'Wikinews interviews New York bar owner on Santorum cocktail';

describe('leading cue', () => {
  test("'Home Secretary Suella Braverman told GB News: “…”' is Braverman's", () => {
    const article = analyze(
      "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities",
      'On Wednesday, Home Secretary Suella Braverman told GB News: "It\'s clear that we have an unsustainable situation in towns and cities around our country [...] because of the overwhelming numbers of people arriving here illegally and our legal duties to accommodate them".',
    );
    expect(attribution(article, "It's clear that we have an unsustainable situation")).toMatchObject({
      kind: 'direct',
      speaker: 'Suella Braverman',
      resolution: 'name',
    });
    expect(attribution(article, "It's clear that we have").cue).toMatch(/Suella Braverman told$/);
  });

  test("'X remarked to The Brooklyn Paper, “…”' is X's, not the paper's", () => {
    const article = analyze(
      SANTORUM,
      'The Pacific Standard bar is located in Brooklyn, New York, and is co-owned by Jonathan M. Stan and John-Christian G. Rauschenberg. Stan commented on the creation of the Santorum cocktail, "When he was winning in the polls, I thought, \'OK, I\'ll do a Santorum\'." Regarding how long the beverage will be made available, Stan remarked to The Brooklyn Paper, "We\'ll keep it around until he’s irrelevant. I hope he’s there the whole way".',
    );
    expect(attribution(article, 'When he was winning in the polls')).toMatchObject({ kind: 'direct', speaker: 'Jonathan M. Stan', cue: 'Stan commented' });
    expect(attribution(article, "We'll keep it around")).toMatchObject({
      kind: 'direct',
      speaker: 'Jonathan M. Stan',
      resolution: 'name',
      cue: 'Stan remarked',
    });
  });

  test("'After tasting the beverage, Patterson observed, “…”' is Patterson's", () => {
    const article = analyze(
      SANTORUM,
      'Troy Patterson of Slate Magazine ventured over to Pacific Standard to sample the new santorum cocktail at the bar. After tasting the beverage, Patterson observed, "My Santorum was sweet but balanced, with a subtle citrus pucker".',
    );
    expect(attribution(article, 'My Santorum was sweet but balanced')).toMatchObject({
      kind: 'direct',
      speaker: 'Troy Patterson',
      resolution: 'name',
      cue: 'Patterson observed',
    });
  });

  test("'Senior researcher Mu Li, of …, said “…”' reaches past the appositive to the name", () => {
    const article = analyze(
      'Australian children suffering from iodine deficiency',
      'Senior researcher Mu Li, of the University of NSW\'s school of public health, said "it is reasonable to assume that pregnant women and breastfeeding mothers are also iodine deficient, putting the next generation of children born in this country at risk of the neuropsychological consequences of iodine deficiency."',
    );
    expect(attribution(article, 'it is reasonable to assume')).toMatchObject({ kind: 'direct', speaker: 'Mu Li', resolution: 'name' });
  });

  test("'Putin on Thursday called X “…”' is Putin's: the time between name and verb is read through", () => {
    const article = analyze(
      "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
      'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
    );
    expect(attribution(article, 'an act of terrorist aggression committed')).toMatchObject({
      kind: 'direct',
      speaker: 'Vladimir Putin',
      resolution: 'name',
      cue: 'Russian President Vladimir Putin on Thursday called',
    });
  });

  test("'Speaking with reporter Peter Clottey, he said, “…”' is the spokesman's, not the reporter's", () => {
    const article = analyze(
      "Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader",
      'Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”',
    );
    expect(attribution(article, 'What we have to realize')).toMatchObject({ kind: 'direct', speaker: 'Nelson Chamisa', resolution: 'pronoun', cue: 'he said' });
  });

  test("a quoted phrase after a verb that is not speech ('studies') is given to no one", () => {
    const article = analyze(
      "Biologist Nick Bos tells Wikinews about 'self-medicating' ants",
      'Nick Bos, of the University of Helsinki, studies "the amazing adaptations social insects have evolved in order to fight the extreme parasite pressure they experience". In a recently-accepted Evolution paper Bos and colleagues describe ants appearing to self-medicate.',
    );
    expect(attribution(article, 'the amazing adaptations')).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed', cue: null });
  });
});

describe('a verb that cues only a quote right after it', () => {
  test('"Dr. Patel shared, “…”" is Patel’s (fresh text, NASA)', () => {
    const article = analyze(
      'NASA SBIR/STTR: Lab to market',
      'Dr. Darayas Patel leads the research group at the university.',
      'When asked what advice he had for other research institutions, Dr. Patel shared, “Keep your eyes wide open and try to reach out to nearby small businesses interested in transferring your technology to the market.”',
    );
    expect(attribution(article, 'Keep your eyes wide open')).toMatchObject({ speaker: 'Darayas Patel', cue: 'Dr. Patel shared' });
  });

  test('"Stafford radioed to Mission Control, “…”" is Stafford’s (fresh text, NASA)', () => {
    const article = analyze(
      'Apollo 10: the dress rehearsal',
      'Thomas P. Stafford commanded the mission. As they rounded the backside of the Moon, Stafford radioed to Mission Control, “You can tell the world that we have arrived.”',
    );
    expect(attribution(article, 'You can tell the world')).toMatchObject({ speaker: 'Thomas P. Stafford', cue: 'Stafford radioed' });
  });

  test('"Mick Jagger … also reacted on Twitter, “…”" is Jagger’s; "reacted to the news" sets nothing off (fresh text, Wikinews 2019)', () => {
    const article = analyze(
      'Influential rock drummer Ginger Baker dies at age 80',
      'Mick Jagger of The Rolling Stones also reacted on Twitter, "Sad news hearing that Ginger Baker has died, I remember playing with him very early on in Alexis Korner\'s Blues Incorporated."',
      'Markets reacted to the news with a "modest rally in technology shares across the board".',
    );
    expect(attribution(article, 'Sad news hearing')).toMatchObject({ speaker: 'Mick Jagger', resolution: 'name' });
    expect(attribution(article, 'modest rally').speaker).toBeNull();
  });

  test('"Towanda Brooks shares HUD’s success with the “…”": shared things are no cue for the quote after them (fresh text, GSA)', () => {
    const article = analyze(
      'Employee engagement',
      'Towanda Brooks shares HUD’s success through leadership strategy with the “Department of Opportunity and the importance of building trust across the whole workforce.”',
    );
    expect(attribution(article, 'Department of Opportunity').speaker).toBeNull();
  });
  test('"Senator Lindsey Graham spoke on Fox News, “…”" and "Trump, also on Twitter, defended his decision, “…”" are theirs (wikinews-trump-announces-troop-withdrawal)', () => {
    const article = analyze(
      'Trump announces troop withdrawal from Syria',
      'On Sunday, US President Donald Trump announced the withdrawal of US troops from northern Syria.',
      'Trump, also on Twitter, defended his decision, "As I have stated strongly before, and just to reiterate, if Turkey does anything that I consider to be off limits, I will totally destroy and obliterate the Economy of Turkey."',
      'Senator Lindsey Graham spoke on Fox News, "This is going to lead to ISIS\' reemergence. Nothing [is] better for ISIS than to create a conflict between the Kurds and Turkey."',
    );
    expect(attribution(article, 'As I have stated strongly before')).toMatchObject({ speaker: 'Donald Trump', cue: 'Trump, also on Twitter, defended' });
    expect(attribution(article, 'This is going to lead')).toMatchObject({ speaker: 'Lindsey Graham', cue: 'Senator Lindsey Graham spoke' });
  });
});

test('"He characterized the conflict as “…”" is his: "characterize … as" gives words of the speaker (wikinews-hackers-attack-scientology-website, shortened)', () => {
  const article = analyze(
    'Hackers attack Scientology website',
    'Matthew Ingram of The Globe and Mail wrote about the conflict in a blog post. He characterized the conflict as "another small skirmish in a war that Scientology has been waging for almost 15 years."',
  );
  expect(attribution(article, 'another small skirmish')).toMatchObject({ speaker: 'Matthew Ingram', resolution: 'pronoun', cue: 'He characterized' });
});

// Wikinews, "Conservative groups hold rallies in Washington, D.C.", 2020-12-15, CC BY 2.5, and a NASA article on the
// first astronaut class (public domain, work of the US federal government); neither is in the corpus.
describe('a lead-in ending in a colon', () => {
  test('is all cue, however long the reported clause between its verb and the quote', () => {
    const article = analyze(
      'Conservative groups hold rallies in Washington, D.C.',
      'President Donald Trump did not attend.',
      "Trump tweeted he wasn't aware of the event but would go to see it anyway: \"Wow!  Thousands of people forming in Washington (D.C.) for Stop the Steal.  Didn't know about this, but I'll be seeing them! #MAGA\"",
    );
    expect(attribution(article, 'Wow!')).toMatchObject({ speaker: 'Donald Trump', cue: 'Trump tweeted' });
  });

  test('without the colon, a verb that far from the quote is no cue of it', () => {
    const article = analyze(
      'Conservative groups hold rallies in Washington, D.C.',
      'President Donald Trump did not attend.',
      'Trump tweeted a photo of the event from the White House lawn and then the crowd chanted "Wow!  Thousands of people forming in Washington for Stop the Steal."',
    );
    expect(attribution(article, 'Wow!').speaker).toBeNull();
  });
});

// Wikinews, "Nevada becomes first state in US with majority-female legislature", 2019-02-07, CC BY 2.5, not in the corpus.
test('"Dittmar went on to add, “…”": the infinitive after "went on to" cues the quote, its speaker the subject before', () => {
  const article = analyze(
    'Nevada becomes first state in US with majority-female legislature',
    'According to political scholar Kelly Dittmar, women hold fewer than 30 percent of state legislative seats across the country. Dittmar went on to add, "If we want to see parity, it means that we also need to increase the number of Republican women."',
  );
  expect(attribution(article, 'If we want to see parity')).toMatchObject({ speaker: 'Kelly Dittmar', cue: 'Dittmar went on to add' });
});

// Wikinews, "Queen Elizabeth agrees to suspend UK Parliament", 2019-08-29, CC BY 2.5, not in the corpus (new user review).
test('a speech verb inside a dash aside ("— which the BBC noted as … —") is the aside\'s, not the cue of the quote after it', () => {
  const article = analyze(
    'Queen Elizabeth agrees to suspend UK Parliament',
    'House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an unusual move by a Speaker — "However it is dressed up, it is blindingly obvious that the purpose of prorogation now would be to stop Parliament debating Brexit."',
  );
  expect(attribution(article, 'However it is dressed up')).toMatchObject({ speaker: 'John Bercow', cue: 'House of Commons Speaker John Bercow commented' });
});

// Fresh text (Wikinews 2019, CC BY 2.5), not in the corpus.
test("\"Kerri Kupec … sharply criticized the House's decision, which Ross has referred to as “…”\" is Ross's words, not Kupec's", () => {
  const article = analyze(
    'US House of Representatives holds two Cabinet officers in criminal contempt of Congress',
    "The United States House of Representatives voted to hold two current Cabinet officers, Commerce Secretary Wilbur Ross and Attorney General William Barr, in contempt of Congress, citing their refusal to disclose to Congress documents related to President Donald Trump's attempt to add a citizenship question to the 2020 census.",
    'Only once before has Congress voted to hold a Cabinet officer in contempt while they were in office: Attorney General Eric Holder was held in contempt in 2012 for refusing to turn over documents related to Operation Fast and Furious. People held in contempt of Congress are referred to the Department of Justice for potential criminal prosecution. As Attorney General, Barr leads the Department of Justice. Kerri Kupec, spokeswoman for the Trump administration\'s Department of Justice, sharply criticized the House\'s decision, which Ross has referred to as "gamesmanship" and a "stunt".',
  );
  expect(attribution(article, 'gamesmanship').speaker).not.toBe('Kerri Kupec');
});

describe('a named owner\'s document that "reads" right before the mark', () => {
  test('"The Home Office letter reads "…"" is the Home Office\'s (wikinews-uk-asylum-questionnaire)', () => {
    const article = analyze(
      'Asylum seekers sent questionnaire',
      'The United Kingdom Home Office is sending a questionnaire to asylum seekers from five countries.',
      'Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from claiming asylum in the UK expected next month. The Home Office letter reads "we may extend the use of the questionnaire as a means to gather additional information from other claimants awaiting an asylum decision in due course", but no current plans to expand the scheme exist.',
    );
    expect(attribution(article, 'we may extend the use')).toMatchObject({ kind: 'direct', speaker: 'United Kingdom Home Office' });
  });

  test('"Part of the judge\'s statement reads "…"" names no owner and is not read here (fresh: Wikinews 2019, Texas draft ruling)', () => {
    const article = analyze(
      'Texas federal judge says drafting only men violates United States Constitution',
      'Part of the judge\'s statement reads "the average woman could conceivably be better suited physically for some of today\'s combat positions than the average man, depending on which skills the position required."',
    );
    expect(attribution(article, 'the average woman could').speaker).toBeNull();
  });

  // English Wikinews, "Japanese professional wrestler and Netflix star Hana Kimura dies aged 22", 2020-05-24 (fresh text).
  const KIMURA =
    'Japanese female professional wrestler and reality television star Hana Kimura, age 22, has died, wrestling promotion World Wonder Ring Stardom (Stardom) announced yesterday.';
  const STATEMENT =
    'Kimura was signed for Stardom at the time of her death, having joined them in 2019. Stardom\'s official statement yesterday read "Stardom fans, We are very sorry to report that our Hana Kimura has passed away."';

  test('"Stardom\'s official statement yesterday read "…"" is the organisation Stardom\'s, the day between noun and verb', () => {
    const article = analyze('Hana Kimura dies aged 22', KIMURA, STATEMENT);
    expect(attribution(article, 'Stardom fans')).toMatchObject({ kind: 'direct', speaker: 'World Wonder Ring Stardom', speakerRef: 'Stardom' });
  });

  test('an owner the text never names as an organisation is no speaker: the statement stays unattributed', () => {
    const article = analyze('Hana Kimura dies aged 22', STATEMENT);
    expect(attribution(article, 'Stardom fans').speaker).toBeNull();
  });
});

describe('", writing “…”": a participle cue after a comma', () => {
  test('"Ford also made this point, writing "…"" is Ford\'s (wikinews-doj-investigating-ford-emissions-testing)', () => {
    const article = analyze(
      'US Department of Justice investigating Ford over emissions testing problems',
      "On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices.",
      '"Ford is fully cooperating with the government, and we\'ll keep them posted on what we\'re finding through our investigation and technical review", Ford told The Verge. In the filing itself Ford also made this point, writing "In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies."',
    );
    expect(attribution(article, 'In addition, we have notified')).toMatchObject({ kind: 'direct', speaker: 'Ford Motor Company' });
  });

  test('"writing" as a noun sets off nothing: "academic writing does not help …"', () => {
    const article = analyze(
      'Putting your main message first',
      'Unfortunately, academic writing does not help someone quickly identify top tasks, "as the old saying goes".',
    );
    expect(attribution(article, 'as the old saying goes').speaker).toBeNull();
  });
});

describe('"As stated by X, “…”"', () => {
  test("'As explained by Tove Aagren, lead simulator at Ames …, “…”' is Aagren's, the cue from 'As'", () => {
    const article = analyze(
      'Ingenuity flight dynamics',
      'As explained by Tove Aagren, lead simulator at Ames and designer of the Sys-ID campaign, “An inherent challenge of working with Mars rotorcraft is that of model validation.”',
    );
    expect(attribution(article, 'An inherent challenge')).toMatchObject({ kind: 'direct', speaker: 'Tove Aagren', cue: 'As explained by Tove Aagren' });
  });

  test("'As stated by General Raymond Odierno, the Army Chief of Staff, “…”' is Odierno's", () => {
    const article = analyze(
      'Counter Improvised Explosive Devices',
      'As stated by General Raymond Odierno, the Army Chief of Staff, “the AOC provides the intellectual foundation and framework for learning and for applying what we learn to future force development under Force 2025 and Beyond.”',
    );
    expect(attribution(article, 'the AOC provides')).toMatchObject({ speaker: 'Raymond Odierno', cue: 'As stated by General Raymond Odierno' });
  });
});

// Fresh Wikinews page (WikinewsSum, "British white paper on public health"): "It" is the paper, whose critic speaks.
test('"It has also been criticized by the British Medical Association …, saying “…”" is given to no one the pronoun names', () => {
  const article = analyze(
    'British white paper on public health',
    'The paper has been criticized by many parties. The Liberal Democrats have accused the government of not being comprehensive enough. It has also been criticized by the British Medical Association as being implemented too slowly, saying "When lives need saving, doctors act immediately".',
  );
  expect(attribution(article, 'When lives need saving').speaker).not.toBe('Liberal Democrats');
});

// wikinews-elijah-cummings-dies-2019-10-18 and wikinews-world-leaders-amazon-fires-g7-2019-08-24 (development half).
describe('a name between a speech verb and the mark', () => {
  test('"…, said Cummings “worked until his last breath”": Cummings is the quoted clause\'s subject, not its speaker', () => {
    const article = analyze(
      'US Representative Elijah Cummings dies at age 68',
      'Early yesterday morning, United States Representative Elijah Cummings died while in hospice care.',
      'In a statement, Maya Rockeymoore Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said Cummings "worked until his last breath".',
    );
    expect(attribution(article, 'worked until his last breath').speaker).not.toBe('Elijah Cummings');
  });

  test('"“We stand ready” tweeted Johnson “to provide …”": a quote split around its inverted cue stays the speaker\'s', () => {
    const article = analyze(
      'World leaders call to address Amazon rainforest fires at G7',
      'On Thursday, French President Emmanuel Macron called for G7 action to correct what he named the international crisis of wildfires currently destroying Amazon rainforest in and around Brazil. G7 was already scheduled to meet this weekend. The call was quickly seconded by German Chancellor Angela Merkel and British Prime Minister Boris Johnson.',
      '"We stand ready" tweeted Johnson "to provide whatever help we can to bring them under control and help protect one of Earth\'s greatest wonders."',
    );
    expect(attribution(article, 'to provide whatever help').speaker).toBe('Boris Johnson');
  });

  // NASA, "55 Years Ago: Two Months Until the Moon Landing" (public domain).
  test('"Said Shepard of his return to flight status, “…”": a fronted verb\'s subject may be followed by what he spoke of', () => {
    const article = analyze(
      '55 Years Ago: Two Months Until the Moon Landing',
      'On May 5, astronaut Alan B. Shepard marked the eighth anniversary of his suborbital Mercury-Redstone-3 mission aboard the Freedom 7 capsule. Surgeons grounded Shepard in 1963 when he developed Meniere’s disease, an inner ear condition that causes dizziness. A minor operation in 1968 corrected the problem and Shepard remained symptom-free. Said Shepard of his return to flight status, “The sooner I get off the ground, the better.”',
    );
    expect(attribution(article, 'The sooner I get off the ground')).toMatchObject({ kind: 'direct', speaker: 'Alan B. Shepard' });
  });

  // voa-zimbabwe-mutambara-undoes-opposition-unification-2007-07-30 (development half, blind gold of session 32).
  test('"Commented Tsvangirai spokesman Nelson Chamisa: “…”": the spokesman after the fronted verb speaks, not his leader', () => {
    const article = analyze(
      "Zimbabwe's Mutambara Undoes Opposition Moves Towards Unification",
      'Responding obliquely in a campaign speech on Sunday, Tsvangirai said democratic forces must work together to dislodge Mr. Mugabe and the ruling party in 2008.',
      'Commented Tsvangirai spokesman Nelson Chamisa: "We believe in unity of purpose and we hope people will realize that the enemy is Mugabe and not Tsvangirai.”',
    );
    expect(attribution(article, 'We believe in unity of purpose')).toMatchObject({ kind: 'direct', speaker: 'Nelson Chamisa' });
  });
});

// wikinews-argentine-president-fernandez-abortion-bill-2020-03-04 (development half): "elaborated" is a cue verb.
test('"President Fernández elaborated, "…"" is Fernández\'s', () => {
  const article = analyze(
    'Argentine president Fernández to send bill legalising abortion to National Congress within 10 days',
    "On Sunday in Argentina's National Congress, President of Argentina Alberto Fernández announced he is to send a bill to the congress in the next ten days which aims to legalise abortion of human pregnancy.",
    'Estimates by the Argentinian government state about 350 thousand illegal abortions are carried out in the country each year. Saying "there are many abortions despite the criminal threat" ((es))Spanish language: ‍hay muchos abortos pese a la amenaza penal, President Fernández elaborated, "A state that is present must protect citizens in general and obviously women in particular."',
  );
  expect(attribution(article, 'A state that is present').speaker).toBe('Alberto Fernández');
});

// Global Voices, "China: Al Jazeera Reporter Melissa Chan Expelled" (9 May 2012, CC BY 3.0), development half.
test("'guards at the scene called her a \"traitor\"' is the unnamed guards' word, not the reporter's of an earlier clause", () => {
  const article = analyze(
    'China: Al Jazeera Reporter Melissa Chan Expelled',
    'Al Jazeera correspondent Melissa Chan was expelled from China this week.',
    'Victor Yang also points out that when Chan reported on Chinese black jails, guards at the scene called her a "traitor".',
  );
  expect(attribution(article, 'traitor')).toMatchObject({ kind: 'direct', speaker: null });
});

describe('a long object before "as"', () => {
  test('"He characterized the conflict between … of the Cruise video as “…”" is the blogger’s (wikinews-hackers-attack-scientology-website-2008-01-20)', () => {
    const article = analyze(
      'Hackers attack Scientology website',
      'Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the Church of Scientology\'s attempts to remove the Cruise video from the Internet: "Scientology vs. the Internet, part XVII". He characterized the conflict between the Church of Scientology and anonymous posters of the Cruise video as "another small skirmish in a war that Scientology has been waging for almost 15 years, since the early days of newsgroups such as alt.religion.scientology, which posted internal church documents in 1995."',
    );
    expect(attribution(article, 'another small skirmish')).toMatchObject({ speaker: 'Matthew Ingram', cue: 'He characterized' });
  });
});

// On the campaign trail in the USA, September 2020 (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('"Matt Drudge posted a report … about Trump\'s "mini-strokes" tweet" does not give the words after the possessive to Drudge', () => {
  const article = analyze(
    'On the campaign trail in the USA, September 2020',
    'Thereafter, Matt Drudge posted a report from The Hill about Trump\'s "mini-strokes" tweet as the top story on the Drudge Report.',
  );
  const drudge = article.entities.find((e) => e.name === 'Matt Drudge')?.id;
  expect(quotesOf(article).filter((q) => q.text === 'mini-strokes' && q.speakerId === drudge)).toEqual([]);
});

// On the campaign trail in the USA, September 2020 (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('"Mitt Romney … said …, and described Trump\'s potential unwillingness as "…"": the verb after ", and" has the first verb\'s subject', () => {
  const article = analyze(
    'On the campaign trail in the USA, September 2020',
    'Republican Senator Mitt Romney, a sometime Trump critic, said the peaceful transfer of power is what separates the U.S. from nations like Belarus, and described Trump\'s potential unwillingness as "unthinkable and unacceptable."',
  );
  expect(attribution(article, 'unthinkable and unacceptable.')).toMatchObject({ kind: 'direct', speaker: 'Mitt Romney' });
});

test('"The Atlantic claimed that … Trump refused …, and referred to the soldiers buried there as "losers"": no one is read after "that"', () => {
  const article = analyze(
    'On the campaign trail in the USA, September 2020',
    'Next, The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a cemetery of U.S. soldiers, and referred to the soldiers buried there as "losers" and "suckers."',
  );
  expect(attribution(article, 'losers').speaker).not.toBe('Atlantic');
});

describe('a listener after the verb', () => {
  // voa-bbg-cambodian-opposition-leaders-visit-voa-2012-08-10.
  test("'Rainsey told VOA Khmer Service reporter Pov Sok, “…”' is never the reporter's", () => {
    const article = analyze(
      'Cambodian opposition leaders visit VOA',
      'Rainsey told VOA Khmer Service reporter Pov Sok, “We will present a political platform that will take the best portions from the Sam Rainsy Party [and] the Human Rights Party’s platform, so as to make a platform that will give hope to the Cambodian people.”',
    );
    expect(attribution(article, 'We will present a political platform').speaker).not.toBe('Pov Sok');
  });

  // AMALGUM news (English Wikinews, CC BY 2.5), AMALGUM_news_asylum (2008-03-14): fresh text in neither half.
  test('"asked EU states “to find …”": "states" is the noun, so the EU is not the speaker', () => {
    const article = analyze(
      'Gay Iranian awaits decision on asylum',
      'A resolution passed by the European Parliament Thursday asked EU states "to find a common solution to ensure that Mehdi Kazemi is granted asylum or protection on EU soil and not sent back to Iran."',
    );
    expect(attribution(article, 'to find a common solution').speaker).not.toBe('European Union');
  });
});

describe('a person named by a noun right before the verb at the mark is its own speaker', () => {
  // Held-out batch of session 42 (Wikinews, CC BY 2.5).
  test('"when she exclaimed she could no longer bear being beaten the ex-policeman responded "…"" is not hers', () => {
    const article = analyze(
      "Brazilian footballer, ex-policeman among seven arrested for 'barbaric' murder",
      'The body of Eliza Samudio has not been found.',
      'It is alleged when she exclaimed she could no longer bear being beaten the ex-policeman responded "[y]ou are not going to bear it any more. You are going to die." Souza is said to have been present and witnessed both her torture and her strangulation.',
    );
    expect(attribution(article, '[y]ou are not going to bear it')).toMatchObject({ kind: 'direct', speaker: null });
  });

  // wikinews-scores-killed-twin-baghdad-marketplace-attacks-2008-02-01 (development half): a thing before the verb.
  test('"Rice said the bombings underlined "…"" stays Rice\'s: bombings are no speaker', () => {
    const article = analyze(
      'Scores killed in twin Baghdad marketplace attacks',
      'U.S. Secretary of State Condoleezza Rice said the bombings underlined "the absolute bankruptcy and brutality" of those who carried them out.',
    );
    expect(attribution(article, 'the absolute bankruptcy and brutality')).toMatchObject({ kind: 'direct', speaker: 'Condoleezza Rice' });
  });
});

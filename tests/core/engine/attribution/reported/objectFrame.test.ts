import { describe, expect, test } from 'vitest';
import { bodyMayFrame, citedClaimStart, framesObject, judgesObject } from '../../../../../src/core/engine/attribution/reported/objectFrame';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/objectFrame.ts: "accused A of B", "credited A with B", "likened A to B", "hailed A as B", "blamed A for B", "described A as B".

describe('object-and-preposition cues', () => {
  test('"X credited A with B" reports "A with B" as what X said', () => {
    const article = analyze('Vigil', 'Hatice Cengiz spoke on Monday. She credited news media with keeping the story alive.');
    expect(attribution(article, 'news media with keeping the story alive')).toMatchObject({ kind: 'reported', speaker: 'Hatice Cengiz', cue: 'She credited' });
  });

  test('"X, also accused A of B" gives X the accusation', () => {
    const article = analyze('Shooting', 'The president of the church, John Carmichael, also accused Anonymous of being behind the shooting.');
    expect(attribution(article, 'Anonymous of being behind the shooting')).toMatchObject({ kind: 'reported', speaker: 'John Carmichael' });
  });

  test('"hailed A as “…,” adding that …" ends at the closing mark, and the participle goes on with the speaker', () => {
    const article = analyze(
      'Shuttle',
      'NASA Administrator James C. Fletcher hailed the decision as “an historic step in the space program,” adding that it would change what humans can do in space.',
    );
    expect(attribution(article, 'it would change what humans can do in space')).toMatchObject({ kind: 'reported', speaker: 'James C. Fletcher' });
  });

  // usgov-nasa-wallops-suborbital-avionics-upgrades-2024-05-01 (NASA, public domain), development half.
  test('"He described it as a modular switch …" reports "it as …" as what he said; a passive "described by X as" does not', () => {
    const article = analyze(
      'Avionics upgrades',
      'Engineer Scott Hesh is developing the power switching unit to complement the Raspberry Pi CM4 computer. He described it as a modular switch that distributes the system’s power supply between up to eight different hardware systems.',
    );
    expect(
      attribution(article, 'it as a modular switch that distributes the system’s power supply between up to eight different hardware systems'),
    ).toMatchObject({
      kind: 'reported',
      speaker: 'Scott Hesh',
    });
    // wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29 (Wikinews, CC BY 2.5), development half.
    const passive = analyze(
      'Comicon',
      'Mancini has been described by the Daily Hive as a "squirrel whisperer", for the close affinity some of the animals have for her.',
    );
    expect(quotesOf(passive).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  // "US military kills Qasem Soleimani", Wikinews (CC BY 2.5), development half.
  test('"X, a spokesman for Y, blamed A for B" reports "A for B" as what X said', () => {
    const article = analyze(
      'US military kills Iranian general Qasem Soleimani',
      'In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.',
    );
    expect(attribution(article, 'both Israel and the United States for the attack')).toMatchObject({ kind: 'reported', speaker: 'Ahmed al-Assadi' });
  });

  // "Violence breaks out in Washington, D.C. at pro-Trump protest", fresh Wikinews 2020-11-17 (CC BY 2.5).
  test('a perfect "has blamed A for B" reports it too, the role noun resolved to the president named before', () => {
    const article = analyze(
      'Violence breaks out in Washington, D.C. at pro-Trump protest',
      "President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter. The president has blamed Democratic leadership for violence and unrest in various US cities throughout 2020.",
    );
    expect(attribution(article, 'Democratic leadership for violence')).toMatchObject({ kind: 'reported', speaker: 'Trump', cue: 'The president has blamed' });
  });

  // "Wikinews interviews Don Blankenship", fresh Wikinews 2020-10-19 (CC BY 2.5).
  test('"… and blames A for B" goes on with the subject of the verb before "and"', () => {
    const article = analyze(
      'Wikinews interviews Don Blankenship, U.S. Constitution Party presidential nominee',
      'Don Blankenship was convicted of conspiring to violate mine safety standards. He maintains his innocence and blames federal regulators for the disaster.',
    );
    expect(attribution(article, 'federal regulators for the disaster')).toMatchObject({ kind: 'reported', speaker: 'Don Blankenship' });
  });

  // "On the campaign trail in the USA, September 2020", fresh Wikinews 2020-09-30 (CC BY 2.5).
  test('"Critics accused Trump of …": an unnamed group’s accusation is reported speech, left unattributed', () => {
    const article = analyze('On the campaign trail in the USA, September 2020', 'Critics accused Trump of an intentional delay.');
    expect(attribution(article, 'Trump of an intentional delay')).toMatchObject({ kind: 'reported', speaker: null, cue: 'Critics accused' });
  });

  test('"blamed" with no "for" frames nothing', () => {
    const article = analyze('Campaign', "La Riva blamed capitalism as the root of all the nation's ills.");
    expect(quotesOf(article).filter((q) => q.text.startsWith('capitalism'))).toEqual([]);
  });

  test('a passive "was accused of" has no object and reports nothing', () => {
    const article = analyze('Trial', 'Mayor Tomas Reinholt was accused of fraud in 2019.');
    expect(quotesOf(article)).toEqual([]);
  });
});

// Wikinews (CC BY 2.5): development-half articles.
describe('"called X Y": the speaker\'s judgement of X', () => {
  test('"called X the worst …", "called X defensive …", "called X swift, …" report "X Y"', () => {
    const un = analyze('Drone attacks hit Saudi oil facilities', 'The United Nations called the resulting humanitarian crisis the worst in the world.');
    expect(attribution(un, 'the resulting humanitarian crisis the worst')).toMatchObject({ kind: 'reported', speaker: 'United Nations' });
    const us = analyze(
      'US military kills Qasem Soleimani',
      'The United States called its actions defensive in nature, pointing to the December 31 attack on the United States Embassy in Baghdad as an example.',
    );
    expect(quotesOf(us).map((q) => q.text)).toContain('its actions defensive in nature');
    const netanyahu = analyze(
      'US military kills Qasem Soleimani',
      "In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike justified and called Trump's order swift, forceful and decisive.",
    );
    expect(attribution(netanyahu, "Trump's order swift")).toMatchObject({ kind: 'reported', speaker: 'Benjamin Netanyahu' });
  });

  test('"called it unlikely that …" reports the judgement with its clause', () => {
    const article = analyze('Greek PM: EastMed pipeline open', 'Alex Lagakos spoke to the press. He called it unlikely that the EU would finance the project.');
    expect(attribution(article, 'it unlikely that the EU')).toMatchObject({ kind: 'reported', speaker: 'Alex Lagakos', cue: 'He called' });
  });

  test('a call, a name given, a time, words in marks or the writer\'s own "we called" are no judgement here', () => {
    const reported = (text: string) => quotesOf(analyze('Headline', text)).filter((q) => q.kind === 'reported');
    expect(reported('Mike Pompeo called the police after the attack.')).toEqual([]);
    // digital.gov (public domain), fresh pages: the writer's own naming.
    expect(reported('When we introduced NARA’s new social media strategy in August, we called it a living document.')).toEqual([]);
    expect(reported('And sometimes if the results don’t go as planned, we call it a failure.')).toEqual([]);
    expect(reported('Mike Pompeo called the national guard.')).toEqual([]);
    expect(reported('Mike Pompeo called the mission Artemis.')).toEqual([]);
    expect(reported('Mike Pompeo called the White House the next morning.')).toEqual([]);
    expect(reported('Vladimir Putin on Thursday called Kazakhstan\'s unrest "an act of terrorist aggression."')).toEqual([]);
  });
});

// Wikinews (CC BY 2.5) and Global Voices (CC BY 3.0): development-half articles.
describe('"cited X": what a person put forward', () => {
  test('"Amundson cited improvements …", "Erdoğan cited Article 5 … and said, "…"" report the object', () => {
    const day = analyze(
      'Actor Doris Day dies at 97',
      'Humane Society Legislative Fund president Sara Amundson praised her. Amundson cited improvements to the treatment of research chimpanzees and the ending of animal abuse videos.',
    );
    expect(attribution(day, 'improvements to the treatment')).toMatchObject({ kind: 'reported', speaker: 'Sara Amundson', cue: 'Amundson cited' });
    const nato = analyze(
      'Kurds announce deal with Assad',
      'Recep Tayyip Erdoğan spoke on Thursday. Erdoğan cited Article 5 of the NATO treaty and said, "They need to stand by us", while addressing the press yesterday.',
    );
    expect(quotesOf(nato).find((q) => q.kind === 'reported')?.text).toBe('Article 5 of the NATO treaty');
  });

  test('"cites three reasons …:" before what it cites, a body\'s "cited", and "was cited for" report nothing here', () => {
    const reported = (...text: Array<string>) => quotesOf(analyze('Headline', ...text)).filter((q) => q.kind === 'reported');
    expect(reported('Blogger Lekhajoka Shamim wrote about it. Lekhajoka Shamim cites three reasons for the demise of this industry:')).toEqual([]);
    expect(
      reported('Cows are considered sacred and politicians of the party Bharatiya Janta Party had previously cited the medicinal benefits of cow urine.'),
    ).toEqual([]);
    expect(reported('John Smith was cited for bravery.')).toEqual([]);
  });
});

// Wikinews (CC BY 2.5) and Global Voices (CC BY 3.0): development-half articles.
describe('"advocated X": the course a person argued for', () => {
  test('"Correa then advocated the creation of …" and "Fidel Castro advocated armed revolutionary struggle …" report the object', () => {
    // wikinews-south-american-leaders-end-border-dispute-2008-03-08
    const border = analyze(
      'South American leaders end border dispute',
      'Ecuadorian president Rafael Correa spoke at the summit. Correa then advocated the creation of an international peacekeeping force to control the border, saying that Ecuador had suffered.',
    );
    expect(attribution(border, 'the creation of an international peacekeeping force to control the border')).toMatchObject({
      kind: 'reported',
      speaker: 'Rafael Correa',
      cue: 'Correa then advocated',
    });
    // wikinews-activists-protest-school-of-the-americas-2004-11-21
    const castro = analyze(
      'Activists protest School of the Americas',
      'The Cuban dictator Fidel Castro advocated armed revolutionary struggle in Latin America.',
    );
    expect(attribution(castro, 'armed revolutionary struggle in Latin America')).toMatchObject({ kind: 'reported', speaker: 'Fidel Castro' });
  });

  test('a party\'s or supporters\' "advocated", and "advocates for", report nothing', () => {
    const reported = (...text: Array<string>) => quotesOf(analyze('Headline', ...text)).filter((q) => q.kind === 'reported');
    // gv-taiwan-tao-nuclear-nightmare-2012-05-11, gv-bahamas-bloggers-election-results-2012-05-09
    expect(reported('The Green party, which has advocated environmental awareness, made Sinan Mavivo a candidate.')).toEqual([]);
    expect(reported('PLP supporters tended towards the privileging of black Bahamians, while FNM supporters advocated the One Bahamas movement.')).toEqual([]);
    // gv-hong-kong-evangelists-lady-gaga-concerts-2012-05-22
    expect(reported('Lady Gaga sang on Monday. She advocates for the legalization of same sex marriage.')).toEqual([]);
  });
});

describe('the participles "accusing A of B" and "blaming A for B"', () => {
  // English Wikinews 2020, wikinews-philippines-abs-cbn-shut-down-by-government-2020-05-06 (development half).
  test('"X filed a petition …, accusing A of B" gives X the accusation', () => {
    const article = analyze(
      'ABS-CBN shut down',
      'Solicitor General Jose Calida filed a quo warranto petition on February 10, accusing the network of violating its franchise. After a Senate hearing was conducted on February 24, the Senate did not find the network had breached laws.',
    );
    expect(attribution(article, 'the network of violating its franchise')).toMatchObject({ kind: 'reported', speaker: 'Jose Calida' });
  });

  // English Wikinews 2019, wikinews-drone-attacks-saudi-oil-facilities-2019-09-15 (development half).
  test('"X posted a message on Twitter blaming A for B" gives X the blame', () => {
    const article = analyze(
      'Drone attacks on Saudi oil facilities',
      'US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there was "no evidence the attacks came from Yemen."',
    );
    expect(attribution(article, 'Iran for the attacks')).toMatchObject({ kind: 'reported', speaker: 'Mike Pompeo' });
  });

  // English Wikinews 2020-11-17, "Violence breaks out in Washington, DC at pro-Trump protest" (fresh page).
  test('"X lashed out at Y on Twitter, accusing her of "…"" gives X the accusation', () => {
    const article = analyze(
      'Violence breaks out in Washington, DC at pro-Trump protest',
      'President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser on Twitter, accusing her of "not doing her job".',
    );
    expect(attribution(article, 'her of "not doing her job"')).toMatchObject({ kind: 'reported', speaker: 'Trump' });
  });
});

describe('a judgement passed on a determined object', () => {
  test('"criticized the government\'s decision", "condemned the act of the NTC" judge their object; "criticized heavily" does not', () => {
    expect(judgesObject('criticized', " the government's decision:")).toBe(true);
    expect(judgesObject('condemned', ' the act of the NTC, citing the move')).toBe(true);
    expect(judgesObject('criticized', ' heavily throughout the evening')).toBe(false);
    expect(judgesObject('praised', ' the decision')).toBe(false);
  });
});

// "Germany says Alexei Navalny poisoned with Novichok", Wikinews, 5 September 2020 (CC BY 2.5), fresh text.
test('"The Russian government dismissed the claim from Berlin as groundless." reports "the claim … as groundless"', () => {
  const article = analyze(
    'Germany says Alexei Navalny poisoned with Novichok',
    'Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia. The Russian government dismissed the claim from Berlin as groundless.',
  );
  expect(attribution(article, 'the claim from Berlin as groundless')).toMatchObject({ kind: 'reported', cue: 'The Russian government dismissed' });
  // A post after "as" tells a sacking: nothing is said.
  expect(quotesOf(analyze('Headline', 'The club dismissed him as manager in May.'))).toEqual([]);
});

// "US professional wrestler Jon Huber dies aged 41", Wikinews, 28 December 2020 (CC BY 2.5), fresh text.
test('"WWE expressed sadness and extended condolences …" reports the one stance noun expressed', () => {
  const article = analyze(
    'US professional wrestler Jon Huber dies aged 41',
    "WWE expressed sadness and extended condolences to the family, friends, and fans of Huber. They currently feature a video on their website highlighting Huber's career.",
  );
  expect(attribution(article, 'sadness')).toMatchObject({ kind: 'reported', cue: 'WWE expressed' });
  // A lone noun that is no stance stays too short to report: "expressed interest" tells nothing said.
  expect(quotesOf(analyze('Headline', 'WWE expressed interest.'))).toEqual([]);
});

describe('"blasted A for B", "slammed A for B"', () => {
  // voa-au-accuses-darfur-rebels-destabilizing-2005-09-05 (development half; VOA, public domain).
  test('"The African Union blasted the Darfur\'s largest rebel group for a series of recent attacks …" is the AU\'s criticism', () => {
    const article = analyze(
      'AU Accuses Darfur Rebels of Destabilizing Region',
      "The African Union blasted the Darfur's largest rebel group for a series of recent attacks and other violations of a cease-fire with Sudan's government.",
    );
    expect(attribution(article, "the Darfur's largest rebel group for a series of recent attacks")).toMatchObject({
      kind: 'reported',
      speaker: 'African Union',
    });
  });

  test('a physical blast or slam, or a stretch of time after "for", reports nothing', () => {
    expect(framesObject('slammed', ' the door for good and left.')).toBe(false);
    expect(framesObject('blasted', ' the rock for three days to clear the tunnel.')).toBe(false);
    expect(framesObject('slammed', ' the brakes for a moment.')).toBe(false);
    expect(framesObject('slammed', ' the opposition for delaying the budget.')).toBe(true);
  });
});

// usgov-gsa-slack-team-communication-2015-07-30 (DigitalGov, public domain; the session 56 held-out batch).
describe('"praised A for B", "commended A for B"', () => {
  test('"Members of the Social Media Community of Practice praised Slack for being easy to learn …" is the members’ praise, left to no one', () => {
    const article = analyze(
      'Slack: team communication for government',
      'Members of the Social Media Community of Practice praised Slack for being easy to learn and easy to manage.',
    );
    expect(attribution(article, 'Slack for being easy to learn and easy to manage')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('praise for a stretch of time, or with no "for", frames no object', () => {
    expect(framesObject('praised', ' Slack for being easy to learn.')).toBe(true);
    expect(framesObject('commended', ' the team for their investigation.')).toBe(true);
    expect(framesObject('praised', ' the team for three days.')).toBe(false);
    expect(framesObject('praised', ' the decision.')).toBe(false);
  });
});

describe('an outlet that cites a source for its words', () => {
  // wikinews-indonesian-security-minister-wiranto-stabbed-2019-10-11 (development half).
  test('"The BBC also cited Budi Gunawan, chief of …, as saying the suspects were linked to …": the BBC\'s entry, and the claim inside it Gunawan\'s', () => {
    const article = analyze(
      'Indonesian security minister Wiranto stabbed',
      'The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State.',
    );
    expect(attribution(article, 'Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects')).toMatchObject({
      kind: 'reported',
      speaker: 'BBC',
      cue: 'BBC also cited',
    });
    expect(attribution(article, 'the suspects were linked to the Jamaah Ansharut Daulah network')).toMatchObject({ kind: 'reported', speaker: 'Budi Gunawan' });
  });

  // wikinews-three-killed-stabbing-attack-reading-uk-2020-06-23 (development half).
  test('"The Daily Telegraph cited a security source that mental health may be a factor …": the paper\'s entry, and the source\'s claim unattributed', () => {
    const article = analyze(
      'Three killed in stabbing attack in Reading, UK',
      'The Daily Telegraph cited a security source that mental health may be a factor in the attack.',
    );
    expect(attribution(article, 'a security source that mental health may be a factor in the attack')).toMatchObject({
      kind: 'reported',
      speaker: 'Daily Telegraph',
    });
    expect(attribution(article, 'mental health may be a factor in the attack')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'Daily Telegraph cited a security source that',
    });
  });

  test('a body that cites a document or a reason frames no words: "cited" stays a person\'s verb there', () => {
    expect(bodyMayFrame('cited', ' the report as evidence of a cover-up')).toBe(false);
    expect(bodyMayFrame('cited', ' rising costs for the decision')).toBe(false);
    expect(bodyMayFrame('cited', ' a report that showed the river was polluted')).toBe(false);
    const text = 'cited a security source that mental health may be a factor';
    expect(citedClaimStart('cited', text, 5, text.length)).toBe(text.indexOf('mental'));
    expect(citedClaimStart('said', text, 5, text.length)).toBeNull();
  });
});

describe('blame laid on someone or something', () => {
  // wikinews-scores-killed-twin-baghdad-marketplace-attacks-2008-02-01 (development half).
  test('"He blamed the attacks on Al-Qaeda in Iraq." after a quote of Crocker\'s reports the blame, his', () => {
    const article = analyze(
      'Scores killed in twin Baghdad marketplace attacks',
      '"There is nothing they won\'t do if they think it will work in creating carnage and the political fallout that comes from that," the U.S. Ambassador Ryan Crocker said. He blamed the attacks on Al-Qaeda in Iraq.',
    );
    expect(attribution(article, 'the attacks on Al-Qaeda in Iraq')).toMatchObject({ kind: 'reported', speaker: 'Ryan Crocker', cue: 'He blamed' });
  });

  test('"on" a day or a medium is no one the blame is laid on', () => {
    expect(framesObject('blamed', ' the government on Monday for the delay')).toBe(true);
    expect(framesObject('blamed', ' the government on Monday')).toBe(false);
    expect(framesObject('blamed', ' the opposition on Twitter')).toBe(false);
  });

  // wikinews-iran-admits-downing-ukrainian-jet-2020-01-13 (development half).
  test('", blaming "human error" and the fear of aggression …" after a group\'s clause reports the cause they blamed', () => {
    const article = analyze(
      'Iran admits downing Ukrainian jet',
      'On Saturday morning, representatives from Iran acknowledged their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran, blaming "human error" and the fear of aggression from the United States.',
    );
    expect(attribution(article, '"human error" and the fear of aggression from the United States')).toMatchObject({ kind: 'reported', cue: 'blaming' });
  });
});

// Wikinews, "Bomb in Mokha, Yemen kills photojournalist" (2019-01-30, CC BY 2.5), development half; docs/annotation-guide.md,
// "`attributed A to B`".
test('"attributed A to B" reports A to B, as "credited A with B" does; the passive "was attributed to" reports nothing', () => {
  expect(framesObject('attributed', ' the bombing to Houthi rebels.')).toBe(true);
  expect(framesObject('attributed', ' to heart failure.')).toBe(false);
});

describe('charges, causes and identifications framed by an object', () => {
  // usgov-doj-russian-intelligence-spear-phishing-domains-2024-10-03 (US DOJ, public domain), development half.
  test('"The indictment charged the defendants with a campaign to hack …": a charge laid in words, "A with B"; the passive is none', () => {
    const article = analyze(
      'Spear-phishing domains seized',
      'The indictment charged the defendants with a campaign to hack into computer networks in the United States.',
      'Two of the men were charged with conspiracy to commit wire fraud.',
    );
    expect(attribution(article, 'the defendants with a campaign to hack')).toMatchObject({ kind: 'reported', cue: 'The indictment charged' });
    expect(quotesOf(article).some((q) => q.text.startsWith('conspiracy'))).toBe(false);
  });

  // wikinews-john-paul-stevens-dies-2019-07-17 (Wikinews, CC BY 2.5), development half.
  test('"The statement ascribed his death to complications from a stroke on Monday" reports "A to B"', () => {
    const article = analyze(
      'John Paul Stevens dies',
      'John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99, according to a statement released by the Supreme Court. The statement ascribed his death to complications from a stroke on Monday.',
    );
    expect(attribution(article, 'his death to complications from a stroke on Monday')).toMatchObject({ kind: 'reported', cue: 'The statement ascribed' });
  });

  // wikinews-lost-52-project-finds-grayback-okinawa-2019-11-13 (Wikinews, CC BY 2.5), development half.
  test('"The Lost 52 Project identifies February 26, 1944 as the day it sank": a body names a date as something, the day\'s comma included', () => {
    const article = analyze('Lost 52 Project finds the Grayback', 'The Lost 52 Project identifies February 26, 1944 as the day it sank.');
    expect(attribution(article, 'February 26, 1944 as the day it sank')).toMatchObject({ kind: 'reported', speaker: 'Lost 52 Project' });
  });

  test('"identified the victim as John Smith": naming a person by name is an identification, no words said', () => {
    expect(framesObject('identified', ' the victim as John Smith, 45.')).toBe(false);
    expect(framesObject('identified', ' February 26, 1944 as the day it sank.')).toBe(true);
  });
});

describe('"reminded A of B": what the listeners are reminded of', () => {
  // gv-south-korea-podcasters-questioned-police-2012-05-21 (development half).
  test('"Twitter user @shanti reminded people of the similar treatment [ko] of Chung Bong-ju, …" is @shanti\'s, from the object on', () => {
    const article = analyze(
      'South Korea: Podcasters Questioned by Police',
      'Twitter user @shanti reminded people of the similar treatment [ko] of Chung Bong-ju, one of the four co-hosts of the show, who was sentenced to a jail term over defamation charges for raising allegations that the president was involved in stock fraud.',
    );
    expect(attribution(article, 'people of the similar treatment [ko] of Chung Bong-ju')).toMatchObject({ kind: 'reported', speaker: '@shanti' });
  });

  test('a passive "was reminded of" has no object and frames nothing', () => {
    expect(framesObject('reminded', ' of the similar treatment of Chung Bong-ju')).toBe(false);
    expect(framesObject('reminded', ' people of the similar treatment of Chung Bong-ju')).toBe(true);
  });

  // gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19 (development half): "reminds … that" reports its clause.
  test('"reminds critics that Malawi\'s system of government …": an "of" inside a that-clause frames nothing', () => {
    expect(framesObject('reminds', " critics that Malawi's system of government and even Christianity did not come from Malawi:")).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/trailingCue.ts: `"…," said X` and `"…," X said` — the cue right after the closing mark.

const GSA = 'A Sense of Purpose: Strong Communities Can Overcome Big Challenges';
const CGTN = "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'";
const DART = 'NASA Study: Asteroid’s Orbit, Shape Changed After DART Impact';
const IODINE = 'Australian children suffering from iodine deficiency';

describe('trailing cue', () => {
  test("a quote followed by ', said X' is X's", () => {
    const article = analyze(
      GSA,
      '“Designers were learning from finance people and finance people were learning from designers and they were all learning from hydrologists,” said Scott Davis, who helped administer the HUD challenge, which included a series of community events in various neighborhoods.',
    );
    expect(attribution(article, 'Designers were learning from finance people')).toMatchObject({
      kind: 'direct',
      speaker: 'Scott Davis',
      resolution: 'name',
      cue: 'said Scott Davis',
    });
  });

  test("a quote followed by 'Putin added' is the Putin named earlier", () => {
    const article = analyze(
      CGTN,
      'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
      "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
      '"The talks also focused on strengthening military and military-technical cooperation. Russia will continue to assist Kazakhstan in training military specialists," Putin added.',
    );
    expect(attribution(article, 'The talks also focused on strengthening')).toMatchObject({
      kind: 'direct',
      speaker: 'Vladimir Putin',
      resolution: 'name',
      cue: 'Putin added',
    });
  });

  test("'said X, title' after a quote is X's, whatever the title says", () => {
    const article = analyze(
      'Marshall Supports NASA’s SpaceX Crew-8 Launch',
      '“We even had a shooting star during ascent! This launch was tremendous,” said Maggie Freeman, program analyst supporting the Launch Vehicle Systems Office within the Commercial Crew Program at Marshall.',
    );
    expect(attribution(article, 'We even had a shooting star during ascent!')).toMatchObject({
      kind: 'direct',
      speaker: 'Maggie Freeman',
      resolution: 'name',
      cue: 'said Maggie Freeman',
    });
  });

  test("'Chesley continued' after the first half of a quote is Chesley's", () => {
    const article = analyze(
      DART,
      '“We used the timing of this precise series of light-curve dips to deduce the shape of the orbit, and because our models were so sensitive, we could also figure out the shape of the asteroid,” said Steve Chesley, a senior research scientist at JPL and study co-author. The team found Dimorphos’ orbit is now slightly elongated, or eccentric. “Before impact,” Chesley continued, “the times of the events occurred regularly, showing a circular orbit. After impact, there were very slight timing differences, showing something was askew. We never expected to get this kind of accuracy.”',
    );
    expect(attribution(article, 'We used the timing')).toMatchObject({ speaker: 'Steve Chesley', cue: 'said Steve Chesley' });
    expect(attribution(article, 'Before impact,')).toMatchObject({
      kind: 'direct',
      speaker: 'Steve Chesley',
      resolution: 'name',
      cue: 'Chesley continued',
    });
  });

  test("'he said' after a quote is the man the paragraph is about", () => {
    const article = analyze(
      IODINE,
      "Professor Eastman says manufacturers could easily remedy the situation by using iodised salt in their products in line with the United States and most European countries. \"I suspect they won't do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be iodised,\" he said.",
    );
    expect(attribution(article, "I suspect they won't do that")).toMatchObject({
      kind: 'direct',
      speaker: 'Eastman',
      resolution: 'pronoun',
      cue: 'he said',
      speakerRef: 'he',
    });
  });

  test("a quote 'said the post by an unknown author' stays unattributed", () => {
    const article = analyze(
      'Hackers attack Church of Scientology website',
      '"Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database," said the post by an unknown author on pigmy.',
    );
    expect(attribution(article, 'Someone emailed me earlier today')).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed' });
  });

  // The words between the closing mark and the cue finish the quoted sentence; the quote is still Bacon's.
  test("a quote finished outside its marks, then ', said X', is X's", () => {
    const article = analyze(
      GSA,
      '“People feel a sense of purpose” when they are part of a community, said Jono Bacon, director of community at GitHub. He added that members of a community gain access to tools, knowledge and other people.',
    );
    expect(attribution(article, 'People feel a sense of purpose')).toMatchObject({ kind: 'direct', speaker: 'Jono Bacon', cue: 'said Jono Bacon' });
  });
});

// NASA history pages (public domain), in neither half of tests/fixtures/real.
describe('a nickname inside a name', () => {
  test("a nickname between a name's words is no quote, and the words the person says after it are theirs", () => {
    const article = analyze(
      'Countdown Demonstration Test',
      'Launch pad manager John J. “Tip” Talone concluded of the quick action, “It worked like a champ.” Engineers resolved concern with any possible cracks.',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('Tip');
    expect(attribution(article, 'It worked like a champ')).toMatchObject({ kind: 'direct', speaker: 'John J. Talone' });
  });

  // sieves/trailingCue.ts reads the name's word before the nickname from a bounded stretch (engine/textBefore.ts).
  test('the same far into a long paragraph', () => {
    const filler = 'Engineers checked the pad again. '.repeat(300);
    const article = analyze(
      'Countdown Demonstration Test',
      `${filler}Launch pad manager John J. “Tip” Talone concluded of the quick action, “It worked like a champ.” Engineers resolved concern with any possible cracks.`,
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('Tip');
    expect(attribution(article, 'It worked like a champ')).toMatchObject({ kind: 'direct', speaker: 'John J. Talone' });
  });

  test('a nickname before a verb that could cue speech is no quote ("Harold E. “Bud” Ream continued to fly")', () => {
    const article = analyze(
      'Apollo 11 quarantine',
      'At Ellington AFB, MSC pilot Harold E. “Bud” Ream continued to fly the Lunar Landing Training Vehicle-2 to certify it for astronaut flights.',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});

describe('a cue opening the next sentence', () => {
  // NASA history features (public domain, works of the US federal government).
  test('after a quote that ends its sentence, "Name verbed the …" starts a sentence of its own, not the quote’s cue', () => {
    const article = analyze(
      'Enterprise: The Test Shuttle',
      'Enterprise’s story began on Jan. 5, 1972, when President Richard M. Nixon directed NASA to build the reusable space shuttle, formally called the Space Transportation System (STS), stating that “it would revolutionize transportation into near space.” NASA Administrator James C. Fletcher hailed the President’s decision as “an historic step in the nation’s space program,” adding that it would change the nature of space flight.',
    );
    expect(attribution(article, 'it would revolutionize transportation').speaker).not.toBe('James C. Fletcher');
  });

  test('"“….” He added: “…”" leaves the first quote to its own speaker', () => {
    const article = analyze(
      'HARP2 Aboard PACE',
      'By the time Vanderlei Martins, an atmospheric scientist at UMBC, first spoke to Werdell about incorporating a version of HARP into PACE in 2016, he had proven the technology with AirHARP.',
      'Denny Henry worked on the mission for a decade.',
      'Were it not for NASA’s early support of AirHARP and HARP CubeSat, said Martins, “I don’t think we would have HARP2 today.” He added: “We achieved every single goal, every single element, and that was because ESTO stayed with us.”',
    );
    expect(attribution(article, 'I don’t think we would have HARP2 today.').speaker).toBe('Vanderlei Martins');
  });

  // Wikinews, "World leaders call to address Amazon rainforest fires at G7" (2019, CC BY 2.5, fresh text).
  test('"“… in two days!” Macron told the world on Thursday via Twitter." closes its own sentence with a listener and a time: the cue', () => {
    const article = analyze(
      'World leaders call to address Amazon rainforest fires at G7',
      'French President Emmanuel Macron called for G7 action to correct what he named the international crisis of wildfires currently destroying Amazon rainforest in and around Brazil.',
      '"Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet\'s oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let\'s discuss this emergency first order in two days!" Macron told the world on Thursday via Twitter.',
    );
    expect(attribution(article, 'Our house is burning')).toMatchObject({ speaker: 'Emmanuel Macron', cue: 'Macron told' });
  });

  test('a listener followed by content of its own is a new sentence: "“…?” Macron told reporters the deal was off."', () => {
    const article = analyze(
      'Talks',
      'French President Emmanuel Macron met the other leaders.',
      'The question hung over the room. "Is it over now for all of us?" Macron told reporters the deal was off.',
    );
    expect(attribution(article, 'Is it over now').speaker).toBeNull();
  });
});

describe('a lower-case title between the verb and the name', () => {
  test('"“…”, said former New Zealand coach and former test player John Bracewell" is Bracewell’s (wikinews-australians-talk-tough-brisbane-test)', () => {
    const article = analyze(
      'Australians talk tough ahead of Brisbane test match',
      'The New Zealand team\'s reaction to this Australian bravado was muted. "It\'s just history repeating itself", said former New Zealand coach and former test player John Bracewell.',
    );
    expect(attribution(article, "It's just history repeating itself")).toMatchObject({ kind: 'direct', speaker: 'John Bracewell', resolution: 'name' });
  });

  test('"“…,” said study co-author Zorawar Wadiasingh" is the co-author’s (NASA, public domain)', () => {
    const article = analyze(
      'NASA’s NICER Probes the Squeezability of Neutron Stars',
      '“Our results show that the stars are puffier than expected,” said study co-author Zorawar Wadiasingh, an astrophysicist at NASA Goddard.',
    );
    expect(attribution(article, 'Our results show')).toMatchObject({ speaker: 'Zorawar Wadiasingh', cue: 'said study co-author Zorawar Wadiasingh' });
  });

  test('"“…,” said the wife of John Smith" is not John Smith’s', () => {
    const article = analyze('A quiet street', '“We never expected this,” said the wife of John Smith.');
    expect(attribution(article, 'We never expected this').speaker).not.toBe('John Smith');
  });
});

test('"“…”, he went on to say." is a trailing cue (wikinews-australians-talk-tough-brisbane-test)', () => {
  const article = analyze(
    'Australians talk tough ahead of Brisbane test match',
    "\"It's just history repeating itself\", said former New Zealand coach and former test player John Bracewell. \"They just have a set of lines they've been using since I've been coming over here and it's exactly the same story, just a different name saying it. It's just repetitious\", he went on to say.",
  );
  expect(attribution(article, 'They just have a set of lines')).toMatchObject({ speaker: 'John Bracewell', resolution: 'pronoun', cue: 'he went on to say' });
});

test('"According to Minister Joaquim Barbosa, “…”, reported G1." is Barbosa’s: the outlet only reports it (gv-brazil-racial-quotas-higher-education)', () => {
  const article = analyze(
    'Brazil: Racial Quotas in Higher Education',
    'According to Minister Joaquim Barbosa, the only black among those who voted, "these measures are intended not only to combat manifestations of blatant discrimination, but discrimination in fact, that is absolutely rooted in society, and so ingrained, people do not perceive it", reported G1.',
  );
  expect(attribution(article, 'these measures are intended')).toMatchObject({ kind: 'direct', speaker: 'Joaquim Barbosa' });
});

test('"“….” She explained, “…”" : the cue opening the next sentence leads into its own quote, not the one before (wikinews-fiancee-of-murdered-saudi-journalist)', () => {
  const article = analyze(
    'Fiancée of murdered Saudi journalist demands justice at UN General Assembly',
    'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice. Cengiz traveled to New York for the United Nations (UN) General Assembly which took place this week. Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey. Hatice Cengiz is a Turkish national now living in London.',
    'Cengiz called Mohammad\'s admission a "political maneuver." She explained, "By confessing this, he\'s also distancing himself from the killing of Jamal [...] He\'s saying that it happened under his watch but he means he is not involved in this crime."',
  );
  expect(attribution(article, 'political maneuver')).toMatchObject({ speaker: 'Hatice Cengiz', cue: 'Cengiz called' });
  expect(attribution(article, "By confessing this, he's also")).toMatchObject({ speaker: 'Hatice Cengiz', resolution: 'pronoun', cue: 'She explained' });
});

test('"“…” Robert added, “…”" leaves the first quote to the cue before it (fresh text, GSA)', () => {
  const article = analyze(
    'Mobile testing tools',
    'Troy Kitch and Robert Aspinall of the National Ocean Service were among those who responded. Troy said that he uses it often and that “Google’s Developer Tool is a somewhat more convenient tool, because it also allows you to test style changes on the fly.” Robert added, “It does a great job of imitating fingertip input.”',
  );
  expect(attribution(article, 'Google’s Developer Tool').speaker).not.toBe('Robert Aspinall');
  expect(attribution(article, 'It does a great job')).toMatchObject({ speaker: 'Robert Aspinall', cue: 'Robert added' });
});

describe('a trailing cue with a description between the name and the verb', () => {
  test('"“…,” Carrie Worth, NASA DC-8 pilot, said. “…”" is Carrie Worth’s, and so is the quote after it (fresh text, NASA)', () => {
    const article = analyze(
      'Women of the DC-8',
      '“When I was a little kid, I saw Patty Wagstaff perform aeronautical stunts at the airshow in Oshkosh, Wisconsin,” Carrie Worth, NASA DC-8 pilot, said. “I decided then and there that I wanted to be a pilot.”',
    );
    expect(attribution(article, 'When I was a little kid')).toMatchObject({ speaker: 'Carrie Worth', cue: 'Carrie Worth, NASA DC-8 pilot, said' });
    expect(attribution(article, 'I decided then and there').speaker).toBe('Carrie Worth');
  });

  test('a description that holds a speech verb of its own is no cue: "“…,” Ann Lee, who said she would resign, added" is left alone', () => {
    const article = analyze('A council meeting', 'Ann Lee chairs the council. “We will not move,” Ann Lee, who said she would resign, added.');
    expect(attribution(article, 'We will not move').cue).not.toBe('Ann Lee, who said she would resign, added');
  });
});

test('"“…,” Short shares. “…”" is Short’s, and so is the quote after it (fresh text, GSA)', () => {
  const article = analyze(
    'Meet the specialists',
    'Joanne Short joined the office in 2015.',
    '“One of my proudest moments was being called by the manager of communications to fill in as the specialist,” Short shares. “They honestly could have called on anyone.”',
  );
  expect(attribution(article, 'One of my proudest moments')).toMatchObject({ speaker: 'Joanne Short', cue: 'Short shares' });
  expect(attribution(article, 'They honestly could have called').speaker).toBe('Joanne Short');
});

test('"“…,” affirmed Daniel Kuhns, Digital Program Manager at FEMA" and "“…,” Aganze clarified." are theirs (fresh text, GSA and NASA)', () => {
  const article = analyze(
    'Keeping the FEMA app current',
    '“We listen to our users,” affirmed Daniel Kuhns, Digital Program Manager at FEMA.',
    'Christian Aganze is a postdoc at Stanford University. “We see dark matter’s effect on galaxies,” Aganze clarified.',
  );
  expect(attribution(article, 'We listen to our users')).toMatchObject({ speaker: 'Daniel Kuhns', cue: 'affirmed Daniel Kuhns' });
  expect(attribution(article, 'We see dark matter’s effect')).toMatchObject({ speaker: 'Christian Aganze', cue: 'Aganze clarified' });
});

test('"Slovenia affirmed their cooperation …": a verb that cues only a quote reports no speech without one (fresh text, NASA)', () => {
  const article = analyze(
    'Slovenia Signs Artemis Accords',
    'NASA and Slovenia affirmed their cooperation in future space endeavors on Friday as Slovenia became the 39th country to sign the Artemis Accords.',
  );
  expect(quotesOf(article)).toEqual([]);
});

test('"… “Scientology vs. the Internet, part XVII”. He characterized …": a full stop after the closing mark ends the sentence, so what follows is no trailing cue (wikinews-hackers-attack-scientology-website)', () => {
  const article = analyze(
    'Hackers attack Scientology website',
    'Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the Church of Scientology\'s attempts to remove the Cruise video from the Internet: "Scientology vs. the Internet, part XVII". He characterized the conflict between the Church of Scientology and anonymous posters of the Cruise video as "another small skirmish in a war that Scientology has been waging for almost 15 years."',
  );
  expect(attribution(article, 'Scientology vs. the Internet').cue).not.toBe('He characterized');
});

test('"… “who are the victims[.]” She went on to say, “…”": an editor\'s bracketed stop ends the sentence too, so the reported speaker keeps the fragment (wikinews-who-names-new-coronavirus-covid-19)', () => {
  const article = analyze(
    'WHO names new coronavirus COVID-19',
    'In an interview with Time magazine, Northwestern University public health expert Wendy Parmet said naming the virus after Wuhan would place "tremendous stigmatization on the people of Wuhan who are the victims[.]" She went on to say, "People tend to think of the disease as belonging to, as being a characteristic of some group of people associated with the place name, which can be really stigmatizing [...]"',
  );
  const fragment = attribution(article, 'tremendous stigmatization');
  expect(fragment.speaker).toBe('Wendy Parmet');
  expect(fragment.cue).not.toContain('went on');
});

test('"“…,” John Holbrook, of the ERC, said at the time." is Holbrook’s: words may follow the verb (fresh text, NASA)', () => {
  const article = analyze(
    'West Virginia robotics',
    '“We hope recognition from the WVSSAC will increase the number of schools throughout West Virginia participating in competitive robotics,” John Holbrook, of the ERC, said at the time.',
  );
  expect(attribution(article, 'We hope recognition')).toMatchObject({ speaker: 'John Holbrook', cue: 'John Holbrook, of the ERC, said' });
});

test('a nickname in marks is no quote with a cue: Henry “Hap” Arnold, Commander of the U.S. Army Air Forces, recommended … (fresh text, NASA)', () => {
  const article = analyze(
    'A laboratory for flight',
    'Just days later, however, Henry “Hap” Arnold, Commander of the U.S. Army Air Forces, recommended that completion of the laboratory should be prioritized.',
  );
  expect(quotesOf(article).filter((q) => q.text === 'Hap')).toEqual([]);
});

test('"In what an officer described as “…”, West Midlands Police reported …" leaves the words to the officer (fresh text, Wikinews)', () => {
  const article = analyze(
    'Drugs seized in West Midlands',
    'In what an officer described as “one of the largest [seizures] in the force’s 39 year history”, West Midlands Police reported recovering six big cellophane-wrapped cardboard boxes containing cannabis, cocaine, and MDMA.',
  );
  expect(attribution(article, 'one of the largest')).toMatchObject({ cue: 'an officer described' });
});

// Wikinews, "World Health Organization declares COVID-19 pandemic", 2020-03-14, CC BY 2.5 (fresh text, not in the corpus).
test('a cue opening the next sentence, then a phrase set off by commas, leads into its own quote, not the one before', () => {
  const article = analyze(
    'World Health Organization declares COVID-19 pandemic',
    'Although the word "pandemic" only refers to how widely a disease has spread, not how dangerous specific cases are, the WHO noted the need to drive governments to action: "All countries can still change the course of this pandemic. If countries detect, test, treat, isolate, trace and mobilize their people in the response," said Tedros Adhanom Ghebreyesus, the Director-General of the WHO. "We are deeply concerned both by the alarming levels of spread and severity and by the alarming levels of inaction."',
    'According to Dr. Tom Frieden, formerly the director of the United States\' Centers for Disease Control and Prevention, the pandemic is "unprecedented." He said, in remarks published by CNN in February, "[o]ther than influenza, no other respiratory virus has been tracked from emergence to continuous global spread."',
  );
  expect(attribution(article, 'unprecedented.')).toMatchObject({ speaker: 'Tom Frieden' });
  expect(attribution(article, '[o]ther than influenza')).toMatchObject({ kind: 'direct', speaker: 'Tom Frieden', cue: 'He said' });
});

// Wikinews 2019 (CC BY 2.5), development half of the corpus.
test('"“…,” 1st Fleet Command\'s Navy Information Agency head Arba Agung told …": an ordinal and a lower-case role noun may stand in the title before the name', () => {
  const article = analyze(
    'Wikinews investigates disappearance of cargo ship',
    'Yesterday the Search and Rescue Agency told The Jakarta Post it was intending to end its search on the basis of piracy, which is outside its remit; the paper also spoke to the Navy, who told it this was as-yet uncomfirmed and noted no ransom has been sought and the ship vanished from an area without previous piracy problems. Four Navy ships assisted by aircraft are searching. "We will continue searching until we find it," 1st Fleet Command\'s Navy Information Agency head Arba Agung told The Jakarta Post, which also today reported location data falsely showing the ship in Sunda Kelapa Port after its inaccurate position in Jakarta Bay was recorded.\n',
  );
  expect(attribution(article, 'We will continue searching')).toMatchObject({ kind: 'direct', speaker: 'Arba Agung' });
});

describe('a trailing cue with the body the speaker belongs to between the name and the verb', () => {
  // Wikinews, "Northern Arapaho tribe welcomes buffalo herd in Wyoming" (CC BY 2.5), fresh page, in neither half of the corpus.
  test('"“…[,]” Crystal C\'Bearing of the Northern Arapaho tribal historic preservation office told those gathered" is hers', () => {
    const article = analyze(
      'Northern Arapaho tribe welcomes buffalo herd in Wyoming',
      '"With everything that\'s happened to our people, our language, our culture, we feel that bringing the buffalo back here is going to heal us[,]" Crystal C\'Bearing of the Northern Arapaho tribal historic preservation office told those gathered to watch the release.',
    );
    expect(attribution(article, 'With everything')).toMatchObject({ speaker: "Crystal C'Bearing", resolution: 'name' });
  });

  test('a clause word inside the words after "of" stops the cue: the verb may be another subject’s', () => {
    const article = analyze(
      'Buffalo herd released',
      '"We feel that bringing the buffalo back here is going to heal us," Crystal Smith of the office that told the press about it had written.',
    );
    expect(attribution(article, 'We feel that').cue ?? '').not.toMatch(/told$/);
  });
});

// Global Voices, "Morocco: Eagerly Awaiting Obama's Speech" (CC BY 3.0), fresh page, in neither half of the corpus.
test('"“What if I met Obama?” wonders Mohamed Malouk." is the asker’s question: "wonders" cues a quote it follows', () => {
  const article = analyze(
    'Moroccans react to the Cairo speech',
    'The Obama Cairo speech was quite anticipated. “What if I met Obama?” wonders Mohamed Malouk.',
  );
  expect(attribution(article, 'What if I met Obama?')).toMatchObject({ speaker: 'Mohamed Malouk', cue: 'wonders Mohamed Malouk' });
});

// Wikinews, "Noise takes on Fockers in weekend box office race" (CC BY 2.5, WikinewsSum), fresh page, in neither half of the corpus.
test('"“…,” Jack Garner, film critic for Gannet News Service said." is the critic’s: the appositive’s closing comma left out', () => {
  const article = analyze(
    'Noise takes on Fockers in weekend box office race',
    '"White Noise never gives skeptics a chance to enjoy the film. I also suspect even believers will be bored," Jack Garner, film critic for Gannet News Service said. Garner\'s not alone in panning the film.',
  );
  expect(attribution(article, 'White Noise never gives skeptics')).toMatchObject({ kind: 'direct', speaker: 'Jack Garner' });
});

// Wikinews, "Polish leader Jaroslaw Kaczynski promises stricter punishments for child abusers" (2019-05-15, CC BY 2.5),
// development half; and "Wikinews investigates disappearance of cargo ship Namse Bangdzod" (2019-01-10), development half.
describe('a name, the body it belongs to and a description of either, then the verb', () => {
  const kaczynski = [
    'Polish leader Jaroslaw Kaczynski promises stricter punishments for child abusers',
    'Speaking about the movie, the topmost senior Polish archbishop Wojciech Polak said, "I am deeply disturbed by what I saw in Tomasz Sekielski\'s film. The enormous suffering of those who have been hurt gives rise to pain and shame [...] I am sorry for every wound inflicted by people of the church." Calling it as "just another apology", Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters "it almost appears as if the statement was prepared before the church officials saw the movie".',
  ] as const;

  test('"Calling it as “just another apology”, Anna Franowska of “Have no fear”, an abuse victim support charity, told" is Franowska’s', () => {
    expect(attribution(analyze(...kaczynski), 'just another apology')).toMatchObject({ speaker: 'Anna Franowska', resolution: 'name' });
  });

  test('a cue that opens a sentence of its own after a quote ending one does not take that quote', () => {
    const article = analyze(
      'Wikinews investigates disappearance of cargo ship Namse Bangdzod',
      'Dr. Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results, explained to Wikinews that crews might turn their AIS transponders off on purpose for security reasons, such as "in certain sea areas where piracy is a risk" in order to "avoid attracting unwanted attention. This can involve them being turned off for several days at a time." Doug Miller of Milltech Marine, a firm specialising in AIS, told our correspondent an AIS transponder will broadcast automatically provided it has power and antennae, even if the crew abandoned the vessel.',
    );
    expect(attribution(article, 'avoid attracting unwanted attention').speaker).toBe('Tristan Smith');
  });
});

// Global Voices, "Argentina: Lawmakers Approve Gender Identity Law" (12 May 2012, CC BY 3.0), not in the corpus.
test('a cue in the present perfect after the quote ("…", the bishop has said) is the role holder\'s', () => {
  const article = analyze(
    'Argentina: Lawmakers Approve Gender Identity Law',
    "One of the first criticisms, [es] before the law's approval, came from Daniel Fernández, bishop of the Diocese of Jujuy, in Argentina:",
    '"The church from the beginning has made its opinion known, we believe that the human being is created by God, male or female, and comes established with our human nature and from there we want to start to dialogue, with respect, without any type of intolerance, expressing our opinion, that in this case, it is contrary to that of many", the bishop has said.',
  );
  expect(attribution(article, 'The church from the beginning')).toMatchObject({ speaker: 'Daniel Fernández', cue: 'the bishop has said' });
});

describe('trailing cue: a title and units set off by commas (U.S. military style)', () => {
  const RESET = 'Sequestration affects ‘reset’ of equipment from Afghanistan';
  const MASON =
    '"All of that got pushed to (fiscal year) 2014, and now here we are in 2014 and not able to do that work again because of where we\'re at today,"';

  test('"…," Lt. Gen. Raymond V. Mason, deputy chief of staff, Army G-4, told … (Army News Service, army.mil, October 7, 2013; the stray stop after "Raymond" of the original left out)', () => {
    const article = analyze(
      RESET,
      `${MASON} Lt. Gen. Raymond V. Mason, deputy chief of staff, Army G-4, told members of the House Armed Services Committee, subcommittee on readiness , Oct. 2.`,
    );
    expect(attribution(article, 'All of that got pushed')).toMatchObject({ kind: 'direct', speaker: 'Raymond V. Mason' });
  });

  test('as printed, "Raymond. V. Mason" is no name the cue reaches: the quote stays unattributed, never the unit\'s (Army News Service)', () => {
    const article = analyze(
      RESET,
      `${MASON} Lt. Gen. Raymond. V. Mason, deputy chief of staff, Army G-4, told members of the House Armed Services Committee, subcommittee on readiness , Oct. 2.`,
    );
    expect(attribution(article, 'All of that got pushed')).toMatchObject({ kind: 'direct', speaker: null });
  });

  test('a capitalised title and a command: "…," Rickey Smith, Deputy Chief of Staff, Training and Doctrine Command, told … (made up)', () => {
    const article = analyze(
      'Army studies future force',
      '"We are looking at what the force needs in 2030," Rickey Smith, Deputy Chief of Staff, Training and Doctrine Command, told reporters.',
    );
    expect(attribution(article, 'We are looking at what the force needs')).toMatchObject({ kind: 'direct', speaker: 'Rickey Smith' });
  });

  test('two people named with their titles in a row are no title and units: the quote stays unattributed (made up)', () => {
    const article = analyze('Council agrees plan', '"We will work it out together," John Smith, the mayor, Mary Jones, the council leader, said on Monday.');
    expect(attribution(article, 'We will work it out together')?.speaker).toBeNull();
  });

  test('one unit opening with an abbreviation: "…," Army Gen. David Rodriguez, commander, U.S. Africa Command, told … (DVIDS, National Guard Bureau, March 2014; was given to Congress)', () => {
    const article = analyze(
      'Combatant commanders: National Guard builds global partnerships, proven on battlefield',
      'WASHINGTON - The National Guard builds enduring global partnerships and is proven on the battlefield, combatant commanders told Congress here Wednesday. Two of the combatant commanders also said they would like to see more National Guard State Partnership Program relationships in their areas of responsibility. "We have eight states that are over in [the National Guard] State Partnership Program," Army Gen. David Rodriguez, commander, U.S. Africa Command, told members of the House Armed Services Committee during a hearing on the 2015 defense budget. "They perform a great role in building relationships, as well as building capacity of our partners," Rodriguez said.',
    );
    expect(attribution(article, 'We have eight states')).toMatchObject({ kind: 'direct', speaker: 'David Rodriguez' });
  });

  // AMALGUM news (English Wikinews, CC BY 2.5), AMALGUM_news_brussels (2018-05-20): fresh text in neither half.
  test('`Spokesperson of the "Refuge" Dimitri Verdonck said, "…"`: the shelter\'s name is no words of Verdonck\'s', () => {
    const article = analyze(
      'Belgian LGBT refuge shelter announced during annual Brussels Pride',
      'Spokesperson of the "Refuge" Dimitri Verdonck said, "The Rainbow House, which brings together dozens of associations from the Brussels LGBT community, is approached at least once a week by a young person who has been left to their fate."',
    );
    expect(quotesOf(article).find((q) => q.text === 'Refuge')?.speakerId ?? null).toBeNull();
    expect(attribution(article, 'The Rainbow House')).toMatchObject({ kind: 'direct', speaker: 'Dimitri Verdonck' });
  });

  // Development half: wikinews-argentine-president-fernandez-abortion-bill-2020-03-04.
  test('a lower-case phrase after an article is still the next subject\'s: `Calling it a "culture of death" the archbishop said`', () => {
    const article = analyze(
      'Argentine President Fernández to send abortion bill to Congress',
      'The proceedings of the abortion rights was criticised by archbishop Monsenor Jorge Eduardo Scheinig. Calling it a "culture of death" the archbishop said "We need to pray so that in Argentina, the yes to life is stronger than death."',
    );
    expect(attribution(article, 'culture of death')).toMatchObject({ kind: 'direct', speaker: 'Jorge Eduardo Scheinig' });
  });

  // wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14 (Wikinews, CC BY 2.5).
  test('a verb that cues only a quote may name whom the words were to: `“…,” she appealed to the government.`', () => {
    const article = analyze(
      'Pakistan International Airlines sacrifices goat, resumes ATR flights',
      'The dead included six members of the same family, leaving behind a fourteen-year-old girl. Haseena Gul is entitled to tens of millions of rupees in compensation.',
      'Gul is currently receiving treatment from PIMS for psychological problems. "They will not let me study in Chitral," she appealed to the government. "Please have me shifted to Islamabad where I can study and fulfil my parents\' dream."',
    );
    expect(attribution(article, 'They will not let me study')).toMatchObject({ kind: 'direct', speaker: 'Haseena Gul' });
    expect(attribution(article, 'Please have me shifted')).toMatchObject({ kind: 'direct', speaker: 'Haseena Gul' });
  });
  // wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03 (Wikinews, CC BY 2.5).
  test("a view offered after its quote is its speaker's: `“…,” Republican political strategist Kevin Madden offered.`", () => {
    const article = analyze(
      'Beachside photos of New Jersey governor draw criticism',
      '"[Christie\'s] rise to national prominence was that he had this reputation as a fighter, and that when he was fighting he was on the side of the Everyman and the New Jersey taxpayer against the status quo," Republican political strategist Kevin Madden offered. "I think the danger of the photos is that it undermines that."',
    );
    expect(attribution(article, "[Christie's] rise to national prominence")).toMatchObject({ kind: 'direct', speaker: 'Kevin Madden' });
    expect(attribution(article, 'I think the danger of the photos')).toMatchObject({ kind: 'direct', speaker: 'Kevin Madden' });
  });
});

// wikinews-thai-party-withdraws-princess-nomination-2019-02-11 (development half, English Wikinews 2019, CC BY 2.5).
describe('a verb that reports speech only to a listener closes a trailing cue when the listener ends the sentence', () => {
  const THAI = 'Thai political party withdraws nomination of princess for prime minister';
  const opening =
    "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn.";

  test('"…," the party informed the press. — the party\'s words', () => {
    const article = analyze(
      THAI,
      opening,
      '"Thai Raksa Chart party complies with the royal command," the party informed the press. The election is scheduled for March 24.',
    );
    expect(attribution(article, 'Thai Raksa Chart party complies')).toMatchObject({ kind: 'direct', speaker: 'Thai Raksa Chart Party' });
  });

  test('"…," the party informed the press that … — content of its own after the listener opens no trailing cue', () => {
    const article = analyze(
      THAI,
      opening,
      '"Thai Raksa Chart party complies with the royal command." The party informed the press that the election is scheduled for March 24.',
    );
    expect(attribution(article, 'Thai Raksa Chart party complies').cue ?? '').not.toContain('informed the press');
  });
});

// gv-russia-runet-tomatoes-tusovki-2012-05-18 (development half, Global Voices, CC BY 3.0).
describe('a manner adverb before an inverted cue', () => {
  const RUNET = 'Russia: Throwing Tomatoes at the RuNet Tusovki';
  const paragraph =
    'The ones who did recognize him reacted with disbelief and nostalgia. "F..., the man who threw tomatoes at Yashin was the notorious Murz? Now that\'s f-ing something!" tweeted Kashin. "The very same?" sentimentally asked Rykov.';

  test('"“…?” sentimentally asked Rykov." is Rykov’s, not the previous quote’s speaker’s', () => {
    const article = analyze(RUNET, 'Journalist Oleg Kashin and pro-Kremlin blogger Konstantin Rykov both saw the video.', paragraph);
    expect(attribution(article, 'The very same?')).toMatchObject({ kind: 'direct', speaker: 'Konstantin Rykov', cue: 'sentimentally asked Rykov' });
    expect(attribution(article, 'F..., the man who threw tomatoes')).toMatchObject({ speaker: 'Oleg Kashin' });
  });
});

// wikinews-india-china-border-treaty-improve-ties-trade-2005-04-13, verbatim: the AP appositive before the verb, as
// roleAppositive.ts reads it after an inverted one.
describe('a role set off from the name before the verb: "“…,” ROLE, NAME, said"', () => {
  test('"…," Chinese Ambassador to India, Sun Yuxi, had said ahead of the visit." is Sun Yuxi\'s', () => {
    const article = analyze(
      'India, China sign border treaty to improve ties, trade',
      '"India and China can together reshape the world order," Indian Prime Minister Manmohan Singh said Monday.',
      '"China has a large manufacturing base. I believe it is the world\'s factory. And India with its development in software and other areas, I feel, is the world\'s office. What I am suggesting is to bring together the factory and the office," Chinese Ambassador to India, Sun Yuxi, had said ahead of the visit.',
    );
    expect(attribution(article, 'China has a large manufacturing base')).toMatchObject({ kind: 'direct', speaker: 'Sun Yuxi' });
  });

  test('"…," the project manager, Teddy Tzanetos, said." is the named person\'s', () => {
    const article = analyze(
      'A headline',
      'The rover drove on. "We will keep driving until the very end of the year," the project manager, Teddy Tzanetos, said.',
    );
    expect(attribution(article, 'We will keep driving')).toMatchObject({ kind: 'direct', speaker: 'Teddy Tzanetos' });
  });

  test('near miss: "the minister, John Smith, and Jane Doe said" is no one person\'s', () => {
    const article = analyze(
      'A headline',
      'The talks went on. "We will keep working until the very end of the year," the minister, John Smith, and Jane Doe said.',
    );
    expect(attribution(article, 'We will keep working').speaker).not.toBe('John Smith');
  });
});

// A fresh Wikinews page (WHO declares Ebola an international emergency, August 2014), measured held out.
test('"…by 2015". X admitted, however, to do so …: the next sentence\'s verb has words of its own and is not the quote\'s cue', () => {
  const article = analyze(
    'WHO declares Ebola outbreak an international emergency',
    'WHO vaccine chief Jean-Marie Okwo Bele told AFP he expected a possible vaccine against Ebola to start clinical trials next month, stating: "Since this is an emergency, we can put emergency procedures in place [...] so that we can have a vaccine available by 2015". WHO assistant director-general Marie-Paule Kieny admitted, however, to do so the bar set during the testing process would have to be lower.',
  );
  expect(attribution(article, 'Since this is an emergency')).toMatchObject({ speaker: 'Jean-Marie Okwo Bele' });
});

// A fresh Wikinews page (Air France flight 447, April 2011), measured held out.
test('"“…,” Robert Soulas, vice president of X, a support group for families …, said." is Soulas\'s', () => {
  const article = analyze(
    'Wreckage of Air France Flight 447 found',
    '"We weren’t prepared for that. We are now confronted with another trauma," Robert Soulas, vice president of Entraide et Solidarité AF447, a support group for families of victims of the crash, said.',
  );
  expect(attribution(article, 'We weren’t prepared for that')).toMatchObject({ speaker: 'Robert Soulas' });
});

// A fresh Wikinews page (Cyclone Gonu, June 2007), measured held out: two quotes cued by the passive of the agency's report.
describe('"…," X, a description, was quoted as saying by an outlet', () => {
  const article = analyze(
    'Rare Middle East cyclone batters Oman',
    '"University and school students were moved to higher ground in the area to avoid the cyclone effects," Hojjat Ali Shayanfar, head of emergency services in Sistan Baluchistan province, was quoted as saying by the Associated Press.',
    '"About 17-21 million barrels a day of oil are coming out of the Persian Gulf," Manouchehr Takin, at the Center for Global Energy Studies in London, was quoted as saying by the Associated Press.',
    '"Nothing is decided yet," Jane Ellis was quoted as saying.',
    '"The shelters are full." Tom Reid, the mayor, was quoted as saying the town would rebuild.',
  );

  test('is the one quoted, not the outlet, with or without a description', () => {
    expect(attribution(article, 'University and school students')).toMatchObject({ kind: 'direct', speaker: 'Hojjat Ali Shayanfar' });
    expect(attribution(article, 'University and school students')?.cue).toMatch(/was quoted as saying$/);
    expect(attribution(article, 'About 17-21 million barrels')).toMatchObject({ speaker: 'Manouchehr Takin' });
    expect(attribution(article, 'Nothing is decided yet')).toMatchObject({ speaker: 'Jane Ellis', cue: 'Jane Ellis was quoted as saying' });
  });

  test('a quote that ends its sentence is not the cue’s when the next sentence’s cue has words of its own', () => {
    expect(attribution(article, 'The shelters are full')?.speaker).not.toBe('Tom Reid');
  });
});

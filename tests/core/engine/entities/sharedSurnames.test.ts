import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { sameFirstName } from '../../../../src/core/engine/entities/sharedSurnames';

// sharedSurnames.ts: people who share a surname, and whom a lone surname then names. Sentences from fresh English
// Wikinews articles of 2019–2020 (CC BY 2.5), in neither half of tests/fixtures/real.

/** Each person found in the blocks, with the text of every mention. */
function people(...texts: Array<string>) {
  return findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => texts[m.block]?.slice(m.start, m.end)) }));
}

describe('relatives and namesakes are their own people', () => {
  // "Former U.S. intelligence agent Tony Mendez, architect of 'Argo' rescue, dies at 78", 2019-01-22.
  test('a wife named beside her husband ("Tony Mendez", "Mendez\'s wife Jonna Mendez")', () => {
    const found = people(
      "Former U.S. intelligence agent Tony Mendez, architect of 'Argo' rescue, dies at 78",
      'Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged 78.',
      'Mendez\'s wife Jonna Mendez, also CIA, said, "He could be Pakistani, he could be Mexican."',
      'A fourth, also co-written with Jonna Mendez, is due out in May.',
    );
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Tony Mendez', 'Jonna Mendez']));
  });

  // "US President Trump says Osama bin Laden's son killed", 2019-09-17.
  test('a father and son whose given names differ ("Hamza bin Laden, son of … Osama bin Laden")', () => {
    const found = people(
      "US President Trump says Osama bin Laden's son killed",
      'US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed.',
    );
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Hamza bin Laden', 'Osama bin Laden']));
  });

  // "Iranian International Master Dorsa Derakhshani discusses her chess career …", 2020-04-14: neither given name is
  // in a list of first names, and the brother took his sister's name, her gender his.
  test("a brother named as a sister's kin, though no list knows either given name", () => {
    const found = people(
      'Iranian International Master Dorsa Derakhshani discusses her chess career',
      'In February 2017, the Iranian Chess Federation announced two teenage chess players, Dorsa Derakhshani and her younger brother Borna Derakhshani, were banned from representing the national team.',
      'Dorsa Derakhshani is currently 21 years old.',
    );
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Dorsa Derakhshani', 'Borna Derakhshani']));
    expect(found.find((p) => p.name === 'Dorsa Derakhshani')?.mentions).not.toContain('Borna Derakhshani');
  });

  test('the kin named first keeps a namesake apart too', () => {
    const found = people('A family of players', 'In 2017 her younger brother Borna Derakhshani was banned.', 'Dorsa Derakhshani said she would not play.');
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Dorsa Derakhshani', 'Borna Derakhshani']));
  });

  test.each([
    ['a given name only the world list knows', 'Sadiq Khan', 'Usman Khan'],
    ['a relative of a public figure', 'Donald Trump', 'Mary Trump'],
  ])('two given names are two people, with %s', (_, a, b) => {
    expect(sameFirstName(a, b)).toBe(false);
  });

  // English Wikinews, "Malaysian authorities arrest fourth suspect in killing of Kim Jong Nam …", February 2017 (CC BY 2.5),
  // in neither half of tests/fixtures/real: "Kim Jong Nam, 45, was the oldest son of North Korean leader Kim Jong Il."
  test('two Korean names written family name first are two people by their given names, which come last', () => {
    expect(sameFirstName('Kim Jong Nam', 'Kim Jong Il')).toBe(false);
    expect(sameFirstName('Kim Jong Un', 'Kim Jong Un')).toBe(true);
  });

  test("two words no list knows are two given names, whether or not one was named as the other's kin", () => {
    expect(sameFirstName('Dorsa Derakhshani', 'Borna Derakhshani', true)).toBe(false);
    expect(sameFirstName('Dorsa Derakhshani', 'Borna Derakhshani')).toBe(false);
  });

  // gv-serbia-elections-citizen-media-monitoring-2012-05-06 (CC BY 3.0) and
  // wikinews-hong-kong-legislative-election-new-faces-2016-09-09 (CC BY 2.5), development half.
  test.each([
    [
      'Slobodan Milosevic',
      'Sasa Milosevic',
      'The latter is at "its most important election" since Slobodan Milosevic was demised in 2000.',
      'Global Voices Author Sasa Milosevic replied to this call to vote for the Serbian Radical Party [sr]:',
    ],
    [
      'Junius Ho',
      'Cyd Ho',
      "The pro-Beijing camp candidates elected were New People Party's Michael Tien, DAB's Ben Chan and Leung Che-cheung, FTU's Alice Mak and pro-establishment nonpartisan Junius Ho.",
      'Two pan-democratic veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan by around five thousand votes.',
      'Pan-democrat veteran Cyd Ho from the Labour Party lost her seat in this constituency.',
    ],
  ])('namesakes whose given names no list knows are two people: %s and %s', (a, b, ...texts) => {
    expect(people('A headline about the news', ...texts).map((p) => p.name)).toEqual(expect.arrayContaining([a, b]));
  });

  test.each([
    ['an honorific', 'Joyce Banda', 'Madame Banda'],
    ['a title inside the name', 'Joe Biden', 'Former Vice-President Biden'],
    ['the longer name’s last words', 'Thomas Rivera Schatz', 'Rivera Schatz'],
    ['two words no list of first names knows', 'Existing Barrier', 'Emerging Barrier'],
  ])('one person still, with %s', (_, a, b) => {
    expect(sameFirstName(a, b)).toBe(true);
  });
});

describe('whom a lone surname names', () => {
  // "US President Donald Trump tests positive for COVID-19", 2020-10-03.
  test('the person already named twice, not the wife named once in passing', () => {
    const found = people(
      'US President Donald Trump tests positive for COVID-19',
      'Very early yesterday morning, the United States President Donald Trump reported he and his wife First Lady Melania Trump tested positive for COVID-19.',
      'Trump took to social media, posting at 12:54 am local time (0454 UTC) on Twitter, "Tonight, [Melania] and I tested positive for COVID-19."',
      'Presidential physician Sean Conley issued a statement saying Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin.',
    );
    expect(found.find((p) => p.name === 'Donald Trump')?.mentions).toEqual(['US President Donald Trump', 'President Donald Trump', 'Trump', 'Trump']);
    expect(found.find((p) => p.name === 'Melania Trump')?.mentions).not.toContain('Trump');
  });

  // "On the campaign trail in the USA, July 2020", 2020-08-31.
  test('the person it already stood for, after a relative is named ("Trump\'s niece Mary Trump")', () => {
    const found = people(
      'On the campaign trail in the USA, July 2020',
      'President Donald Trump questioned the validity of mail-in voting, pointing to the "ballot box" as the only way to stop Trump.',
      "Several days later, Trump's niece Mary Trump released the tell-all book Too Much and Never Enough.",
      'Trump dismissed the book as a violation of a non-disclosure agreement.',
    );
    expect(found.find((p) => p.name === 'Mary Trump')?.mentions).toEqual(['Mary Trump']);
  });
});

// gv-malawi-bloggers-joyce-banda-2012-05-01 (CC BY 3.0)
test('a letter signed with a double given name is the person named before under one part of it', () => {
  const people = findEntities(
    [
      'Malawi: Bloggers on Joyce Banda',
      'However, Gregory Gondwe takes a very different approach. After identifying key issues needing her attention, he writes an open letter.',
      'I wish you all the best your Excellency President Joyce Hilda Mtila Banda.',
      'Yours Sincerely',
      'Vitus-Gregory Gondwe',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  const gondwe = people.filter((p) => p.name.endsWith('Gondwe'));
  expect(gondwe).toHaveLength(1);
  expect([gondwe[0]?.name, ...(gondwe[0]?.aliases ?? [])]).toEqual(expect.arrayContaining(['Gregory Gondwe', 'Vitus-Gregory Gondwe']));
});

// Wikinews, "On the campaign trail in the USA, October 2020", CC BY 2.5, not in the corpus:
// https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
describe('a lone surname the writer already uses for one of its bearers', () => {
  test('"Biden countered …" after "Hunter Biden\'s laptop" is still Joe Biden, whom alone the text has called "Biden"', () => {
    const found = people(
      'On the campaign trail in the USA, October 2020',
      'Polls at the start of the final full month on the campaign trail showed Democratic Party presidential nominee Joe Biden leading President Donald Trump, the Republican Party presidential nominee, in the RealClearPolitics average, 50.1 to 42.9 percent.',
      'In another potential "October surprise," on the week of Trump and Biden\'s dueling town halls, the New York Post published an article about the discovery of a laptop belonging to Biden\'s son Hunter that he allegedly abandoned at a Delaware computer repair shop.',
      'Just before the final presidential debate, Hunter Biden\'s former business partner Tony Bobulinski held a press conference claiming Joe Biden knew about his son\'s business deals, particularly with China, and that the elder Biden was involved with them. Echoing an email from Hunter Biden\'s laptop referencing a mysterious "big guy" who received a cut of money, Trump said, "You\'re the big man, I think." Biden countered that people are instead "learning to die" with it.',
    );
    const hunter = found.find((p) => p.name === 'Hunter Biden');
    expect(hunter?.mentions.filter((m) => m === 'Biden')).toEqual([]);
  });
});

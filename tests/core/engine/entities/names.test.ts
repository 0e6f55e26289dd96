import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import {
  afterOrganization,
  afterRoleWord,
  firstNameStart,
  isInitial,
  nameCore,
  nameShapedWord,
  personShaped,
} from '../../../../src/core/engine/entities/names';

// names.ts: what a person's name looks like — initials ("J.", "H.W."), a closing suffix ("Jr.", "III") — as real
// news writes it. The sentences come from the development half of tests/fixtures/real and from fresh US government
// pages (public domain) that are in neither half.

/** The people found in a text, by name, with the words of each mention. */
function peopleIn(...texts: Array<string>) {
  return findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => (texts[m.block - 1] ?? '').slice(m.start, m.end)) }));
}

describe('initials', () => {
  test.each([
    ['J.', true],
    ['H.W.', true],
    ['U.S.', false],
    ['D.C.', false],
    ['U.S.S.', false],
    ['Jr.', false],
  ])('%s is an initial: %s', (word, initial) => {
    expect(isInitial(word)).toBe(initial);
  });

  test('a title with three words before it and a name that opens with an initial: "Senior U.S. District Judge B. Lynn Winmill"', () => {
    const people = peopleIn(
      'Luis M. Villalobos-Galdamez, 27, an immigrant from El Salvador who was living in California at the time of his arrest, was sentenced by Senior U.S. District Judge B. Lynn Winmill to 120 months in federal prison for possession with intent to distribute methamphetamine.',
    );
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['B. Lynn Winmill', 'Luis M. Villalobos-Galdamez']));
  });

  test('initials written together are part of the name: "President H.W. Bush"', () => {
    const people = peopleIn(
      '“Tom’s dedication to NASA never wavered. In later years, he chaired a team to independently advise NASA on how to carry out President H.W. Bush’s space policy and completed the study ‘America at the Threshold’ about the nation’s potential future with humans in space.',
    );
    expect(people.map((p) => p.name)).toContain('H.W. Bush');
  });

  // NASA, katie-hofschen/NASA_RAG nasa_articles/nasa_article_252.md: "N.K.S." and "K.R." are two authors' initials.
  test('initials alone are nobody’s name ("… fellowship for N.K.S. K.R. acknowledges support …")', () => {
    const people = peopleIn(
      'ISS results funded by a 2012 Space Biology NNH12ZTT001N grant nos. 19-12829-26 under Task Order NNN13D111T award to K.V., which also funded post-doctoral fellowship for N.K.S. K.R. acknowledges support from the Science and Engineering Board (SERB) MATRICS Grant MTR/2020/000490.',
    );
    expect(people).toEqual([]);
  });

  // NASA, katie-hofschen/NASA_RAG nasa_articles/nasa_article_677.md
  test('a state’s initials that end a sentence do not run into the next one ("Greensboro, N.C. He continued")', () => {
    const people = peopleIn(
      'Brandon earned a bachelor’s degree in mechanical engineering-aerospace concentration from North Carolina A&T State University in Greensboro, N.C. He continued his education at Purdue University in West Lafayette, Ind. earning a master’s degree and Ph.D. in aeronautics and astronautics.',
    );
    expect(people.map((p) => p.name)).not.toContain('N.C. He');
  });
});

describe('a surname written as its initial alone', () => {
  // Wikinews, "Wikinews discusses DRM and DMCA with Richard Stallman after GitHub re-enables public access to
  // youtube-dl" (November 2020) and "GitHub blocks youtube-dl …" (October 2020, development half), CC BY 2.5.
  test('a known first name, then a bare initial, is a person: "Sergey M, one of the maintainers …", "Sergey M․"', () => {
    const people = peopleIn(
      'Hours after the public access was restored, Sergey M, one of the maintainers of youtube-dl wrote on GitHub, "We would like to thank @github for standing up for youtube-dl."',
      'Wikinews reached out to Sergey M․, one of the maintainers of youtube-dl script, however Sergey said he "won\'t give any comments at this time".',
    );
    expect(people.map((p) => p.name)).toEqual(['Sergey M']);
  });

  test('a bare initial after no known first name, or "A" and "I", makes no one', () => {
    expect(personShaped(['Sergey', 'M'])).toBe(true);
    expect(personShaped(['Vitamin', 'D'])).toBe(false);
    expect(personShaped(['Maria', 'I'])).toBe(false);
  });

  // Wikinews, "Indian Railway: all-women crew steers Tippu Express ahead of International Women's Day" (March 2020), a
  // fresh row of wikinews_2020.csv in neither half; CC BY 2.5.
  test('a South Indian name opened by an initial without its full stop is a person: "B Shiva Parvathi said"', () => {
    const people = peopleIn(
      'B Shiva Parvathi was running the train as loco pilot (locomotive pilot), and 22-year-old Rangoli Patil was her loco co-pilot.',
      'Speaking to newspaper Star of Mysore, B Shiva Parvathi said, "It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff".',
    );
    expect(people.map((p) => p.name)).toContain('B Shiva Parvathi');
  });

  test('a letter before one word, or "A" and "I" before two, opens no name', () => {
    expect(personShaped(['B', 'Shiva', 'Parvathi'])).toBe(true);
    expect(personShaped(['C', 'Company'])).toBe(false);
    expect(personShaped(['A', 'Shiva', 'Parvathi'])).toBe(false);
  });
});

describe('suffixes', () => {
  test('"Jr." closes a name, and "Harris" alone is that person', () => {
    const people = peopleIn(
      'Attendees at BEAM’s Black History Month observance event Feb. 27 watch the NASA documentary “The Color of Space.” On screen is former NASA astronaut Bernard A. Harris Jr., who flew during the Space Shuttle Program.',
      'Harris has logged 438 hours in space.',
    );
    // "astronaut" is a role noun: the first mention takes in the role before the name, as "NASA engineer …" does.
    expect(people).toContainEqual({ name: 'Bernard A. Harris Jr.', mentions: ['NASA astronaut Bernard A. Harris Jr.', 'Harris'] });
  });

  // Army, "20th CBRNE to participate in Army-wide evaluation" (public domain, work of the US federal government).
  test('a surname that is also a title is the surname before a suffix: "Brig. Gen. William E. King IV"', () => {
    const people = peopleIn(
      'Brig. Gen. William E. King IV, the commanding general of 20th CBRNE Command, said the Army-wide evaluation was an opportunity for his Soldiers to hone and demonstrate their warrior skills in a simulated combat environment.',
    );
    expect(people.map((p) => p.name)).toEqual(['William E. King IV']);
  });

  // wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13 (development half); the fresh pages of
  // 2019-07-24 and 2019-09-11 on Boris Johnson write the Queen so too.
  test('a regnal numeral after a lone given name closes a monarch\'s name: "Queen Elizabeth II"', () => {
    const people = peopleIn(
      'The court had been petitioned by Joanna Cherry of the Scottish National Party and 78 co-petitioners for a ruling on the prorogation of the UK parliament by Queen Elizabeth II at the request of Prime Minister Boris Johnson.',
    );
    expect(people.map((p) => p.name)).toContain('Elizabeth II');
    expect(nameCore(['Elizabeth', 'II'])).toEqual(['Elizabeth']);
    expect(nameCore(['Phase', 'II'])).toEqual(['Phase', 'II']);
  });

  test('"World War II" has no name before its numeral', () => {
    expect(nameCore(['World', 'War', 'II'])).toEqual(['World', 'War', 'II']);
    expect(nameCore(['Christopher', 'C.', 'Kraft', 'Jr.'])).toEqual(['Christopher', 'C.', 'Kraft']);
    expect(personShaped(['Christopher', 'C.', 'Kraft', 'Jr.'])).toBe(true);
  });
});

describe('hyphened first names', () => {
  test('two first names joined by a hyphen open a name: "John-Christian G. Rauschenberg"', () => {
    const people = peopleIn(
      'The Pacific Standard bar is located in Brooklyn, New York, and is co-owned by Jonathan M. Stan and John-Christian G. Rauschenberg. Stan commented on the creation of the Santorum cocktail.',
    );
    expect(people.map((p) => p.name)).toEqual(['Jonathan M. Stan', 'John-Christian G. Rauschenberg']);
  });
});

// Surnames with an inner capital after a Romance or Dutch particle, from fresh NASA, GSA and Wikinews pages.
test.each(['DeRocco', 'DiBerardino', 'LaBreesha', 'LeMond', 'DuBois', 'VanRoekel', 'DeWine', 'McAllister', "O'Brien"])('%s is written like a name', (word) => {
  expect(nameShapedWord(word)).toBe(true);
});

test.each(['DEROCCO', 'Deroccoo.com', 'iPhone', "I'M"])('%s is not', (word) => {
  expect(nameShapedWord(word)).toBe(false);
});

// A capital, an apostrophe and a capital: French and Arapaho surnames on fresh NASA and Wikinews pages.
test.each(['L’Ecuyer', "C'Bearing", "N'Diaye"])('%s, a surname with an apostrophe after its first letter, is written like a name', (word) => {
  expect(nameShapedWord(word)).toBe(true);
});

test('a speaker with such a surname is a person', () => {
  expect(
    peopleIn(
      '“If you change the polar regions, you also fundamentally change the weather around the world,” said Tristan L’Ecuyer, a professor at the University of Wisconsin-Madison and the mission’s principal investigator.',
      '"We feel that bringing the buffalo back here is going to heal us[,]" Crystal C\'Bearing of the Northern Arapaho tribal historic preservation office told those gathered to watch the release.',
    ).map((p) => p.name),
  ).toEqual(["Crystal C'Bearing", 'Tristan L’Ecuyer']);
});

test('a person with such a surname is found', () => {
  expect(
    peopleIn(
      '“Detecting a population of Earth-mass primordial black holes would be an incredible step,” said William DeRocco, a postdoctoral researcher at the University of California Santa Cruz.',
      '“There’s no way to tell between Earth-mass black holes and rogue planets on a case-by-case basis,” DeRocco said.',
    ),
  ).toEqual([{ name: 'William DeRocco', mentions: ['William DeRocco', 'DeRocco'] }]);
});

// gv-tunisia-freedom-of-expression-campaign-2012-05-07 and wikinews-egypt-anti-government-protests-continue-internet-shut-
// down-2011-01-28 (development half): "Ben", son of, after an Arabic article in the run goes on with the one name.
test('"Ben" after an Arabic article inside a name starts no second person ("Zine El Abidine Ben Ali")', () => {
  expect(firstNameStart(['Zine', 'El', 'Abidine', 'Ben', 'Ali'])).toBe(0);
  expect(firstNameStart(['Zine', 'al-Abidine', 'Ben', 'Ali'])).toBe(0);
  // Near miss: no Arabic article before it, "Ben" is the given name a person starts at ("Heritage Ben Carson").
  expect(firstNameStart(['Heritage', 'Ben', 'Carson'])).toBe(1);
  const people = analyzeArticle(
    'Tunisia: campaign\n\nThe uprising saw Tunisian president Zine al-Abidine Ben Ali ousted from office. Ben Ali fled the country.',
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).toEqual(['Zine al-Abidine Ben Ali']);
});

test('a surname particle that first-name lists hold opens no name inside a run ("led by Saad El Katatny")', () => {
  expect(firstNameStart(['Saad', 'El', 'Katatny'])).toBe(0);
  expect(firstNameStart(['Heritage', 'Nadia', 'Morrow'])).toBe(1);
  expect(firstNameStart(['Astronauts', 'C.', 'Gordon', 'Fullerton'])).toBe(1);
  expect(firstNameStart(['M.', 'Scott', 'Carpenter'])).toBe(0);
  // "Comoros president Ahmed Abdallah Mohamed Sambi" (wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26): a
  // chain of given names, the common first name inside it no second person's.
  expect(firstNameStart(['Ahmed', 'Abdallah', 'Mohamed', 'Sambi'])).toBe(0);
  expect(firstNameStart(['Heritage', 'Foundation', 'Nadia', 'Morrow'])).toBe(2);
  // "Egypt: Lawyer's Arrest in Saudi Arabia Sparks Protests" (Global Voices, development half); a South Sudan obituary
  // (English Wikinews, 2019), outside the corpus.
  const texts = [
    'A headline about the news',
    "Egypt's delegation went to Riyadh led by Saad El Katatny, Muslim Brotherhood member and the current speaker of Egypt's parliament.",
    "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on Luk's death to The EastAfrican.",
  ];
  const people = findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  expect(people).not.toContain('El Katatny');
  expect(people).toContain('Rebecca Nyandeng De Mabior');
});

// "Actor Doris Day dies at 97" (English Wikinews, development half); a fresh Wikinews page on zebra stripes.
describe('a surname that is also a word never opening a name, after a known first name', () => {
  test.each([
    ['US singer, actor, and animal rights advocate Doris Day died on Monday at her home in Carmel Valley, California.', 'Doris Day'],
    [
      '"Stripes may dazzle flies in some way once they are close enough to see them with their low-resolution eyes[,]" said study co-author and Royal Society University Research Fellow Martin How.',
      'Martin How',
    ],
  ])('is a person: %s', (text, name) => {
    expect(peopleIn(text).map((p) => p.name)).toContain(name);
  });

  test.each(['The town was quiet on Christmas Day.', 'Students marked Earth Day on Monday.'])('is not without the first name: %s', (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  test('only as the last word', () => {
    expect(personShaped(['Doris', 'Day'])).toBe(true);
    expect(personShaped(['Day', 'Doris'])).toBe(false);
    expect(personShaped(['Christmas', 'Day'])).toBe(false);
  });
});

test('an initial before a first name opens the name: "M. Scott Carpenter", "Curator of Painting H. Lester Cooke"', () => {
  // "Remembering James Dean" (NASA, development half); NASA and Wikinews pages outside the corpus.
  const people = peopleIn(
    'Working alongside National Art Gallery Curator of Painting H. Lester Cooke, he created a framework to give artists unparalleled access.',
    'The astronauts are left to right: M. Scott Carpenter, L. Gordon Cooper Jr., John H. Glenn Jr. and Virgil I. Grissom.',
    'Right: Astronauts C. Gordon Fullerton, left, Fred W. Haise and Joe H. Engle.',
    'Guests included antiwar activist Adam Kokesh, Brian Anderson of Nexus, conspiracy theorist G. Edward Griffin and others.',
  ).map((p) => p.name);
  expect(people).toEqual(expect.arrayContaining(['H. Lester Cooke', 'M. Scott Carpenter', 'C. Gordon Fullerton', 'G. Edward Griffin']));
  expect(people).not.toEqual(expect.arrayContaining(['Lester Cooke']));
  expect(people).not.toContain('Scott Carpenter');
  expect(people).not.toContain('Gordon Fullerton');
  expect(people).not.toContain('Edward Griffin');
});

// Wikinews, "Hong Kong's Carrie Lam withdraws extradition bill" (2019-09-06, CC BY 2.5), development half: the person
// was named "Amnesty International Man-kei Tam" and spoke under that name.
describe('a person named right after a known organisation', () => {
  test('"Hong Kong director of Amnesty International Man-kei Tam said" names Man-kei Tam, not "Amnesty International Man-kei Tam"', () => {
    const text = 'Hong Kong director of Amnesty International Man-kei Tam said in a statement that the bill should go.';
    expect(peopleIn(text).map((p) => p.name)).toEqual(['Man-kei Tam']);
  });
});

// gv-mexico-presidential-debate-disappointment-2012-05-08 (development half, Global Voices 2012, CC BY 3.0).
test('a pseudonym of one word after a capitalised role noun is a person where a language tag or a speech verb follows ("Blogger Chilakil [es]")', () => {
  const texts = [
    'Mexico: Presidential Debate Disappoints',
    'The model was named the "real winner of the debate" on social networks. Blogger Chilakil [es] from Hazme el chingado favor [es] explained it:',
  ];
  const chilakil = findEntities(texts, 0).entities.find((e) => e.name === 'Chilakil');
  expect(chilakil?.type).toBe('person');
  expect(chilakil?.role).toBe('Blogger');
  expect(afterRoleWord(['Student', 'Union'], ' members met')).toBe(0);
});

// An Arabic article or kin word glued to a surname with a capital after it: Global Voices, "Palestine: PalFest
// Literature Festival in Gaza for the First Time" (May 2012, CC BY 3.0), fresh text.
test.each(['ElKhuzundar', 'ElBaradei', 'AlKhawaja', 'AbuKhalil'])('%s is written like a name', (word) => {
  expect(nameShapedWord(word)).toBe(true);
});

test('"As blogger Nader ElKhuzundar described:" sets off the words of a person, Nader ElKhuzundar', () => {
  const text = [
    'Palestine: PalFest Literature Festival in Gaza for the First Time',
    'The first day of the event, May 6, was dedicated to workshops at three universities: Al Aqsa University, Al Azhar University and the Islamic Univeristy. As blogger Nader ElKhuzundar described:',
    'The events kicked off by holding two workshops at both Al Azhar and the Islamic University of Gaza on writing and blogging in both Arabic and English. PalFest 2012 authors were astonished by the fact that many students attended the workshops. They were more astonished by the fact that most of the attendees were females.',
  ].join('\n\n');
  const article = analyzeArticle(text);
  const quote = article.paragraphs.flatMap((b) => b.quotes).find((q) => q.text.startsWith('The events kicked off'));
  const speaker = article.entities.find((e) => e.id === quote?.speakerId);
  expect(speaker).toMatchObject({ name: 'Nader ElKhuzundar', type: 'person' });
});

test('"Abdelhak al\'Koush, blogging on Afinina [Ar], launched a strong attack": the Arabic article written with an apostrophe joins the name (gv-moroccans-love-hate-affair-obama-2009-06-08)', () => {
  expect(nameShapedWord("al'Koush")).toBe(true);
  const people = findEntities(
    [
      'Moroccans love-hate affair with Obama',
      "But not everybody was impressed by Obama's words. Abdelhak al'Koush, blogging on Afinina [Ar], launched a strong attack on the American president and questioned his motives in a discourteous post. He wrote:",
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).toContain("Abdelhak al'Koush");
});

test('a president named with his chain of given names keeps them all, in the article and in a pull quote signature', () => {
  // wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26
  const texts = [
    'African troops invade rebel-held Anjouan',
    '—Ahmed Abdallah Mohamed Sambi, President of Comoros',
    'In a nationally televised address, Comoros president Ahmed Abdallah Mohamed Sambi said he had approved of the military operation.',
  ];
  const people = findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  expect(people).toEqual(['Ahmed Abdallah Mohamed Sambi']);
});

// wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24 (development half): a role noun capitalised
// at a sentence's start before one name-shaped word is the role of a one-word name where an age follows between commas.
test('"Survivor Baba, 37, a refugee, said" names Baba, the survivor, and the quote after is his', () => {
  const text =
    'Survivor Baba, 37, a refugee, said military aircraft were not an uncommon sight but the attacking jet behaved abnormally. "The plane flew back and forth, and we knew something was wrong before the bombing happened." His remarks were released by MSF.';
  expect(peopleIn(text)).toEqual([{ name: 'Baba', mentions: ['Baba'] }]);
  const article = analyzeArticle(['Nigerian refugee camp airstrike death toll passes 100', text].join('\n\n'));
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('The plane flew back'));
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Baba');
});

test('a role noun before one capitalised word with no age, verb or tag after it names no one ("Student Union", "User Guide")', () => {
  expect(afterRoleWord(['Student', 'Union'], ', 37 members')).toBe(0);
  expect(afterRoleWord(['Survivor', 'Baba'], ', 37, a refugee')).toBe(1);
});

// Wikinews (CC BY 2.5), development half: wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10.
test('an operation\'s name after a body\'s head word is no person ("Combined Joint Task Force Operation Inherent Resolve")', () => {
  expect(afterOrganization(['Combined', 'Joint', 'Task', 'Force', 'Operation', 'Inherent', 'Resolve'])).toBe(0);
});

describe('two given names written as one, and a government lawyer’s title (usgov-doj-ista-pharmaceuticals-guilty-plea-xibrom-2013-05-24)', () => {
  test.each(['MaryEllen', 'JoAnn'])('%s is written like a name', (word) => {
    expect(nameShapedWord(word)).toBe(true);
  });

  test.each(['YouTube', 'PayPal'])('%s, a brand with a capital inside that no given name opens, is not', (word) => {
    expect(nameShapedWord(word)).toBe(false);
  });

  test('the prosecutor and the counsel named after their titles are people, the titles not part of their names', () => {
    const names = peopleIn(
      'The criminal case was prosecuted by Assistant Director Jeffrey Steger of the Consumer Protection Branch of the Civil Division of the Department of Justice and Assistant United States Attorney MaryEllen Kresse of the Office of the U.S. Attorney for the Western District of New York. They were assisted by Associate Chief Counsel Kelsey Schaefer of the Food and Drug Division, Office of General Counsel, Department of Health and Human Services.',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Jeffrey Steger', 'MaryEllen Kresse', 'Kelsey Schaefer']));
    expect(names).not.toContain('Counsel Kelsey Schaefer');
  });
});

import { describe, expect, test } from 'vitest';
import { eastAsianName, mandarinName } from '../../../../src/core/engine/entities/eastAsianName';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// eastAsianName.ts eastAsianName: Chinese and Korean names written surname first with a hyphened given name. Sentences from the
// development half's "New faces emerge as veteran politicians step down in Hong Kong legislative election" (Wikinews,
// 2016-09-09) and from fresh English Wikinews pages of 2019-2020 (CC BY 2.5), in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('the shape', () => {
  test.each([
    ['Cheng', 'Chung-tai'],
    ['Leung', 'Che-cheung'],
    ['Lam', 'Cheuk-ting'],
    ['Park', 'Won-soon'],
    ['Roh', 'Moo-hyun'],
    ['Yu', 'Hoi-kwan'],
  ])('"%s %s" is such a name', (surname, given) => expect(eastAsianName([surname, given])).toBe(true));

  test.each([
    ['The', 'Earth-to'],
    ['Using', 'Earth-based'],
    ['This', 'Hall-effect'],
    ['Top', 'Sci-fi'],
    ['Korean', 'Hip-hop'],
    ['Kwok', 'Ka-ki', 'Lee'],
  ])('"%s %s" is none', (...words) => expect(eastAsianName(words)).toBe(false));
});

describe('people found by it', () => {
  test('a name in a list after a found person ("DAB\'s Ben Chan and Leung Che-cheung")', () => {
    expect(
      people(
        "The pro-Beijing camp candidates elected were New People Party's Michael Tien, DAB's Ben Chan and Leung Che-cheung, FTU's Alice Mak and pro-establishment nonpartisan Junius Ho.",
      ),
    ).toContain('Leung Che-cheung');
  });

  test('a name then its party ("Cheng Chung-tai of Civic Passion", "Wong Pik-wan of the Democratic Party")', () => {
    const found = people(
      "Other anti-establishment candidates elected in this district were localist camp's Cheng Chung-tai of Civic Passion, pan-democracy camp's Kwok Ka-ki and Andrew Wan of respectively Civic Party and the Democratic Party.",
      'In the Kowloon West geographical constituency, pro-Beijing councillors Ann Chiang of DAB and Priscilla Leung of BPA were successfully re-elected, as well as pan-democratic councillors Claudia Mo of the Civic Party and Wong Pik-wan of the Democratic Party.',
    );
    expect(found).toEqual(expect.arrayContaining(['Cheng Chung-tai', 'Kwok Ka-ki', 'Wong Pik-wan']));
  });

  test('a name after a capitalised word opening the sentence ("Pan-democrat Lam Cheuk-ting from the Democratic Party")', () => {
    expect(
      people("Pan-democrat Lam Cheuk-ting from the Democratic Party and localist group Youngspiration's Baggio Leung were successfully elected newcomers."),
    ).toContain('Lam Cheuk-ting');
  });

  // "Fire at historic Welsh ex-hotel Bontddu Hall kills one", 2020-06-06.
  test('a name the text sets off with "who" ("then-new owner Tong Yung-soo, who had purchased Bontddu Hall")', () => {
    expect(
      people(
        'The hotel closed around fifteen years ago, with local press reporting in 2004 then-new owner Tong Yung-soo, who had purchased Bontddu Hall in 2001, and his wife applied to make it a residence once more.',
      ),
    ).toContain('Tong Yung-soo');
  });
});

/** The people found in a text, by name, with the words of each mention. */
function peopleIn(...texts: Array<string>) {
  return findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => (texts[m.block - 1] ?? '').slice(m.start, m.end)) }));
}

// Romanised Cantonese and Korean names: GUM corpus Wikinews page on the 2016 Hong Kong Legislative Council election and
// Global Voices (development half, gv-south-korea-monks-gambling-scandal); English compounds from fresh NASA and
// digital.gov pages.
describe('East Asian names', () => {
  test.each(['Cheng Chung-tai', 'Leung Che-cheung', 'Park Won-soon', 'Yun Hee-sung', 'Kim Jong-un', 'Wong Kwok-hing'])('"%s" is a name', (name) => {
    expect(eastAsianName(name.split(' '))).toBe(true);
  });

  test.each(['Chandra X-ray', 'Content Re-use', 'San Diego-based', 'Booker Prize-winner', 'Compton Gamma-ray', 'Monk Myung-ji', 'Being Push-y'])(
    '"%s" is no name of that shape',
    (name) => {
      expect(eastAsianName(name.split(' '))).toBe(false);
    },
  );

  test('a councillor named before the party is a person ("Cheng Chung-tai of Civic Passion")', () => {
    const names = peopleIn(
      "Other anti-establishment candidates elected in this district were localist camp's Cheng Chung-tai of Civic Passion.",
      "Pro-establishment camp candidates elected were DAB's Ben Chan and Leung Che-cheung.",
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Cheng Chung-tai', 'Leung Che-cheung']));
  });
});

// Mandarin names, surname first: wikinews-china-bandit-king-life-term-bribery-case-2012-05-19 (development half); English
// pairs from the same half of tests/fixtures/real.
describe('Mandarin names', () => {
  test.each(['Lai Changxing', 'Li Jizhou', 'Liu Liying', 'Hu Jintao', 'Zhao Ziyang'])('"%s" has the shape of a Mandarin name', (name) => {
    expect(mandarinName(name.split(' '))).toBe(true);
  });

  test.each(['Jim Moore', 'Sao Paulo', 'Lai Chang', 'Mike Peters', 'Blue Origin'])('"%s" has not', (name) => {
    expect(mandarinName(name.split(' '))).toBe(false);
  });

  test('a Mandarin name whose surname speaks alone is that person: "Lai Changxing, dubbed the Bandit King … Lai said"', () => {
    const people = peopleIn(
      'Lai Changxing, dubbed the Bandit King, has been given a life sentence for years of smuggling and corruption that added up to billions of US dollars or Pounds sterling. The Chinese court described the values as "massive".',
      '"I don\'t have a good family background," Lai said previously in a press interview. "I have to do things step by step by myself. That\'s how people came to respect me. I never fussed about big money." Lai was born as one of eight siblings in the midst of famine.',
    );
    expect(people.map((p) => p.name)).toEqual(['Lai Changxing']);
    expect(people[0]?.mentions).toEqual(['Lai Changxing', 'Lai', 'Lai']);
  });
});

import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

describe('a person, then "of" and their organisation, when no list holds the first name', () => {
  // Fresh Wikinews pages (CC BY 2.5) and a Global Voices post (CC BY 3.0), outside the corpus.
  const kinds = (paragraphs: Array<string>) => new Map(findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => [e.name, e.type]));

  test('four words opened by a common first name ("Jo Anne Val Tilburg of the University of California")', () => {
    const found = kinds(['Jo Anne Val Tilburg of the University of California, Los Angeles disagreed with these findings.']);
    expect(found.get('Jo Anne Val Tilburg')).toBe('person');
    expect(found.has('Jo Anne Val Tilburg of the University of California')).toBe(false);
  });

  test('the text goes on to call the person by the surname alone ("Vlada Stamenković … Stamenković told")', () => {
    const found = kinds([
      'Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory and colleagues have published the study.',
      '"We were absolutely flabbergasted," Stamenković told National Geographic.',
    ]);
    expect(found.get('Vlada Stamenković')).toBe('person');
    expect(found.get('NASA Jet Propulsion Laboratory')).toBe('organization');
  });

  test.each([
    // voa-zimbabwe-zctu-vows-proceed-general-strike-2007-04-02 (development half).
    [
      "ZCTU Secretary General Wellington Chibebe told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that he expects widespread participation in the action.",
      'Jonga Kandemiiri',
    ],
    // voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09 (development half).
    [
      "Mutambara expanded on his call for opposition unity in an interview with reporter Ndimyake Mwakalyele of VOA's Studio 7 for Zimbabwe.",
      'Ndimyake Mwakalyele',
    ],
  ])('a lower-case role noun before the two words names a person of the body after "of": %s', (text, name) => {
    const found = kinds([text]);
    expect(found.get(name)).toBe('person');
    expect([...found.keys()].some((n) => n.includes(`${name} of`))).toBe(false);
  });

  test('a kind of body before the words still names the body, not a person ("the daily Magyar Nemzet of Budapest", fresh text)', () => {
    expect(kinds(['The report in the daily Magyar Nemzet of Budapest was denied.']).get('Magyar Nemzet')).not.toBe('person');
  });

  test('a role noun opening the sentence is the role, and the two words after it the person (voa-zimbabwe-harare-no-mugabe-tsvangirai-talks-2005-07-12)', () => {
    const found = findEntities(
      [
        'A headline about the news',
        'Reporter Ndimyake Mwakalyele for VOA’s Studio 7 for Zimbabwe interviewed Zimbabwean Information Minister Tichaona Jokonya.',
      ],
      0,
    ).entities;
    const reporter = found.find((e) => e.name === 'Ndimyake Mwakalyele');
    expect(reporter?.type).toBe('person');
    expect(reporter?.role).toBe('Reporter');
    expect(found.some((e) => e.name.startsWith('Reporter'))).toBe(false);
  });

  test('a common word the text also writes in lower case is no surname ("Thermal Testing for …")', () => {
    const found = kinds([
      'Standardized Abrasion, Cut, and Thermal Testing for Spacesuit Gloves and Materials',
      'Testing began in May, and the testing went on for weeks.',
    ]);
    expect(found.get('Thermal Testing')).not.toBe('person');
  });

  test.each([
    ['Xiaogang Wei', 'Xiaogang Wei of the Beijing Gender Health Education Institute commented on the ruling.'],
    ['Amazilia Fracaso', 'Amazilia Fracaso of Perú Apartheid [es] writes about the failure of Peruvian society.'],
  ])('the subject of a speech verb right after the run (%s)', (name, text) => {
    expect(kinds([text]).get(name)).toBe('person');
  });

  test.each([
    ['Georgia Institute', 'The study was led by the Georgia Institute of Technology, which said it would go on.'],
    ['Vice President', 'Vice President of the United States Mike Pence said the decision was final.'],
  ])('an organisation or a title before "of" is no person (%s)', (name, text) => {
    expect(kinds([text, `The ${name.split(' ')[1]} said so.`]).get(name)).not.toBe('person');
  });

  // Names that write a word twice, as "Putin Kremlin Putin Putin" (tests/core/engine/properties.test.ts) did: each word
  // is found where it stands, not at its first use, so neither name is cut short.
  test.each([
    ['Sirhan Sirhan of Jordan said he would appeal.', 'Sirhan Sirhan', 'Jordan'],
    ['Reporter Ann Ann of the Red Cross said the aid had arrived.', 'Ann Ann', 'Red Cross'],
    ['Tom Tom of Tom Tom said the aid had arrived.', 'Tom Tom', 'Tom Tom'],
  ])('a person whose name repeats a word keeps the whole name, and the body after "of" its own (%s)', (text, person, body) => {
    const found = findEntities(['A headline about the news', text], 0).entities;
    expect(found.find((e) => e.type === 'person')?.name).toBe(person);
    expect(found.filter((e) => e.type !== 'person').map((e) => e.name)).toEqual([body]);
  });
});

// wikinews-trump-defends-sharing-classified-information-russians-2017-05-16 (development half), as published: a party
// before the given name is the person's, and the body or state after "of" theirs.
test('"fellow Democrat Adam Schiff of the House Intelligence Committee" and "Republican John McCain of Arizona" name the two people', () => {
  const found = findEntities(
    [
      'A headline about the news',
      "Senator Jack Reed of Rhode Island, who serves on the U.S. Armed Services Committee, and fellow Democrat Adam Schiff of the House Intelligence Committee both raised concerns about Trump's mindfulness.",
      'Republican John McCain of Arizona called this "A troubling signal to America\'s allies and partners around the world".',
    ],
    0,
  ).entities;
  const people = found.filter((e) => e.type === 'person').map((e) => e.name);
  expect(people).toContain('Adam Schiff');
  expect(people).toContain('John McCain');
  expect(found.find((e) => e.name === 'House Intelligence Committee')?.type).toBe('organization');
  expect(found.find((e) => e.name === 'Adam Schiff')?.role).toBe('Democrat');
});

// A fresh Wikinews page (Congo plane crash, October 2007), measured held out.
describe('a person "of the" a body headed by an organisation noun', () => {
  const kinds = (paragraphs: Array<string>) => new Map(findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => [e.name, e.type]));
  test('two name-shaped words "of the" a body headed "Ministry", in a sentence that goes on to speak ("Saleh Kinyongo of the Humanitarian Affairs Ministry revised …, saying")', () => {
    const found = kinds([
      'Saleh Kinyongo of the Humanitarian Affairs Ministry revised previous information that the entire flight crew had been killed, saying to reporters "We now know there is a survivor in hospital."',
    ]);
    expect(found.get('Saleh Kinyongo')).toBe('person');
    expect(found.get('Humanitarian Affairs Ministry')).toBe('organization');
  });

  test('the same shape in a sentence that says nothing stays one name', () => {
    const found = kinds(['Gross Domestic of the Finance Ministry grew by two percent.']);
    expect(found.get('Gross Domestic')).toBeUndefined();
  });
});

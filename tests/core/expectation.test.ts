import { analyzeArticle } from '../../src/core/engine/analyze';
import { checkExpectation, expectationSchema, type Expectation } from '../../src/core/expectation';
import { reliability, sumReports } from '../../src/core/reliability';

const raw = 'Port plan approved\n\n"We will build it," said Mayor Ana Ruiz.\n\nThe council said that the vote was close.';
const article = analyzeArticle(raw, { publishedOn: '2024-05-10' });

test('a quote given to the speaker the gold names passes; one given to someone else is named as a problem', () => {
  const right: Expectation = { date: '2024-05-10', quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }], strictQuotes: false };
  expect(checkExpectation(article, right).problems).toEqual([]);
  const wrong: Expectation = { ...right, quotes: [{ text: 'We will build it,', speaker: 'Somebody Else', kind: 'direct' }] };
  expect(checkExpectation(article, wrong).problems).toEqual(['"We will build it," was given to Ana Ruiz, expected "Somebody Else"']);
});

test('a quote the gold does not hold is a false quote, and a missing person is named', () => {
  const expectation: Expectation = {
    date: '2024-05-10',
    quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }],
    people: ['Ana Ruiz', 'Tom Hart'],
  };
  const report = checkExpectation(article, expectation);
  expect(report.falseQuotes.map((q) => q.text)).toEqual(['the vote was close']);
  expect(report.people.missing).toEqual(['Tom Hart']);
});

test('a found quote whose words the gold lists twice counts for the required entry, not the optional one before it', () => {
  // The shape of Wikinews' London attack report: the headline's 'terrorist-related' (optional) and the body's
  // declared a "terrorist-related" attack (required).
  const attack = analyzeArticle('Attack was terror-related, police say\n\nPolice said the attack was "terror-related" and that the man acted alone.', {
    publishedOn: '2024-05-10',
  });
  const expectation: Expectation = {
    date: '2024-05-10',
    quotes: [
      { text: 'terror-related', speaker: 'Police', kind: 'direct', optional: true },
      { text: 'terror-related', speaker: 'Police', kind: 'direct' },
    ],
    strictQuotes: false,
  };
  const report = checkExpectation(attack, expectation);
  expect(report.outcomes[1]?.found?.text).toBe('terror-related');
  expect(report.problems.filter((p) => p.includes('was not found'))).toEqual([]);
});

test('where the gold lists the same words for two speakers, a found quote counts for the one whose cue it shares', () => {
  // The shape of Wikinews' Massachusetts Senate report: the governor's denial and two congressmen's interest, in the
  // same three words. The engine finds only the second; scored against the first it would be a wrong speaker.
  const seat = analyzeArticle(
    'Seat race opens\n\nThe governor and the mayor denied any interest in the seat, officials said on Monday.\n\nTwo congressmen, Tom Hale and Rick Dunn, have expressed interest in the seat.',
    { publishedOn: '2024-05-10' },
  );
  const expectation: Expectation = {
    date: '2024-05-10',
    quotes: [
      { text: 'interest in the seat', speaker: ['the governor', 'the mayor'], kind: 'reported', cue: 'denied any' },
      { text: 'interest in the seat', speaker: ['Tom Hale', 'Rick Dunn'], kind: 'reported', cue: 'have expressed', optional: true },
    ],
    strictQuotes: false,
  };
  const report = checkExpectation(seat, expectation);
  expect(report.outcomes[1]?.found?.text).toBe('interest in the seat');
  expect(report.outcomes[1]?.speakerRight).toBe(true);
  expect(report.outcomes[0]?.found).toBeNull();
});

test('the reliability table counts each attributed quote in the band of its stated confidence', () => {
  const expectation: Expectation = { date: '2024-05-10', quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }], strictQuotes: false };
  const report = checkExpectation(article, expectation);
  const bands = reliability([report]);
  expect(bands.reduce((n, b) => n + b.of, 0)).toBe(1);
  expect(bands.reduce((n, b) => n + b.right, 0)).toBe(1);
  expect(sumReports([report]).directSpeaker).toEqual({ right: 1, of: 1 });
});

test('a quote given to an unnamed source is right where the gold accepts no speaker, and wrong where it names someone', () => {
  // tests/cases/B04, a shape from stanfordnlp/CoreNLP#1251: an unnamed speaker, then a nickname in quote marks.
  const vendor = analyzeArticle(
    'Vendors fear rising crime\n\nPolice chief Gloria Vance said on Monday that night patrols would be doubled.\n\n“Last week. More break-ins. Nobody cares,” said a street vendor who goes by the name “Sparky.”',
    { publishedOn: '2024-05-10' },
  );
  const quote = { text: 'Last week. More break-ins. Nobody cares,', kind: 'direct' as const };
  const unnamed: Expectation = { date: '2024-05-10', quotes: [{ ...quote, speaker: [null, 'Sparky'] }], strictQuotes: false };
  const report = checkExpectation(vendor, unnamed);
  expect(report.outcomes[0]?.found?.speaker?.sourceType).toBe('anonymous');
  expect(report.outcomes[0]?.speakerRight).toBe(true);
  const named: Expectation = { ...unnamed, quotes: [{ ...quote, speaker: 'Gloria Vance' }] };
  expect(checkExpectation(vendor, named).outcomes[0]?.speakerRight).toBe(false);
});

test('an unnamed source is not counted among the people the article names', () => {
  const vendor = analyzeArticle('Vendors fear rising crime\n\n“Nobody cares about the break-ins,” said a street vendor.', { publishedOn: '2024-05-10' });
  const report = checkExpectation(vendor, { date: '2024-05-10', quotes: [], strictQuotes: false, people: [] });
  expect(report.people).toMatchObject({ found: 0, extra: [] });
});

test("the gold's sources are scored by type and gender, and a gender the text does not state is counted apart", () => {
  const port = analyzeArticle(
    'Port plan approved\n\n"We will build it," said Mayor Ana Ruiz.\n\n"It will take years," said Tom Hart, a resident. Mr Hart added that the port would be loud.',
    { publishedOn: '2024-05-10' },
  );
  const expectation: Expectation = {
    date: '2024-05-10',
    quotes: [],
    strictQuotes: false,
    sources: [
      { name: 'Ana Ruiz', type: 'official', typeEvidence: 'Mayor', gender: 'woman' },
      { name: 'Tom Hart', type: 'witness', typeEvidence: 'a resident', gender: 'unknown' },
      { name: 'Lee Quist', type: 'expert', gender: 'man' },
    ],
  };
  const report = checkExpectation(port, expectation);
  expect(report.sources?.map((s) => [s.found?.name ?? null, s.typeRight, s.genderRight, s.genderUnsupported])).toEqual([
    ['Ana Ruiz', true, false, false],
    ['Tom Hart', true, false, true],
    [null, false, false, false],
  ]);
  expect(report.problems).toEqual([
    "Ana Ruiz's gender is unknown, expected woman",
    "Tom Hart's gender is man, expected unknown",
    'Lee Quist was not found as a source',
  ]);
  const sums = sumReports([report]);
  expect([sums.sourceType, sums.gender, sums.genderUnsupported]).toEqual([
    { right: 2, of: 2 },
    { right: 0, of: 1 },
    { right: 1, of: 1 },
  ]);
});

test('a gold without sources scores none', () => {
  const report = checkExpectation(article, { date: '2024-05-10', quotes: [], strictQuotes: false });
  expect(report.sources).toBeNull();
  expect(sumReports([report]).sourceType).toEqual({ right: 0, of: 0 });
});

test("a gold's sources are read in the annotation guide's format, with evidence and anonymity optional", () => {
  const gold = {
    date: '2022-02-10',
    quotes: [],
    sources: [
      { name: 'Kassym-Jomart Tokayev', type: 'official', typeEvidence: 'Kazakh President', gender: 'man', genderEvidence: 'He said' },
      {
        name: 'a senior official',
        type: 'anonymous',
        gender: 'unknown',
        anonymity: 'who spoke on condition of anonymity because he was not authorised to speak to the press',
      },
      { name: 'Vladimir Putin', type: 'official', typeEvidence: 'Russian President', gender: 'unknown', genderEvidence: null },
    ],
  };
  expect(expectationSchema.parse(gold).sources?.map((s) => [s.name, s.type, s.gender])).toEqual([
    ['Kassym-Jomart Tokayev', 'official', 'man'],
    ['a senior official', 'anonymous', 'unknown'],
    ['Vladimir Putin', 'official', 'unknown'],
  ]);
  expect(expectationSchema.safeParse({ ...gold, sources: [{ name: 'X', type: 'politician', gender: 'unknown' }] }).success).toBe(false);
});

test('words in marks the gold does not hold count as a false quote even inside a quote it holds; a gold quote found with other bounds does not', () => {
  const police = analyzeArticle(
    'Night in the port\n\nPolice said the attack was "terror-related" and that the man acted alone after a long night in the old port.',
    {
      publishedOn: '2024-05-10',
    },
  );
  const reportedOnly: Expectation = {
    date: '2024-05-10',
    quotes: [
      { text: 'the attack was "terror-related"', speaker: null, kind: 'reported' },
      { text: 'the man acted alone after a long night in the old port', speaker: null, kind: 'reported' },
    ],
  };
  expect(checkExpectation(police, reportedOnly).falseQuotes.map((q) => q.text)).toEqual(['terror-related']);
  const widerBounds: Expectation = {
    ...reportedOnly,
    quotes: [{ text: 'the attack was "terror-related" and that the man acted alone after a long night in the old port', speaker: null, kind: 'reported' }],
  };
  const report = checkExpectation(police, widerBounds);
  expect(report.outcomes[0]?.found).not.toBeNull();
  expect(report.falseQuotes.map((q) => q.text)).toEqual(['terror-related']);
});

import type { Article } from '../../src/core/schema';
import { checkConsistency, describePath, formatProblem, parseArticle, parseArticleJson, type ArticleProblem } from '../../src/core/validate';
import { addAt, article, at, block, deleteAt, getAt, goldText, loadGold, person, quote, setAt, spanOf } from './gold';

/**
 * The gold with one change made to a fresh copy of it. The copy is typed as the Article it is before the
 * change; a change that no Article could hold goes through `setAt` or `deleteAt`, which throw when the
 * path is not in the file. What comes out is whatever JSON the change left, so it is `unknown`.
 */
function goldWith(mutate: (file: Article) => void): unknown {
  const file = loadGold();
  mutate(file);
  return file;
}

test('the helpers that break a copy of the gold refuse a path it does not have', () => {
  const file = loadGold();
  expect(getAt(file, ['paragraphs', 2, 'quotes', 0, 'speakerId'])).toBe('vladimir-putin');
  expect(() => setAt(file, ['paragraphs', 2, 'quotes', 0, 'speaker'], 'x')).toThrow('the file has nothing at .paragraphs[2].quotes[0].speaker');
  expect(() => setAt(file, ['paragraphs', 99, 'text'], 'x')).toThrow('the file has nothing at .paragraphs[99]');
  expect(() => setAt(file, ['paragraphs', '2', 'text'], 'x')).toThrow('the file has nothing at .paragraphs.2');
  expect(() => setAt(file, ['headline', 'text', 'length'], 0)).toThrow('the file has nothing at .headline.text.length');
  expect(() => deleteAt(file, ['headlines'])).toThrow('the file has nothing at .headlines');
  expect(() => deleteAt(file, ['paragraphs', 0])).toThrow('is a list item');
  expect(() => addAt(file, ['paragraphs', 4, 'quotes', 0], 'cue', null)).toThrow('.paragraphs[4].quotes[0].cue is already in the file');
  expect(() => addAt(file, ['paragraphs'], 'note', 'x')).toThrow('.paragraphs is not an object');
  expect(file).toEqual(loadGold());
});

function problemsOf(input: unknown): Array<ArticleProblem> {
  const result = parseArticle(input);
  if (result.ok) throw new Error('expected the file to be rejected, but it was accepted');
  return result.problems;
}

/** One expected problem: where it is, and words its description must contain. */
type Expected = [where: string, ...what: Array<string>];

function expectProblems(problems: ReadonlyArray<ArticleProblem>, expected: ReadonlyArray<Expected>): void {
  expect(problems.map((p) => p.where)).toEqual(expected.map(([where]) => where));
  problems.forEach((problem, i) => {
    for (const part of expected[i]?.slice(1) ?? []) expect(problem.what).toContain(part);
  });
}

test('the hand-annotated gold article is accepted as it is', () => {
  const result = parseArticleJson(goldText);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.article).toEqual(JSON.parse(goldText));
});

test('the gold has no consistency problems', () => {
  expect(checkConsistency(loadGold())).toEqual([]);
});

test('a report inside a report may lie strictly inside it ("Znak.com reported its source said …"), but not over the same words', () => {
  const nested = loadGold();
  setAt(nested, ['paragraphs', 6, 'quotes', 1, 'kind'], 'reported');
  expect(getAt(nested, ['paragraphs', 6, 'quotes', 0, 'kind'])).toBe('reported');
  expect(checkConsistency(nested)).toEqual([]);
  const same = goldWith((a) => {
    const quotes = at(a.paragraphs, 6).quotes;
    const outer = at(quotes, 0);
    quotes.splice(1, 1, { ...at(quotes, 1), kind: 'reported', start: outer.start, end: outer.end, text: outer.text });
  });
  expectProblems(problemsOf(same), [['paragraph 7, quote 2', 'covers the same words as quote 1']]);
});

test.each<[string, string, string]>([
  ['text that is not JSON', 'not json at all', 'The file is not valid JSON: '],
  ['an empty file', '', 'The file is not valid JSON: it is empty'],
  ['JSON cut off half way', goldText.slice(0, 200), 'The file is not valid JSON: '],
  ['JSON with a comma missing', '{"format": "who-said-what/article"\n "version": 2}', 'has a mistake near line 2, column 2'],
  ['a JSON list', '[]', 'The file should hold an article object, but holds a list'],
  ['JSON null', 'null', 'The file should hold an article object, but holds null'],
  ['a bare number', '42', 'The file should hold an article object, but holds the number 42'],
  ['a bare string', '"an article"', 'The file should hold an article object, but holds the text "an article"'],
])('a file holding %s is rejected as a whole', (_, text, what) => {
  const result = parseArticleJson(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.where).toBe('');
  expect(result.problems[0]?.what).toContain(what);
});

test('a problem with the file as a whole is shown without a place', () => {
  const [problem] = problemsOf([]);
  expect(problem).toBeDefined();
  if (problem) expect(formatProblem(problem)).toBe('The file should hold an article object, but holds a list');
});

test('a problem of the file as a whole that is not a sentence gets the article as its subject', () => {
  expect(formatProblem({ where: '', what: 'has unknown field "summary"' })).toBe('The article has unknown field "summary"');
  const problems = problemsOf(goldWith((a) => addAt(a, [], 'summary', 'Putin and Tokayev meet')));
  expect(problems.map(formatProblem)).toEqual(['The article has unknown field "summary"']);
});

test('a problem of the file as a whole that starts with a capital is shown unchanged', () => {
  const problem = { where: '', what: 'The file is not valid JSON (Unexpected end of JSON input)' };
  expect(formatProblem(problem)).toBe('The file is not valid JSON (Unexpected end of JSON input)');
});

test('a problem in one place is shown as "place: what is wrong"', () => {
  expect(formatProblem({ where: 'paragraph 4, quote 1', what: "ends after the paragraph's end" })).toBe("paragraph 4, quote 1: ends after the paragraph's end");
});

test('a quote that ends after its paragraph is reported with the paragraph and quote number', () => {
  const problems = problemsOf(goldWith((a) => setAt(a, ['paragraphs', 3, 'quotes', 0, 'end'], 300)));
  expect(problems.map(formatProblem)).toEqual(["paragraph 4, quote 1: ends after the paragraph's end (at 300; the paragraph has 190 characters)"]);
});

test('a file from a later version of the format is refused before anything else is checked', () => {
  const problems = problemsOf(
    goldWith((a) => {
      setAt(a, ['version'], 3);
      deleteAt(a, ['headline']);
    }),
  );
  expect(problems).toEqual([{ where: 'version', what: 'is 3, and this reader reads versions 1 and 2' }]);
});

test('a file of another format is refused before anything else is checked', () => {
  const problems = problemsOf(
    goldWith((a) => {
      setAt(a, ['format'], 'who-said-what/quotes');
      a.paragraphs = [];
    }),
  );
  expect(problems).toEqual([{ where: 'format', what: 'should be "who-said-what/article", but is the text "who-said-what/quotes"' }]);
});

const invalidFiles: Array<[string, (file: Article) => void, Array<Expected>]> = [
  // The file's tags
  ['a format tag that is a number', (a) => setAt(a, ['format'], 7), [['format', 'should be "who-said-what/article"', 'the number 7']]],
  ['a missing format tag', (a) => deleteAt(a, ['format']), [['format', 'is missing', '"who-said-what/article"']]],
  ['a missing version', (a) => deleteAt(a, ['version']), [['version', 'is missing', '1 or 2']]],
  ['a version written as text', (a) => setAt(a, ['version'], '1'), [['version', 'should be 1 or 2, but is the text "1"']]],
  // Missing and mistyped fields
  ['a missing headline', (a) => deleteAt(a, ['headline']), [['headline', 'is missing (expected an object)']]],
  ['a headline that is plain text', (a) => setAt(a, ['headline'], 'Putin calls'), [['headline', 'should be an object, but is the text "Putin calls"']]],
  ['a paragraph with its text missing', (a) => deleteAt(a, ['paragraphs', 1, 'text']), [['paragraph 2, text', 'is missing (expected text)']]],
  ['a paragraph with empty text', (a) => setAt(a, ['paragraphs', 1, 'text'], ''), [['paragraph 2, text', 'should not be empty']]],
  ['a paragraph that is null', (a) => setAt(a, ['paragraphs', 0], null), [['paragraph 1', 'should be an object, but is null']]],
  ['no paragraphs at all', (a) => setAt(a, ['paragraphs'], []), [['paragraphs', 'should have at least 1 item']]],
  ['paragraphs given as an object', (a) => setAt(a, ['paragraphs'], {}), [['paragraphs', 'should be a list, but is an object']]],
  [
    'a quote without its kind',
    (a) => deleteAt(a, ['paragraphs', 0, 'quotes', 0, 'kind']),
    [['paragraph 1, quote 1, kind', 'is missing', '"direct" or "reported"']],
  ],
  [
    'a quote of an unknown kind',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'kind'], 'indirect'),
    [['paragraph 1, quote 1, kind', 'should be "direct" or "reported", but is the text "indirect"']],
  ],
  [
    'a mention of an unknown form',
    (a) => setAt(a, ['paragraphs', 7, 'mentions', 0, 'form'], 'nickname'),
    [['paragraph 8, mention 1, form', 'should be "name" or "role" or "pronoun", but is the text "nickname"']],
  ],
  [
    'a speaker reference that is missing rather than null',
    (a) => deleteAt(a, ['paragraphs', 0, 'quotes', 0, 'speakerRef']),
    [['paragraph 1, quote 1, speaker reference', 'is missing']],
  ],
  [
    'a confidence above 1',
    (a) => setAt(a, ['paragraphs', 2, 'quotes', 0, 'confidence'], 1.5),
    [['paragraph 3, quote 1, confidence', 'should be at most 1, but is the number 1.5']],
  ],
  [
    'a confidence below 0',
    (a) => setAt(a, ['paragraphs', 2, 'quotes', 0, 'confidence'], -0.1),
    [['paragraph 3, quote 1, confidence', 'should be at least 0, but is the number -0.1']],
  ],
  [
    'a confidence of true',
    (a) => setAt(a, ['paragraphs', 2, 'quotes', 0, 'confidence'], true),
    [['paragraph 3, quote 1, confidence', 'should be a number, but is true']],
  ],
  ['an empty alias', (a) => setAt(a, ['entities', 0, 'aliases', 1], ''), [['entity 1, alias 2', 'should not be empty']]],
  [
    'a figure placed before the start',
    (a) => setAt(a, ['figures', 0, 'afterParagraph'], -2),
    [['figure 1, position', 'should be at least -1, but is the number -2']],
  ],
  [
    'a figure caption with its mentions missing',
    (a) => deleteAt(a, ['figures', 1, 'caption', 'mentions']),
    [['figure 2 caption, mentions', 'is missing (expected a list)']],
  ],
  [
    'an id with capital letters',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'id'], 'Q2'),
    [['paragraph 1, quote 1, id', 'should be an id of lowercase letters, digits and dashes, but is the text "Q2"']],
  ],
  ['a language of one letter', (a) => setAt(a, ['language'], 'e'), [['language', 'should have at least 2 characters, but is the text "e"']]],
  // Offsets
  [
    'offsets written as text',
    (a) => {
      setAt(a, ['paragraphs', 0, 'quotes', 0, 'start'], '84');
      setAt(a, ['paragraphs', 0, 'quotes', 0, 'end'], '199');
    },
    [
      ['paragraph 1, quote 1, start', 'should be a number, but is the text "84"'],
      ['paragraph 1, quote 1, end', 'should be a number, but is the text "199"'],
    ],
  ],
  [
    'a negative offset',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'start'], -5),
    [['paragraph 1, quote 1, start', 'should be at least 0, but is the number -5']],
  ],
  [
    'an offset with a fraction',
    (a) => setAt(a, ['paragraphs', 1, 'mentions', 0, 'end'], 4.5),
    [['paragraph 2, mention 1, end', 'should be a whole number, but is the number 4.5']],
  ],
  // Unknown fields
  ['an unknown field on a quote', (a) => addAt(a, ['paragraphs', 0, 'quotes', 0], 'note', 'check'), [['paragraph 1, quote 1', 'has unknown field "note"']]],
  [
    'two unknown fields on an entity',
    (a) => Object.assign(at(a.entities, 1), { born: 1953, party: 'Amanat' }),
    [['entity 2', 'has unknown fields "born", "party"']],
  ],
  ['an unknown field on the article', (a) => addAt(a, [], 'summary', 'Putin and Tokayev meet'), [['', 'has unknown field "summary"']]],
  // Dates
  [
    'a publication date with month 13',
    (a) => setAt(a, ['publishedOn'], '2022-13'),
    [['publication date', 'should be a date written YYYY, YYYY-MM or YYYY-MM-DD, but is the text "2022-13"']],
  ],
  [
    'an event date written day first',
    (a) => setAt(a, ['events', 2, 'date'], '10/02/2022'),
    [['event 3, date', 'should be a date written YYYY, YYYY-MM or YYYY-MM-DD, but is the text "10/02/2022"']],
  ],
  [
    'an event on day 32',
    (a) => setAt(a, ['events', 3, 'date'], '2022-02-32'),
    [['event 4, date', 'a date written YYYY, YYYY-MM or YYYY-MM-DD', '"2022-02-32"']],
  ],
  ['a date written as a number', (a) => setAt(a, ['publishedOn'], 2022), [['publication date', 'should be text, but is the number 2022']]],
  // Spans against their text
  [
    'a span whose text does not match the text at its offsets',
    (a) => setAt(a, ['paragraphs', 6, 'mentions', 1, 'text'], 'Tokayev'),
    [['paragraph 7, mention 2', 'says "Tokayev", but the paragraph has "Putin" at 24–29']],
  ],
  [
    'a long quote whose text is shifted by one',
    (a) => {
      const q = at(at(a.paragraphs, 0).quotes, 0);
      q.start += 1;
      q.end += 1;
    },
    [
      [
        'paragraph 1, quote 1',
        'says "an act of terrorist aggression committed with the …"',
        'but the paragraph has "n act of terrorist aggression committed with the d…" at 85–200',
      ],
    ],
  ],
  ['an empty mention', (a) => setAt(a, ['paragraphs', 6, 'mentions', 1, 'end'], 24), [['paragraph 7, mention 2', 'is empty (it starts and ends at 24)']]],
  ['an empty quote', (a) => setAt(a, ['headline', 'quotes', 0, 'end'], 41), [['headline, quote 1', 'is empty (it starts and ends at 41)']]],
  [
    'gender evidence whose words are not the words at its offsets',
    (a) => setAt(a, ['entities', 1, 'genderEvidence', 'text'], 'She'),
    [['entity 2, evidence of the gender', 'says "She", but the paragraph has "He" at 0–2']],
  ],
  [
    'source-type evidence in a block the article does not have',
    (a) => setAt(a, ['entities', 0, 'sourceEvidence', 'blockId'], 'p99'),
    [['entity 1, evidence of the source type, block', 'names the block "p99", which is not in the article']],
  ],
  [
    "an anonymity reason that runs past its paragraph's end",
    (a) => Object.assign(at(a.entities, 1), { anonymity: { reason: { start: 0, end: 400, text: 'He said', blockId: 'p8' } } }),
    [['entity 2, anonymity, reason', "ends after the paragraph's end"]],
  ],
  [
    'a mention that cuts a word',
    (a) => {
      // Paragraph 3's mention of Russia ("Russia's support") moved to the first "Russia" of the paragraph, the start of "the Russian president".
      const p3 = at(a.paragraphs, 2);
      const russia = at(p3.mentions, 2);
      if (russia.text !== 'Russia') throw new Error(`paragraph 3, mention 3 is ${JSON.stringify(russia.text)}, not "Russia"`);
      Object.assign(russia, spanOf(p3.text, 'Russia'));
    },
    [['paragraph 3, mention 3', 'cuts the word "Russian": a mention covers whole words']],
  ],
  [
    'a mention that starts inside a word',
    (a) => {
      const p3 = at(a.paragraphs, 2);
      Object.assign(at(p3.mentions, 2), spanOf(p3.text, 'ussia'));
    },
    [['paragraph 3, mention 3', 'cuts the word "Russian": a mention covers whole words']],
  ],
  [
    'a span that ends before it starts',
    (a) => setAt(a, ['headline', 'quotes', 0, 'end'], 30),
    [['headline, quote 1', 'ends (at 30) before it starts (at 41)']],
  ],
  [
    'a caption mention past the caption',
    (a) => setAt(a, ['figures', 0, 'caption', 'mentions', 0, 'end'], 999),
    [['figure 1 caption, mention 1', "ends after the caption's end (at 999; the caption has 167 characters)"]],
  ],
  [
    'a credit mention with the wrong text',
    (a) => setAt(a, ['figures', 1, 'credit', 'mentions', 0, 'text'], 'AFP'),
    [['figure 2 credit, mention 1', 'says "AFP", but the credit has "Reuters" at 0–7']],
  ],
  [
    'a cue with the wrong text',
    (a) => setAt(a, ['paragraphs', 4, 'quotes', 0, 'cue', 'text'], 'Putin said'),
    [['paragraph 5, quote 1, cue', 'says "Putin said", but the paragraph has "Putin added" at 163–174']],
  ],
  [
    'an antecedent pointing at the wrong paragraph',
    (a) => setAt(a, ['paragraphs', 7, 'quotes', 0, 'antecedent', 'blockId'], 'p6'),
    [['paragraph 8, quote 1, antecedent', 'says "Tokayev", but the paragraph has "Turning" at 0–7']],
  ],
  [
    'event evidence that does not match its paragraph',
    (a) => setAt(a, ['events', 0, 'evidence', 'text'], 'in February'),
    [['event 1, evidence', 'says "in February", but the paragraph has "in January" at 72–82']],
  ],
  [
    'a source credit mention past its end',
    (a) => setAt(a, ['sourceCredit', 'mentions', 0, 'end'], 40),
    [['source credit, mention 1', "ends after the source credit's end (at 40; the source credit has 22 characters)"]],
  ],
  // References
  [
    'an unknown speaker',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'speakerId'], 'dmitry-peskov'),
    [['paragraph 1, quote 1, speaker', 'names "dmitry-peskov", which is not among the entities']],
  ],
  [
    'a mention of an unknown entity',
    (a) => setAt(a, ['paragraphs', 1, 'mentions', 2, 'entityId'], 'moskva'),
    [['paragraph 2, mention 3, entity', 'names "moskva", which is not among the entities']],
  ],
  [
    'a cue in a block that does not exist',
    (a) => addAt(a, ['paragraphs', 4, 'quotes', 0, 'cue'], 'blockId', 'p55'),
    [['paragraph 5, quote 1, cue, block', 'names the block "p55", which is not in the article']],
  ],
  [
    'an antecedent in a block that does not exist',
    (a) => setAt(a, ['paragraphs', 2, 'quotes', 0, 'antecedent', 'blockId'], 'p0'),
    [['paragraph 3, quote 1, antecedent, block', 'names the block "p0", which is not in the article']],
  ],
  [
    'an event told in a block that does not exist',
    (a) => setAt(a, ['events', 5, 'blockId'], 'p9'),
    [['event 6, block', 'names the block "p9", which is not in the article']],
  ],
  [
    'a speaker of null that is said to be named',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'speakerId'], null),
    [['paragraph 1, quote 1, resolution', 'should be "unattributed" exactly when the speaker is null']],
  ],
  [
    'a named speaker that is said to be unattributed',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'resolution'], 'unattributed'),
    [['paragraph 1, quote 1, resolution', 'should be "unattributed" exactly when the speaker is null']],
  ],
  // Unique ids
  [
    'two quotes in one paragraph with the same id',
    (a) => setAt(a, ['paragraphs', 6, 'quotes', 2, 'id'], 'q7'),
    [['paragraph 7, quote 3, id', 'repeats the quote id "q7"']],
  ],
  [
    'a quote id used in the headline and again in a paragraph',
    (a) => setAt(a, ['paragraphs', 0, 'quotes', 0, 'id'], 'q1'),
    [['paragraph 1, quote 1, id', 'repeats the quote id "q1"']],
  ],
  ['a paragraph with the id of another paragraph', (a) => setAt(a, ['paragraphs', 3, 'id'], 'p3'), [['paragraph 4, id', 'repeats the block id "p3"']]],
  ['a caption with the id of a paragraph', (a) => setAt(a, ['figures', 1, 'caption', 'id'], 'p1'), [['figure 2 caption, id', 'repeats the block id "p1"']]],
  ['two entities with the same id', (a) => a.entities.push({ ...at(a.entities, 0) }), [['entity 13, id', 'repeats the entity id "vladimir-putin"']]],
  // How quotes sit in each other
  [
    'two quotes that overlap without one lying inside the other',
    (a) => {
      const p7 = at(a.paragraphs, 6);
      const q9 = at(p7.quotes, 2);
      q9.start = 96;
      q9.text = p7.text.slice(96, 193);
    },
    [['paragraph 7, quote 3', 'overlaps quote 1 without lying inside it']],
  ],
  [
    'a reported quote inside a direct quote',
    (a) => {
      const quotes = at(a.paragraphs, 6).quotes;
      at(quotes, 0).kind = 'direct';
      at(quotes, 1).kind = 'reported';
    },
    [['paragraph 7, quote 2', 'lies inside quote 1, and only a direct quote, or a reported one inside a reported one, may lie inside another quote']],
  ],
  [
    'a reported quote listed before the direct quote around it',
    (a) => {
      const quotes = at(a.paragraphs, 6).quotes;
      const [outer, inner] = [at(quotes, 0), at(quotes, 1)];
      outer.kind = 'direct';
      inner.kind = 'reported';
      quotes.splice(0, 2, inner, outer);
    },
    [['paragraph 7, quote 2', 'holds quote 1, and only a direct quote, or a reported one inside a reported one, may lie inside another quote']],
  ],
  [
    'a reported and a direct quote over the very same words',
    (a) => {
      const quotes = at(a.paragraphs, 0).quotes;
      quotes.push({ ...at(quotes, 0), id: 'q2-reported', kind: 'reported' });
    },
    [['paragraph 1, quote 2', 'covers the same words as quote 1']],
  ],
];

test.each(invalidFiles)('a file with %s is rejected, and the problem is named where it is', (_, mutate, expected) => {
  expectProblems(problemsOf(goldWith(mutate)), expected);
});

test('every problem in a file is reported, not only the first', () => {
  const problems = problemsOf(
    goldWith((a) => {
      setAt(a, ['paragraphs', 0, 'quotes', 0, 'speakerId'], 'dmitry-peskov');
      setAt(a, ['paragraphs', 3, 'quotes', 0, 'end'], 300);
      setAt(a, ['events', 5, 'blockId'], 'p9');
    }),
  );
  expectProblems(problems, [
    ['paragraph 1, quote 1, speaker', '"dmitry-peskov"'],
    ['paragraph 4, quote 1', "ends after the paragraph's end"],
    ['event 6, block', '"p9"'],
  ]);
});

test('every shape problem is reported before consistency is looked at', () => {
  const problems = problemsOf(
    goldWith((a) => {
      deleteAt(a, ['headline']);
      setAt(a, ['publishedOn'], '10/02/2022');
      setAt(a, ['paragraphs', 3, 'quotes', 0, 'end'], 300);
    }),
  );
  expect(problems.map((p) => p.where).sort()).toEqual(['headline', 'publication date']);
});

test.each<[string, (file: Article) => void]>([
  [
    'an article with no byline, figures, source credit or events',
    (a) => {
      a.byline = null;
      a.figures = [];
      a.sourceCredit = null;
      a.events = [];
    },
  ],
  ['a publication date of only a year', (a) => setAt(a, ['publishedOn'], '2022')],
  ['an unknown publication date', (a) => setAt(a, ['publishedOn'], null)],
  [
    'a quote that nothing in the text attributes',
    (a) => {
      Object.assign(at(at(a.paragraphs, 4).quotes, 0), { speakerId: null, resolution: 'unattributed', cue: null, speakerRef: null });
    },
  ],
  ['a cue that names its own block', (a) => addAt(a, ['paragraphs', 4, 'quotes', 0, 'cue'], 'blockId', 'p5')],
  ['a figure placed before the first paragraph', (a) => setAt(a, ['figures', 0, 'afterParagraph'], -1)],
  // "… and he came into my office the next morning and said, ‘Detection,’ and I just started cheering!"
  ['a direct quote inside a direct quote', (a) => setAt(a, ['paragraphs', 6, 'quotes', 0, 'kind'], 'direct')],
  [
    'a direct quote listed before the direct quote around it',
    (a) => {
      const quotes = at(a.paragraphs, 6).quotes;
      at(quotes, 0).kind = 'direct';
      quotes.splice(0, 2, at(quotes, 1), at(quotes, 0));
    },
  ],
])('the gold is still accepted with %s', (_, mutate) => {
  expect(parseArticle(goldWith(mutate)).ok).toBe(true);
});

test('an article built in code passes the same checks as one read from a file', () => {
  const text = 'Tokayev said the talks were "useful."';
  const built: Article = article([block('p1', text, [], [quote(text, 'useful.', 'q1', 'tokayev')])], [person('tokayev', 'Kassym-Jomart Tokayev')]);
  expect(parseArticle(built)).toEqual({ ok: true, article: built });
  expect(checkConsistency({ ...built, entities: [] })).toEqual([
    { where: 'paragraph 1, quote 1, speaker', what: 'names "tokayev", which is not among the entities' },
  ]);
});

test.each<[Array<string | number>, string]>([
  [[], ''],
  [['headline'], 'headline'],
  [['paragraphs', 3, 'quotes', 1, 'end'], 'paragraph 4, quote 2, end'],
  [['paragraphs', 0, 'mentions', 2, 'entityId'], 'paragraph 1, mention 3, entity'],
  [['paragraphs', 2, 'quotes', 0, 'speakerRef', 'blockId'], 'paragraph 3, quote 1, speaker reference, block'],
  [['paragraphs', 2, 'quotes', 0, 'speakerId'], 'paragraph 3, quote 1, speaker'],
  [['figures', 0, 'caption', 'mentions', 1], 'figure 1 caption, mention 2'],
  [['figures', 1, 'credit', 'text'], 'figure 2 credit, text'],
  [['figures', 0, 'afterParagraph'], 'figure 1, position'],
  [['entities', 4, 'aliases', 0], 'entity 5, alias 1'],
  [['events', 2, 'evidence', 'start'], 'event 3, evidence, start'],
  [['sourceCredit', 'mentions', 0], 'source credit, mention 1'],
  [['publishedOn'], 'publication date'],
  [['paragraphs'], 'paragraphs'],
])('the place %j reads as "%s"', (path, where) => {
  expect(describePath(path)).toBe(where);
});

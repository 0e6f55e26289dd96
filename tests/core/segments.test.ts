import { attributionMarks } from '../../src/core/attribution';
import type { Block } from '../../src/core/schema';
import { segmentBlock, type MarkSpan, type Segment } from '../../src/core/segments';
import { activeQuoteIds } from '../../src/core/stats';
import { block, loadGold, mention, paragraph, quote } from './gold';

const gold = loadGold();
const everyQuote = { activeQuoteIds: null, marks: [] };

/** A compact reading of the segments: the text of each, with the quote and part it belongs to. */
function outline(segments: ReadonlyArray<Segment>): Array<string> {
  return segments.map((s) => {
    const text = s.pieces.map((p) => p.text).join('');
    return s.type === 'text' ? `text ${JSON.stringify(text)}` : `${s.quote.id} ${s.part + 1}/${s.parts} ${JSON.stringify(text)}`;
  });
}

function segmentText(segment: Segment): string {
  return segment.pieces.map((p) => p.text).join('');
}

test('the reported quote around a nested direct quote is split into parts, with the direct quote between them', () => {
  expect(outline(segmentBlock(paragraph(gold, 'p7'), everyQuote))).toEqual([
    'text "Tokayev in turn thanked "',
    'q7 1/2 "Putin and the CSTO for repelling an \\""',
    'q8 1/1 "unprecedented terrorist attack"',
    'q7 2/2 "\\" in Kazakhstan"',
    'text ", and voiced "',
    'q9 1/1 "support for Russia\'s position on the indivisibility of security in Eurasia"',
    'text "."',
  ]);
});

test('both parts of a split quote lead to the same quote, numbered from 0 with the total count', () => {
  const parts = segmentBlock(paragraph(gold, 'p7'), everyQuote).filter((s) => s.type === 'quote' && s.quote.id === 'q7');
  expect(parts.map((s) => (s.type === 'quote' ? [s.part, s.parts, s.start] : null))).toEqual([
    [0, 2, 24],
    [1, 2, 91],
  ]);
});

test('a part of a split quote that holds only its quote mark is stray, and the parts with words are numbered without it', () => {
  const text = 'Tokayev said Russia was "a true friend".';
  const b = block(
    'p1',
    text,
    [],
    [
      quote(text, 'Russia was "a true friend"', 'q1', 'kassym-jomart-tokayev', { kind: 'reported' }),
      quote(text, 'a true friend', 'q2', 'kassym-jomart-tokayev'),
    ],
  );
  const parts = segmentBlock(b, everyQuote).flatMap((s) => (s.type === 'quote' ? [[s.quote.id, s.part, s.parts, s.stray, segmentText(s)]] : []));
  expect(parts).toEqual([
    ['q1', 0, 1, false, 'Russia was "'],
    ['q2', 0, 1, false, 'a true friend'],
    ['q1', -1, 1, true, '"'],
  ]);
});

test("one word left between two direct quotes, or before them, is stray: \"he 'can' and 'may' put …\" is one button of the reported quote", () => {
  const text = "President Trump says he 'can' and 'may' put US into state of emergency";
  const b = block(
    'headline',
    text,
    [],
    [
      quote(text, "he 'can' and 'may' put US into state of emergency", 'q1', 'donald-trump', { kind: 'reported' }),
      quote(text, 'can', 'q2', 'donald-trump'),
      quote(text, 'may', 'q3', 'donald-trump'),
    ],
  );
  const parts = segmentBlock(b, everyQuote).flatMap((s) => (s.type === 'quote' ? [[s.quote.id, s.part, s.parts, s.stray, segmentText(s)]] : []));
  expect(parts).toEqual([
    ['q1', -1, 1, true, "he '"],
    ['q2', 0, 1, false, 'can'],
    ['q1', -1, 1, true, "' and '"],
    ['q3', 0, 1, false, 'may'],
    ['q1', 0, 1, false, "' put US into state of emergency"],
  ]);
});

test('a direct quote inside a direct quote splits it the same way: the inner one is a button between the outer parts', () => {
  const text = '“I forwarded it to Xiaoyuan, and he came into my office the next morning and said, ‘Detection,’ and I just started cheering!” Bulbul said.';
  const b = block(
    'p1',
    text,
    [],
    [
      quote(
        text,
        'I forwarded it to Xiaoyuan, and he came into my office the next morning and said, ‘Detection,’ and I just started cheering!',
        'q1',
        'esra-bulbul',
      ),
      quote(text, 'Detection,', 'q2', null),
    ],
  );
  const parts = segmentBlock(b, everyQuote).flatMap((s) => (s.type === 'quote' ? [[s.quote.id, s.part, s.parts, s.stray, segmentText(s)]] : []));
  expect(parts).toEqual([
    ['q1', 0, 2, false, 'I forwarded it to Xiaoyuan, and he came into my office the next morning and said, ‘'],
    ['q2', 0, 1, false, 'Detection,'],
    ['q1', 1, 2, false, '’ and I just started cheering!'],
  ]);
});

test('the closing mark left after a direct quote that ends its outer one is stray, not a button of its own', () => {
  const text = "Day said, \"I've always been like that. I've always said, 'No matter what happens, I'm going to come right back up.'\"";
  const b = block(
    'p1',
    text,
    [],
    [
      quote(text, "I've always been like that. I've always said, 'No matter what happens, I'm going to come right back up.'", 'q1', 'doris-day'),
      quote(text, "No matter what happens, I'm going to come right back up.", 'q2', 'doris-day'),
    ],
  );
  const parts = segmentBlock(b, everyQuote).flatMap((s) => (s.type === 'quote' ? [[s.quote.id, s.part, s.parts, s.stray, segmentText(s)]] : []));
  expect(parts).toEqual([
    ['q1', 0, 1, false, "I've always been like that. I've always said, '"],
    ['q2', 0, 1, false, "No matter what happens, I'm going to come right back up."],
    ['q1', -1, 1, true, "'"],
  ]);
});

test('the closing mark of a reported quote whose other parts hold one word each is stray: Day "…" which "…" leaves no empty button', () => {
  const text =
    'Humane Society executive director Sara Amundson said Day "founded one of the first national animal protection organizations" which "led to dozens of bills."';
  const b = block(
    'p1',
    text,
    [],
    [
      quote(text, 'Day "founded one of the first national animal protection organizations" which "led to dozens of bills."', 'q1', 'sara-amundson', {
        kind: 'reported',
      }),
      quote(text, 'founded one of the first national animal protection organizations', 'q2', 'sara-amundson'),
      quote(text, 'led to dozens of bills.', 'q3', 'sara-amundson'),
    ],
  );
  const parts = segmentBlock(b, everyQuote).flatMap((s) => (s.type === 'quote' && s.quote.id === 'q1' ? [[s.part, s.parts, s.stray, segmentText(s)]] : []));
  expect(parts).toEqual([
    [0, 2, false, 'Day "'],
    [1, 2, false, '" which "'],
    [-1, 2, true, '"'],
  ]);
});

test('a quote that has no words at all keeps its parts as buttons, so that it can still be chosen', () => {
  const text = 'He wrote "x".';
  const b = block('p1', text, [], [quote(text, '"x"', 'q1', null, { kind: 'reported' }), quote(text, 'x', 'q2', null)]);
  const q1 = segmentBlock(b, everyQuote).filter((s) => s.type === 'quote' && s.quote.id === 'q1');
  expect(q1.map((s) => (s.type === 'quote' ? [s.part, s.parts, s.stray] : null))).toEqual([
    [0, 2, false],
    [1, 2, false],
  ]);
});

test.each(gold.paragraphs.map((p) => [p.id, p] as const))('the segments of %s cover its text exactly once, in order, and never nest', (_, p) => {
  const segments = segmentBlock(p, everyQuote);
  expect(segments.map(segmentText).join('')).toBe(p.text);
  let at = 0;
  for (const segment of segments) {
    expect(segment.start).toBe(at);
    for (const piece of segment.pieces) {
      expect(piece.start).toBe(at);
      expect(piece.text).toBe(p.text.slice(piece.start, piece.end));
      at = piece.end;
    }
  }
  expect(at).toBe(p.text.length);
});

test.each(gold.paragraphs.map((p) => [p.id, p] as const))('every quote of %s is a button whose parts hold exactly its words', (_, p) => {
  const segments = segmentBlock(p, everyQuote);
  for (const q of p.quotes) {
    const own = segments.filter((s) => s.type === 'quote' && s.quote.id === q.id);
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) {
      expect(s.start).toBeGreaterThanOrEqual(q.start);
      expect(s.start + segmentText(s).length).toBeLessThanOrEqual(q.end);
    }
    // What the parts leave out of the quote's words is exactly the quotes nested inside it.
    const nested = p.quotes.filter((o) => o !== q && o.start >= q.start && o.end <= q.end);
    const covered = own.reduce((n, s) => n + segmentText(s).length, 0) + nested.reduce((n, o) => n + (o.end - o.start), 0);
    expect(covered).toBe(q.end - q.start);
  }
});

test('a paragraph without quotes is one stretch of text whose pieces carry their mentions', () => {
  const segments = segmentBlock(paragraph(gold, 'p2'), everyQuote);
  expect(segments).toHaveLength(1);
  const [only] = segments;
  expect(only?.type).toBe('text');
  expect(only?.pieces.map((p) => [p.text, p.mention?.entityId ?? null])).toEqual([
    ['Putin', 'vladimir-putin'],
    [' met with ', null],
    ['Kazakh President Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
    [' on the same day in ', null],
    ['Moscow', 'moscow'],
    [' and the two discussed ', null],
    ['Kazakhstan', 'kazakhstan'],
    ["'s stability and bilateral cooperation.", null],
  ]);
});

test('mentions inside a quote are pieces of the quote button', () => {
  const q9 = segmentBlock(paragraph(gold, 'p7'), everyQuote).find((s) => s.type === 'quote' && s.quote.id === 'q9');
  expect(q9?.pieces.map((p) => [p.text, p.mention?.entityId ?? null])).toEqual([
    ['support for ', null],
    ['Russia', 'russia'],
    ["'s position on the indivisibility of security in ", null],
    ['Eurasia', 'eurasia'],
  ]);
});

test('a mention inside a longer mention is carried by the smaller one', () => {
  const text = 'Collective Security Treaty Organization (CSTO) troops arrived.';
  const b = block('p1', text, [mention(text, 'Collective Security Treaty Organization (CSTO)', 'csto'), mention(text, 'CSTO', 'csto-acronym')]);
  const pieces = segmentBlock(b, everyQuote).flatMap((s) => s.pieces);
  expect(pieces.map((p) => [p.text, p.mention?.entityId ?? null])).toEqual([
    ['Collective Security Treaty Organization (', 'csto'],
    ['CSTO', 'csto-acronym'],
    [')', 'csto'],
    [' troops arrived.', null],
  ]);
});

test('the selected quote marks its cue and speaker words, and both marks can sit on the same words', () => {
  const p8 = paragraph(gold, 'p8');
  const marks = attributionMarks(gold, 'q10').get('p8') ?? [];
  const pieces = segmentBlock(p8, { activeQuoteIds: null, marks }).flatMap((s) => s.pieces);
  expect(pieces.slice(0, 3).map((p) => [p.text, p.mention?.entityId ?? null, [...p.marks]])).toEqual([
    ['He', 'kassym-jomart-tokayev', ['cue', 'speakerRef']],
    [' said', null, ['cue']],
    [' ', null, []],
  ]);
  expect(pieces.slice(3).every((p) => p.marks.length === 0)).toBe(true);
});

test('the antecedent of a pronoun is marked in the paragraph that names the speaker', () => {
  const marks = attributionMarks(gold, 'q10').get('p7') ?? [];
  const tokayev = segmentBlock(paragraph(gold, 'p7'), { activeQuoteIds: null, marks })[0]?.pieces[0];
  expect(tokayev).toMatchObject({ text: 'Tokayev', marks: ['antecedent'] });
});

test('a cue mark that runs into a quote is cut at the quote, and each side keeps the mark', () => {
  const text = 'Putin said "we agree" today.';
  const b = block('p1', text, [], [quote(text, 'we agree', 'q1', 'putin')]);
  const marks: Array<MarkSpan> = [{ start: 0, end: 15, mark: 'cue' }];
  const segments = segmentBlock(b, { activeQuoteIds: null, marks });
  expect(segments.map((s) => [s.type, s.pieces.map((p) => [p.text, [...p.marks]])])).toEqual([
    ['text', [['Putin said "', ['cue']]]],
    [
      'quote',
      [
        ['we ', ['cue']],
        ['agree', []],
      ],
    ],
    ['text', [['" today.', []]]],
  ]);
});

test('marks that run past the end of the text are cut at its end', () => {
  const b = paragraph(gold, 'p2');
  const start = b.text.length - 'cooperation.'.length;
  const segments = segmentBlock(b, { activeQuoteIds: null, marks: [{ start, end: 500, mark: 'antecedent' }] });
  const last = segments.at(-1)?.pieces.at(-1);
  expect(last).toMatchObject({ end: b.text.length, text: 'cooperation.', marks: ['antecedent'] });
});

test('when a filter leaves out the nested direct quote, the reported quote around it is one button again', () => {
  const segments = segmentBlock(paragraph(gold, 'p7'), { activeQuoteIds: new Set(['q7', 'q9']), marks: [] });
  expect(outline(segments)).toEqual([
    'text "Tokayev in turn thanked "',
    'q7 1/1 "Putin and the CSTO for repelling an \\"unprecedented terrorist attack\\" in Kazakhstan"',
    'text ", and voiced "',
    'q9 1/1 "support for Russia\'s position on the indivisibility of security in Eurasia"',
    'text "."',
  ]);
});

test('when a filter leaves out the reported quote, its words read as text around the direct quote', () => {
  const segments = segmentBlock(paragraph(gold, 'p7'), { activeQuoteIds: new Set(['q8']), marks: [] });
  expect(outline(segments)).toEqual([
    'text "Tokayev in turn thanked Putin and the CSTO for repelling an \\""',
    'q8 1/1 "unprecedented terrorist attack"',
    'text "\\" in Kazakhstan, and voiced support for Russia\'s position on the indivisibility of security in Eurasia."',
  ]);
});

test('filtering to a person who says nothing in a paragraph turns the whole paragraph into text', () => {
  const onlyPutin = activeQuoteIds(gold, ['vladimir-putin']);
  const segments = segmentBlock(paragraph(gold, 'p7'), { activeQuoteIds: onlyPutin, marks: [] });
  expect(segments.map((s) => s.type)).toEqual(['text']);
  expect(segments[0] && segmentText(segments[0])).toBe(paragraph(gold, 'p7').text);
});

test('filtering to a person keeps their quotes as buttons', () => {
  const onlyPutin = activeQuoteIds(gold, ['vladimir-putin']);
  const segments = segmentBlock(paragraph(gold, 'p5'), { activeQuoteIds: onlyPutin, marks: [] });
  expect(outline(segments)).toEqual([
    'text "\\""',
    'q5 1/1 "The talks also focused on strengthening military and military-technical cooperation. Russia will continue to assist Kazakhstan in training military specialists,"',
    'text "\\" Putin added."',
  ]);
});

test('the headline quote inside single quote marks is a button without the marks', () => {
  expect(outline(segmentBlock(gold.headline, everyQuote))).toEqual([
    'text "Putin calls Kazakhstan\'s January unrest \'"',
    'q1 1/1 "act of terrorist aggression"',
    'text "\'"',
  ]);
});

test('a quote that fills its whole block is a single button with no text around it', () => {
  const text = 'We will win.';
  const b: Block = block('p1', text, [], [quote(text, text, 'q1', null)]);
  expect(outline(segmentBlock(b, everyQuote))).toEqual(['q1 1/1 "We will win."']);
});

test('two direct quotes inside one reported quote split it into parts; the lone "and" between them is no stop of its own', () => {
  const text = 'She said the plan was "bold" and "overdue" for years.';
  const reported = quote(text, 'the plan was "bold" and "overdue" for years', 'r', 'her', { kind: 'reported' });
  const b = block('p1', text, [], [reported, quote(text, 'bold', 'd1', 'her'), quote(text, 'overdue', 'd2', 'her')]);
  expect(outline(segmentBlock(b, everyQuote))).toEqual([
    'text "She said "',
    'r 1/2 "the plan was \\""',
    'd1 1/1 "bold"',
    'r 0/2 "\\" and \\""',
    'd2 1/1 "overdue"',
    'r 2/2 "\\" for years"',
    'text "."',
  ]);
});

test('the words of the quotes a filter leaves out are marked, and nothing else', () => {
  const p7 = paragraph(gold, 'p7');
  /** The paragraph with the words that are marked in brackets. */
  const leftOut = (active: ReadonlySet<string> | null) =>
    segmentBlock(p7, { activeQuoteIds: active, marks: [] })
      .flatMap((s) => s.pieces)
      .map((p) => (p.filteredOut ? `[${p.text}]` : p.text))
      .join('')
      .replaceAll('][', '');
  expect(leftOut(null)).toBe(p7.text);
  expect(leftOut(new Set(['q8']))).toBe(
    'Tokayev in turn thanked [Putin and the CSTO for repelling an "]unprecedented terrorist attack[" in Kazakhstan], and voiced [support for Russia\'s position on the indivisibility of security in Eurasia].',
  );
  expect(leftOut(activeQuoteIds(gold, ['vladimir-putin']))).toBe(
    'Tokayev in turn thanked [Putin and the CSTO for repelling an "unprecedented terrorist attack" in Kazakhstan], and voiced [support for Russia\'s position on the indivisibility of security in Eurasia].',
  );
});

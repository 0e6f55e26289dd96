import { summarizeSources } from '../../src/core/sourcesSummary';
import { changeSpeaker } from '../../src/core/corrections';
import { parseArticle } from '../../src/core/validate';
import { sourcesArticle } from '../support/sourcesArticle';
import { loadGold } from './gold';
import { asVersionOne } from '../support/versionOne';

test('the hand-made article with sources is a valid article of format version 2', () => {
  const result = parseArticle(sourcesArticle());
  expect(result.ok ? [] : result.problems).toEqual([]);
});

test('each source that has a quote is a line, most quoted words first, with its type, gender, quotes and share', () => {
  const { lines } = summarizeSources(sourcesArticle());
  expect(lines.map((l) => [l.entity.name, l.facts.type, l.facts.gender, l.quotes, l.words])).toEqual([
    ['Vladimir Putin', 'official', 'unknown', 6, 127],
    ['Kassym-Jomart Tokayev', 'official', 'man', 5, 57],
    ['Maria Zakharova', 'spokesperson', 'woman', 1, 9],
    ['Zakharova', 'unknown', 'unknown', 1, 8],
    ['a Kremlin official', 'anonymous', 'man', 1, 7],
    ['Dana Whitfield', 'expert', 'unknown', 1, 7],
    ['a source close to the talks', 'anonymous', 'unknown', 1, 6],
  ]);
  expect(lines[0]?.share).toBeCloseTo(127 / 221, 10);
  expect(lines.reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1, 10);
});

test("a source's reporting verbs are counted in the past tense, most used first, then in the order of the text", () => {
  const { lines } = summarizeSources(sourcesArticle());
  expect(lines[0]?.verbs).toEqual([
    { verb: 'called', count: 2 },
    { verb: 'said', count: 1 },
    { verb: 'praised', count: 1 },
    { verb: 'added', count: 1 },
    { verb: 'noted', count: 1 },
  ]);
  expect(lines.find((l) => l.entity.id === 'a-source-close-to-the-talks')?.verbs).toEqual([{ verb: 'warned', count: 1 }]);
});

test('the sources are summed by type and, among people, by gender, each with its share', () => {
  const { byType, byGender, people } = summarizeSources(sourcesArticle());
  expect(byType.map((t) => [t.key, t.count])).toEqual([
    ['official', 2],
    ['spokesperson', 1],
    ['expert', 1],
    ['anonymous', 2],
    ['unknown', 1],
  ]);
  expect(byType[0]?.share).toBeCloseTo(2 / 7, 10);
  expect(people).toBe(7);
  expect(byGender.map((g) => [g.key, g.count])).toEqual([
    ['woman', 1],
    ['man', 2],
    ['unknown', 4],
  ]);
});

test('an organisation is a source of its own type but is not counted by gender', () => {
  const article = changeSpeaker(sourcesArticle(), 'q16', 'csto');
  const { byGender, people, lines } = summarizeSources(article);
  expect(lines.find((l) => l.entity.id === 'csto')?.facts.type).toBe('unknown');
  expect(people).toBe(6);
  expect(byGender.reduce((sum, g) => sum + g.count, 0)).toBe(6);
});

test('anonymous sources are counted with and without a stated reason', () => {
  expect(summarizeSources(sourcesArticle()).anonymous).toEqual({ withReason: 1, withoutReason: 1 });
  expect(summarizeSources(loadGold()).anonymous).toEqual({ withReason: 0, withoutReason: 0 });
});

test('the first and the last word go to the speakers of the first and the last quote in reading order', () => {
  const { firstWord, lastWord } = summarizeSources(sourcesArticle());
  expect(firstWord).toMatchObject({ quoteId: 'q1', speaker: { name: 'Vladimir Putin' } });
  expect(lastWord).toMatchObject({ quoteId: 'q16', speaker: { name: 'Dana Whitfield' } });
  const unattributedLast = summarizeSources(changeSpeaker(sourcesArticle(), 'q16', null));
  expect(unattributedLast.lastWord).toEqual({ quoteId: 'q16', speaker: null });
  expect(unattributedLast.unattributed).toMatchObject({ quotes: 1 });
  expect(unattributedLast.unattributed?.share).toBeCloseTo(7 / 221, 10);
});

test('a version 1 article, which says nothing of its sources, reads as sources of unknown type and gender, with no verbs', () => {
  const summary = summarizeSources(asVersionOne(loadGold()));
  expect(summary.byType).toEqual([{ key: 'unknown', count: 2, share: 1 }]);
  expect(summary.byGender.map((g) => [g.key, g.count])).toEqual([
    ['woman', 0],
    ['man', 0],
    ['unknown', 2],
  ]);
  expect(summary.lines.every((l) => l.verbs.length === 0)).toBe(true);
  expect(summary.unattributed).toBeNull();
});

test('an article without quotes has no sources, no sums and nobody with the first word', () => {
  const gold = loadGold();
  const quiet = { ...gold, headline: { ...gold.headline, quotes: [] }, paragraphs: gold.paragraphs.map((p) => ({ ...p, quotes: [] })) };
  expect(summarizeSources(quiet)).toMatchObject({ lines: [], byType: [], byGender: [], people: 0, firstWord: null, lastWord: null });
});

import { readFileSync } from 'node:fs';
import { backupFileName, makeBackup, parseBackup, planRestore, sameContent, type BackupItem } from '../../src/core/backup';
import type { LibraryRecord } from '../../src/core/libraryRecord';
import { rawJson } from '../../src/core/rawJson';
import { loadGold } from './gold';

const gold = loadGold();
const record = (addedAt: string, article = gold): LibraryRecord => ({ id: article.id, addedAt, article });
const FIRST_LIBRARY = readFileSync('tests/fixtures/library-records/v1-speaker-corrections-without-previous.json', 'utf8');
const when = new Date('2026-11-30T08:00:00.000Z');

function items(text: string): Array<BackupItem> {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.problem);
  return result.items;
}

test('a backup holds every article with its corrections, in an envelope that names its format, version and time', () => {
  const backup = makeBackup([record('2026-11-29T10:00:00.000Z')], when);
  expect(backup).toEqual({
    format: 'who-said-what/library-backup',
    version: 1,
    exportedAt: '2026-11-30T08:00:00.000Z',
    articles: [{ addedAt: '2026-11-29T10:00:00.000Z', article: gold }],
  });
  expect(backupFileName(when)).toBe('who-said-what-library-2026-11-30.json');
  const read = items(JSON.stringify(backup));
  expect(read).toEqual([{ ok: true, record: { id: gold.id, addedAt: '2026-11-29T10:00:00.000Z', article: { ...gold, version: 2 } } }]);
});

test.each([
  ['{"format": "who-said', 'The file is not valid JSON: it may be cut short or damaged ('],
  [
    'Hello, these are my notes.\nSecond line',
    'The file is not a library backup: it is not JSON (it begins “Hello, these are my notes. Second line”). A backup is',
  ],
  ['   ', 'The file is not a library backup: it is not JSON (it is empty). A backup is'],
  ['[1, 2]', 'The file is not a library backup. A backup is the file that Back up library saves'],
  [JSON.stringify(gold), 'The file is a single article, not a library backup: open it with Open article.'],
  ['{"format": "something/else"}', 'The file is not a library backup: it was saved by another program, or is another kind of file. A backup is'],
  [
    '{"not": "a backup"}',
    'The file is not a library backup: it is some other JSON file. A backup is the file that Back up library saves, named like who-said-what-library-2026-11-30.json: choose one of those.',
  ],
  ['{"format": "who-said-what/library-backup", "version": 2, "articles": []}', 'made by a newer version of the reader; this one reads version 1.'],
  ['{"format": "who-said-what/library-backup", "version": "1", "articles": []}', 'The backup\'s version should be 1, but is "1".'],
  ['{"format": "who-said-what/library-backup", "version": 1}', 'The backup has no list of articles ("articles").'],
])('a file that is no backup says why: %s', (text, problem) => {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problem).toContain(problem);
});

test('one bad article in a backup costs only itself, and an old record in it is migrated', () => {
  const old = JSON.parse(FIRST_LIBRARY) as { addedAt: string; article: unknown };
  const text = JSON.stringify({
    format: 'who-said-what/library-backup',
    version: 1,
    exportedAt: when.toISOString(),
    articles: [{ addedAt: 'a', article: gold }, 'nothing', { article: { ...gold, headline: { id: 'headline', text: 'Broken', mentions: [] } } }, old],
  });
  const read = items(text);
  expect(read.map((item) => item.ok)).toEqual([true, false, false, true]);
  expect(read[1]).toEqual({ ok: false, label: 'article 2', problems: ['is not an object holding an article'] });
  expect(read[2]).toEqual({ ok: false, label: 'article 3, “Broken”', problems: ['headline, quotes: is missing (expected a list)'] });
  expect(read[3]).toMatchObject({
    ok: true,
    record: { addedAt: old.addedAt, article: { version: 2, headline: { text: 'Harbour council votes to rebuild the old pier' } } },
  });
});

test('a restore adds what is new, skips the same article, and keeps a different one under the same id as a copy', () => {
  const changed = { ...gold, publisher: 'Another outlet' };
  const other = { ...gold, id: 'another-article' };
  const held = new Map<string, unknown>([[gold.id, gold]]);
  const steps = planRestore(held, [record('t1', { ...gold }), record('t2', changed), record('t3', other), record('t4', changed)]);
  expect(steps.map((s) => [s.kind, s.record.id, s.kind === 'add' ? s.copyOf : null])).toEqual([
    ['skip', gold.id, null],
    ['add', `${gold.id}-copy`, gold.id],
    ['add', 'another-article', null],
    // The same backup twice, or the same article twice in it: the copy is there already.
    ['skip', `${gold.id}-copy`, null],
  ]);
  expect(steps[1]?.record.article).toEqual({ ...changed, id: `${gold.id}-copy` });
});

test('a damaged record under an id is never overwritten by a restore', () => {
  const steps = planRestore(new Map([[gold.id, null]]), [record('t', gold)]);
  expect(steps).toMatchObject([{ kind: 'add', copyOf: gold.id, record: { id: `${gold.id}-copy` } }]);
});

test('the same content is the same whatever the order of its keys', () => {
  expect(sameContent({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
  expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
  expect(sameContent([1, 2], [2, 1])).toBe(false);
});

test('the raw JSON of a damaged record is written whatever it holds', () => {
  expect(rawJson({ a: [1, 'b'] })).toBe('{\n  "a": [\n    1,\n    "b"\n  ]\n}\n');
  const cyclic: Record<string, unknown> = { n: 1n };
  cyclic.self = cyclic;
  expect(JSON.parse(rawJson(cyclic))).toEqual({ n: '1', self: '[seen above]' });
  expect(rawJson(undefined)).toBe('null\n');
});

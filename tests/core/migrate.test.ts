import { readFileSync } from 'node:fs';
import { blocksInOrder } from '../../src/core/article';
import { undoCorrection } from '../../src/core/corrections';
import { readRecord } from '../../src/core/libraryRecord';
import { migrateArticle, upgradeV1 } from '../../src/core/migrate';
import type { Article } from '../../src/core/schema';
import { parseArticle } from '../../src/core/validate';
import { loadGold } from './gold';

/*
 * Real records, as the app stored them in IndexedDB: made by the code of commit 10813cc (the first library, whose
 * speaker corrections kept no `previous` quote) and of commit d211732 (version 1 with `previous`), each analysing a
 * pasted article and taking corrections through the app's own functions.
 */
const oldRecord = (name: string): { id: string; addedAt: string; article: Record<string, unknown> } =>
  JSON.parse(readFileSync(`tests/fixtures/library-records/${name}.json`, 'utf8')) as { id: string; addedAt: string; article: Record<string, unknown> };
const FIRST_LIBRARY = oldRecord('v1-speaker-corrections-without-previous');
const V1 = oldRecord('v1-with-previous');

function readable(input: unknown): Article {
  const result = parseArticle(input);
  if (!result.ok) throw new Error(`not an article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

const quoteOf = (article: Article, id: string) =>
  blocksInOrder(article)
    .flatMap(({ block }) => block.quotes)
    .find((q) => q.id === id);

test('a version 1 article becomes version 2 with nothing else changed, and the new fields stay absent', () => {
  const v1 = readable(V1.article);
  expect(v1.version).toBe(1);
  const v2 = upgradeV1(v1);
  expect(v2).toEqual({ ...v1, version: 2 });
  expect(v2.entities.every((e) => !('sourceType' in e) && !('gender' in e) && !('anonymity' in e))).toBe(true);
  expect(upgradeV1(v2)).toBe(v2);
  expect(readable(migrateArticle(V1.article))).toEqual(v2);
});

test('a record of the first library no longer validates as it is, and reads after migration', () => {
  expect(parseArticle(FIRST_LIBRARY.article).ok).toBe(false);
  const reading = readRecord(FIRST_LIBRARY.id, FIRST_LIBRARY);
  if (!reading.ok) throw new Error(reading.damaged.problems.join('; '));
  expect(reading.migratedFrom).toBe(1);
  expect(reading.record.addedAt).toBe(FIRST_LIBRARY.addedAt);
  expect(reading.record.article.version).toBe(2);
  expect(reading.record.article.headline.text).toBe('Harbour council votes to rebuild the old pier');
});

test('undoing a first-library speaker correction gives each quote back its speaker, as it was before it', () => {
  const reading = readRecord(FIRST_LIBRARY.id, FIRST_LIBRARY);
  if (!reading.ok) throw new Error('unreadable');
  const corrected = reading.record.article;
  // The reader gave q4 (Bakker's) to Okafor, then to nobody.
  expect(quoteOf(corrected, 'q4')).toMatchObject({ speakerId: null, resolution: 'unattributed', corrected: true });
  const once = undoCorrection(corrected);
  expect(quoteOf(once, 'q4')).toMatchObject({ speakerId: 'maria-okafor', resolution: 'name', corrected: true });
  const twice = undoCorrection(once);
  const original = quoteOf(twice, 'q4');
  expect(original).toMatchObject({ speakerId: 'fisherman-tom-bakker', resolution: 'name', text: 'We have waited five years,' });
  expect(original).not.toHaveProperty('corrected');
  expect(twice.corrections).toBeUndefined();
  expect(parseArticle(twice).ok).toBe(true);
});

test('a version 2 article and anything that is no article come back from migration as they were', () => {
  const v2 = { ...loadGold(), version: 2 };
  expect(migrateArticle(v2)).toBe(v2);
  expect(migrateArticle(null)).toBeNull();
  expect(migrateArticle([1, 2])).toEqual([1, 2]);
});

test('a damaged record says what is wrong, keeps its raw value and its headline when one is readable', () => {
  const broken = structuredClone(V1);
  (broken.article as { paragraphs: unknown }).paragraphs = 'lost';
  const reading = readRecord('kept-key', broken);
  expect(reading.ok).toBe(false);
  if (reading.ok) return;
  expect(reading.damaged).toMatchObject({ label: 'kept-key', headline: 'Library opens late on Fridays for exam season', raw: broken });
  expect(reading.damaged.problems).toEqual(['paragraphs: should be a list, but is the text "lost"']);

  expect(readRecord('k', 'text')).toMatchObject({ ok: false, damaged: { problems: ['The record should be an object holding an article, but is string'] } });
  expect(readRecord('k', { id: 'k' })).toMatchObject({ ok: false, damaged: { problems: ['The record holds no article'], headline: null } });
  expect(readRecord('other-id', { ...V1, id: 'other-id' })).toMatchObject({
    ok: false,
    damaged: { problems: [`The record is kept under "other-id", but its article's id is "${V1.id}"`] },
  });
});

test('a record from a newer reader is damaged, and says which versions this one reads', () => {
  const reading = readRecord(V1.id, { ...V1, article: { ...V1.article, version: 3 } });
  expect(reading).toMatchObject({ ok: false, damaged: { problems: ['version: is 3, and this reader reads versions 1 and 2'] } });
});

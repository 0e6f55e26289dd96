import { readFileSync } from 'node:fs';
import { goldSources, scoreGoldSources } from '../../src/core/goldSources';
import { sumSources } from '../../src/core/reliability';
import type { Article } from '../../src/core/schema';
import { asVersionOne } from '../support/versionOne';

test("a full gold article gives its speakers as sources, scored the way a real gold's sources are; a version 1 gold gives none", () => {
  const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;
  const sources = goldSources(reuters);
  expect(sources?.find((s) => s.name === 'Dmitry Peskov')).toMatchObject({ type: 'spokesperson', gender: 'man', genderEvidence: 'spokesman' });
  expect(sources).toHaveLength(6);
  expect(sumSources([scoreGoldSources(reuters, reuters)])).toEqual({
    sourceType: { right: 6, of: 6 },
    gender: { right: 2, of: 2 },
    genderUnsupported: { right: 0, of: 4 },
  });
  expect(goldSources(asVersionOne(reuters))).toBeNull();
  expect(sumSources([scoreGoldSources(asVersionOne(reuters), reuters)]).sourceType).toEqual({ right: 0, of: 6 });
});

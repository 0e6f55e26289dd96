import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/validate';
test('gold ok', () => {
  const r = parseArticle(JSON.parse(readFileSync('public/articles/cgtn-putin-tokayev-2022-02-10.json', 'utf8')));
  expect(r).toMatchObject({ ok: true });
});

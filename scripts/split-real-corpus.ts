/**
 * Puts each real article that has no half yet into the development or the test half, by the first byte
 * of its id's SHA-256 (even: development, odd: test), and writes `tests/fixtures/real/split.json`. An
 * article already in a half never moves, so the test half stays unseen while the corpus grows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'tests/fixtures/real';
const file = `${dir}/split.json`;
const split = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { dev: Array<string>; test: Array<string> }) : { dev: [], test: [] };
const placed = new Set([...split.dev, ...split.test]);
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace(/\.expect\.json$/, ''))
  .sort();
for (const id of ids) {
  if (placed.has(id)) continue;
  const byte = createHash('sha256').update(id).digest()[0] ?? 0;
  (byte % 2 === 0 ? split.dev : split.test).push(id);
}
split.dev.sort();
split.test.sort();
writeFileSync(file, `${JSON.stringify(split, null, 2)}\n`);
console.log(`development half: ${split.dev.length} articles; test half: ${split.test.length}`);

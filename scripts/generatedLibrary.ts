/**
 * A library of many articles for benchmarks and screenshots: the bundled article and the test fixtures, each
 * copied under new ids with other outlets, dates, speakers' names, source types and genders, so that the library
 * holds many people and every chart has several values. Deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Article, Gender, SourceType } from '../src/core/schema';

const OUTLETS = ['CGTN', 'Reuters', 'The Northern Dispatch', 'Island Ledger', 'AFP', 'The Guardian'];
const TYPES: ReadonlyArray<SourceType> = ['official', 'official', 'spokesperson', 'expert', 'organisation', 'witness', 'citizen', 'anonymous', 'unknown'];
const GENDERS: ReadonlyArray<Gender> = ['man', 'man', 'woman', 'unknown'];
const FIRST = ['Anna', 'Dmitry', 'Maria', 'Li', 'Olena', 'James', 'Fatima', 'Carlos', 'Priya', 'Tomas', 'Amara', 'Henrik', 'Yuki', 'Omar', 'Sofia'];
const LAST = ['Ivanova', 'Chen', 'Okafor', 'Rossi', 'Haddad', 'Novak', 'Silva', 'Kowalski', 'Nakamura', 'Mensah', 'Berg', 'Duarte', 'Singh'];

function templates(): Array<Article> {
  const fixtures = readdirSync(new URL('../tests/fixtures/', import.meta.url)).filter((name) => name.endsWith('.json'));
  const paths = [
    new URL('../public/articles/cgtn-putin-tokayev-2022-02-10.json', import.meta.url),
    ...fixtures.map((name) => new URL(`../tests/fixtures/${name}`, import.meta.url)),
  ];
  return paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as Article);
}

/** `count` articles, the n-th dated in one of 24 months and from one of six outlets, with renamed people. */
export function generatedLibrary(count: number): Array<Article> {
  const base = templates();
  return Array.from({ length: count }, (_, n) => {
    const template = base[n % base.length] as Article;
    const month = String((n % 12) + 1).padStart(2, '0');
    const year = 2022 + (Math.floor(n / 12) % 2);
    // People are renamed from a pool of 195 names, so that some speak in many articles and most in a few.
    const entities = template.entities.map((entity, e) => {
      const pick = (n * 7 + e * 13) % (FIRST.length * LAST.length);
      const name = entity.type === 'person' ? `${FIRST[pick % FIRST.length]} ${LAST[Math.floor(pick / FIRST.length) % LAST.length]}` : entity.name;
      return { ...entity, name, sourceType: TYPES[(n + e) % TYPES.length], gender: entity.type === 'person' ? GENDERS[(n + e) % GENDERS.length] : 'unknown' };
    });
    return {
      ...template,
      version: 2,
      id: `library-${n}`,
      publisher: OUTLETS[n % OUTLETS.length] ?? null,
      publishedOn: `${year}-${month}-${String((n % 28) + 1).padStart(2, '0')}`,
      entities,
    } satisfies Article;
  });
}

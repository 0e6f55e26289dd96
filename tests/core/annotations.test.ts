import { appAgent, plainText, toWebAnnotations, type AnnotationCollection } from '../../src/core/annotations';
import { quotesInOrder } from '../../src/core/article';
import { changeSpeaker } from '../../src/core/corrections';
import { sourcesArticle } from '../support/sourcesArticle';
import { loadGold } from './gold';

const VERSION = '1.2.3';

/** The motivations the Web Annotation vocabulary defines; a body's purpose must be one of them. */
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

const isIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/**
 * Checks what the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) says MUST hold:
 * an annotation has the anno.jsonld @context, an IRI id, type Annotation and at least one target with a
 * source IRI; a textual body has a value; agents have a type; a collection and its pages have IRI ids and
 * the collection counts its annotations. Returns the problems found, so a failure names them all.
 */
function modelProblems(collection: AnnotationCollection): Array<string> {
  const problems: Array<string> = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(collection['@context'] === 'http://www.w3.org/ns/anno.jsonld', 'the collection has the anno.jsonld @context');
  need(isIri(collection.id), 'the collection has an IRI id');
  need(collection.type === 'AnnotationCollection', 'the collection is typed AnnotationCollection');
  need(isIri(collection.first.id), 'the page has an IRI id');
  need(collection.first.type === 'AnnotationPage', 'the page is typed AnnotationPage');
  need(collection.first.partOf === collection.id, 'the page is part of the collection');
  need(collection.last === collection.first.id, 'the one page is also the last');
  need(collection.total === collection.first.items.length, 'total counts the annotations');
  const ids = new Set<string>();
  for (const item of collection.first.items) {
    const at = `annotation ${item.id}`;
    need(item['@context'] === 'http://www.w3.org/ns/anno.jsonld', `${at} has the anno.jsonld @context`);
    need(isIri(item.id) && !ids.has(item.id), `${at} has an IRI id of its own`);
    ids.add(item.id);
    need(item.type === 'Annotation', `${at} is typed Annotation`);
    need(isIri(item.target.source), `${at} targets a source IRI`);
    need(item.target.selector.length > 0, `${at} selects part of its source`);
    need(item.body.length > 0, `${at} has a body`);
    for (const body of item.body) {
      need(body.type === 'TextualBody' && body.value.length > 0, `${at} has textual bodies with a value`);
      need(MOTIVATIONS.includes(body.purpose), `${at} gives each body a purpose from the vocabulary (not "${body.purpose}")`);
    }
    for (const agent of [item.creator, item.generator]) {
      need(agent.type === 'Person' || agent.type === 'Software', `${at} types its agents Person or Software`);
      need(agent.type === 'Person' || isIri(agent.id), `${at} gives its software an IRI id`);
    }
  }
  return problems;
}

test('each quote becomes a W3C Web Annotation whose selectors find its words in the article text', () => {
  const article = loadGold();
  const collection = toWebAnnotations(article, { version: VERSION });
  const { text } = plainText(article);
  expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 11 });
  const quotes = quotesInOrder(article);
  collection.first.items.forEach((item, i) => {
    const [byQuote, byPosition] = item.target.selector;
    expect(byQuote.exact).toBe(quotes[i]?.quote.text);
    expect(text.slice(byPosition.start, byPosition.end)).toBe(byQuote.exact);
    expect(text.slice(byPosition.start - byQuote.prefix.length, byPosition.start)).toBe(byQuote.prefix);
    expect(text.slice(byPosition.end, byPosition.end + byQuote.suffix.length)).toBe(byQuote.suffix);
  });
});

test('the collection, its page and every annotation hold what the Web Annotation model requires', () => {
  const article = loadGold();
  const first = article.paragraphs[0]?.quotes[0];
  if (!first) throw new Error('the gold has no quote in its first paragraph');
  Object.assign(first, { speakerId: null, resolution: 'unattributed', corrected: true });
  expect(modelProblems(toWebAnnotations(article, { version: VERSION }))).toEqual([]);
  article.url = 'https://www.cgtn.com/news/2022-02-10/putin-tokayev';
  expect(modelProblems(toWebAnnotations(article, { version: VERSION }))).toEqual([]);
});

test('the speaker, the kind, the source type, the cue, the confidence and who made the attribution go in the annotation body', () => {
  const gold = loadGold();
  const item = toWebAnnotations(gold, { version: VERSION }).first.items.find((a) => a.target.selector[0].exact.startsWith('both countries are ready'));
  const quote = gold.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('both countries are ready'));
  expect(item?.body).toEqual([
    { type: 'TextualBody', purpose: 'identifying', value: 'Kassym-Jomart Tokayev' },
    { type: 'TextualBody', purpose: 'classifying', value: 'reported speech' },
    { type: 'TextualBody', purpose: 'classifying', value: 'source: official' },
    { type: 'TextualBody', purpose: 'describing', value: 'President of Kazakhstan' },
    { type: 'TextualBody', purpose: 'describing', value: 'attributed by "He said"' },
    { type: 'TextualBody', purpose: 'tagging', value: 'attributed by the engine' },
    { type: 'TextualBody', purpose: 'assessing', value: `confidence ${quote?.confidence ?? ''}` },
  ]);
  expect(item?.id).toBe(`urn:who-said-what:article:cgtn-putin-tokayev-2022-02-10#${item?.id.split('#')[1]}`);
});

test('an unattributed quote is tagged so and states no confidence, which would read as a measured 0 %', () => {
  const article = loadGold();
  const first = article.paragraphs[0]?.quotes[0];
  if (!first) throw new Error('the gold has no quote in its first paragraph');
  Object.assign(first, { speakerId: null, resolution: 'unattributed' });
  const item = toWebAnnotations(article, { version: VERSION }).first.items.find((a) => a.id.endsWith(`#${first.id}`));
  expect(item?.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'unattributed' });
  expect(item?.body.filter((b) => b.purpose === 'assessing')).toEqual([]);
});

test('the app and its version wrote every annotation; the engine made those a reader did not correct', () => {
  const article = loadGold();
  const corrected = quotesInOrder(article)[1]?.quote;
  if (!corrected) throw new Error('the gold has fewer than two quotes');
  corrected.corrected = true;
  const items = toWebAnnotations(article, { version: VERSION }).first.items;
  const app = { id: 'urn:who-said-what:app:1.2.3', type: 'Software', name: 'Who said what 1.2.3' };
  expect(appAgent(VERSION)).toEqual(app);
  expect(items.every((item) => JSON.stringify(item.generator) === JSON.stringify(app))).toBe(true);
  const byReader = items.filter((item) => item.creator.type === 'Person');
  expect(byReader.map((item) => item.id)).toEqual([`urn:who-said-what:article:${article.id}#${corrected.id}`]);
  expect(byReader[0]?.creator).toEqual({ type: 'Person', name: 'a reader' });
  expect(byReader[0]?.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'corrected by a reader' });
  expect(items.filter((item) => item.creator.type === 'Software')).toHaveLength(10);
});

test('an unattributed quote has no speaker in its body', () => {
  const article = loadGold();
  const quote = article.paragraphs[0]?.quotes[0];
  if (!quote) throw new Error('the gold has no quote in its first paragraph');
  Object.assign(quote, { speakerId: null, resolution: 'unattributed' });
  const item = toWebAnnotations(article, { version: VERSION }).first.items.find((a) => a.id.endsWith(`#${quote.id}`));
  expect(item?.body.filter((b) => b.purpose === 'identifying')).toEqual([]);
  expect(item?.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'unattributed' });
  expect(item?.body.some((b) => b.value === 'Vladimir Putin' || b.value === 'President of Russia')).toBe(false);
});

test('the annotations target the article where it was published when it has a url, and keep ids of their own', () => {
  const article = loadGold();
  article.url = 'https://www.cgtn.com/news/2022-02-10/putin-tokayev';
  const collection = toWebAnnotations(article, { version: VERSION });
  expect(new Set(collection.first.items.map((item) => item.target.source))).toEqual(new Set([article.url]));
  expect(collection.first.items.every((item) => item.id.startsWith(`urn:who-said-what:article:${article.id}#`))).toBe(true);
  expect(toWebAnnotations(loadGold(), { version: VERSION }).first.items[0]?.target.source).toBe(`urn:who-said-what:article:${article.id}`);
  expect(collection.first.id).toBe(`urn:who-said-what:article:${article.id}#quotes-page-1`);
});

test("the speaker's source type classifies the annotation; an unattributed quote has none", () => {
  const article = sourcesArticle();
  const items = toWebAnnotations(changeSpeaker(article, 'q16', null), { version: VERSION }).first.items;
  const sourceOfQuote = (id: string) => items.find((a) => a.id.endsWith(`#${id}`))?.body.filter((b) => b.value.startsWith('source: '));
  expect(sourceOfQuote('q2')).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'source: official' }]);
  expect(sourceOfQuote('q15')).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'source: anonymous' }]);
  expect(sourceOfQuote('q16')).toEqual([]);
});

import { plainText, toWebAnnotations } from '../../src/core/annotations';
import { quotesInOrder } from '../../src/core/article';
import { changeSpeaker } from '../../src/core/corrections';
import { sourcesArticle } from '../support/sourcesArticle';
import { loadGold } from './gold';

test('each quote becomes a W3C Web Annotation whose selectors find its words in the article text', () => {
  const article = loadGold();
  const collection = toWebAnnotations(article);
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

test('the speaker, the kind, the source type and the cue go in the annotation body', () => {
  const item = toWebAnnotations(loadGold()).first.items.find((a) => a.target.selector[0].exact.startsWith('both countries are ready'));
  expect(item?.body).toEqual([
    { type: 'TextualBody', purpose: 'identifying', value: 'Kassym-Jomart Tokayev' },
    { type: 'TextualBody', purpose: 'classifying', value: 'reported speech' },
    { type: 'TextualBody', purpose: 'classifying', value: 'source: unknown' },
    { type: 'TextualBody', purpose: 'describing', value: 'President of Kazakhstan' },
    { type: 'TextualBody', purpose: 'describing', value: 'attributed by "He said"' },
  ]);
  expect(item?.id).toBe(`urn:who-said-what:article:cgtn-putin-tokayev-2022-02-10#${item?.id.split('#')[1]}`);
});

test("the speaker's source type classifies the annotation; an unattributed quote has none", () => {
  const article = sourcesArticle();
  const items = toWebAnnotations(changeSpeaker(article, 'q16', null)).first.items;
  const sourceOfQuote = (id: string) => items.find((a) => a.id.endsWith(`#${id}`))?.body.filter((b) => b.value.startsWith('source: '));
  expect(sourceOfQuote('q2')).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'source: official' }]);
  expect(sourceOfQuote('q15')).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'source: anonymous' }]);
  expect(sourceOfQuote('q16')).toEqual([]);
});

import { describeAttribution } from '../../src/core/attribution';
import { explainAttribution } from '../../src/core/explanation';
import type { Article } from '../../src/core/schema';
import { addQuote, changeSpeaker, quoteProblem, removeQuote, undoCorrection } from '../../src/core/corrections';
import { parseArticle } from '../../src/core/validate';
import { loadGold } from './gold';

const quoteBy = (text: RegExp) => {
  const article = loadGold();
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => text.test(q.text));
  if (!quote) throw new Error(`no quote matches ${text}`);
  return { article, quote };
};

test('changing a speaker marks the quote corrected, keeps the article valid, and undo restores the speaker', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const changed = changeSpeaker(article, quote.id, 'vladimir-putin');
  const after = changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id);
  expect(after).toMatchObject({ speakerId: 'vladimir-putin', corrected: true });
  expect(changed.corrections).toEqual([{ kind: 'speaker', quoteId: quote.id, from: 'kassym-jomart-tokayev', to: 'vladimir-putin', previous: quote }]);
  expect(parseArticle(changed).ok).toBe(true);
  const undone = undoCorrection(changed);
  expect(undone.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id)).toEqual(quote);
  expect(undone.corrections).toBeUndefined();
});

test('giving a quote to nobody makes it unattributed, as the schema requires', () => {
  const { article, quote } = quoteBy(/^The talks also focused/);
  const changed = changeSpeaker(article, quote.id, null);
  expect(changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id)).toMatchObject({
    speakerId: null,
    resolution: 'unattributed',
    antecedent: null,
  });
  expect(parseArticle(changed).ok).toBe(true);
});

test('marking a span as not a quote removes it, and undo puts it back where it was', () => {
  const { article, quote } = quoteBy(/^unprecedented terrorist attack$/);
  const removed = removeQuote(article, quote.id);
  expect(removed.paragraphs.flatMap((p) => p.quotes).some((q) => q.id === quote.id)).toBe(false);
  expect(undoCorrection(removed)).toEqual(article);
});

test('a quote added from a selection gets a fresh id, the chosen speaker, and passes validation', () => {
  const article = loadGold();
  const block = article.paragraphs[1];
  if (!block) throw new Error('no paragraph 2');
  const start = block.text.indexOf('the two discussed');
  const added = addQuote(article, block.id, start, start + 'the two discussed'.length, 'reported', 'vladimir-putin');
  const quote = added.paragraphs[1]?.quotes[0];
  expect(quote).toMatchObject({ text: 'the two discussed', kind: 'reported', speakerId: 'vladimir-putin', corrected: true, cue: null });
  expect(article.paragraphs.flatMap((p) => p.quotes).some((q) => q.id === quote?.id)).toBe(false);
  expect(parseArticle(added).ok).toBe(true);
  expect(undoCorrection(added)).toEqual(article);
});

test.each([
  ['an empty selection', 5, 5, 'direct', 'Select some words'],
  ['a selection of spaces and punctuation', 0, 0, 'direct', 'Select some words'],
  ['words already quoted', -1, -1, 'direct', 'already a quote'],
] as const)('a quote cannot be added over %s', (_, start, end, kind, message) => {
  const article = loadGold();
  const block = article.paragraphs[0];
  if (!block) throw new Error('no paragraph 1');
  const quote = block.quotes[0];
  const [s, e] = start === -1 && quote ? [quote.start, quote.end] : [start, end];
  expect(quoteProblem(block, s, e, kind)).toContain(message);
});

test('a direct quote can be added inside reported speech, since quotes may nest that way', () => {
  const article = loadGold();
  const block = article.paragraphs[2];
  if (!block) throw new Error('no paragraph 3');
  const start = block.text.indexOf('firm stance');
  expect(quoteProblem(block, start, start + 'firm stance'.length, 'direct')).toBeNull();
  expect(quoteProblem(block, start, start + 'firm stance'.length, 'reported')).toContain('already a quote');
});

/** What the attribution panel says of a quote's speaker. */
function explainedAfter(article: Article, id: string): string | undefined {
  const view = describeAttribution(article, id);
  return view && explainAttribution(article, view.quote, view.block, view.speaker);
}

test('a changed speaker drops the cue and the words that named the old one, and the explanation says it was set by hand', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const changed = changeSpeaker(article, quote.id, 'vladimir-putin');
  const after = changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id);
  expect(after).toMatchObject({ cue: null, speakerRef: null, antecedent: null, resolution: 'name' });
  expect(explainedAfter(changed, quote.id)).toBe("You gave this quote to Vladimir Putin by hand; the text's own attribution is set aside.");
});

import { quotesInOrder } from '../../src/core/article';
import { analyzeArticle } from '../../src/core/engine/analyze';
import { quoteLinks } from '../../src/core/quoteLinks';
import type { Article } from '../../src/core/schema';
import { article, block, loadGold, quote } from './gold';

const gold = loadGold();

/** The key of the quote whose words start with `words`. */
function keyOfQuote(a: Article, words: string): string | undefined {
  const found = quotesInOrder(a).find(({ quote: q }) => q.text.startsWith(words));
  if (!found) throw new Error(`no quote starts with ${words}`);
  return quoteLinks(a).keyOf(found.quote.id);
}

test('a key names the quote by its paragraph and its words, and leads back to the quote', () => {
  const links = quoteLinks(gold);
  const key = links.keyOf('q10');
  expect(key).toMatch(/^p8-[a-z0-9]+$/);
  expect(links.idOf(key ?? '')).toBe('q10');
});

test('every quote of the bundled article gets a key of its own', () => {
  const links = quoteLinks(gold);
  const keys = quotesInOrder(gold).map(({ quote: q }) => links.keyOf(q.id));
  expect(new Set(keys).size).toBe(keys.length);
});

test('the same words in the same paragraph give the same key in another copy of the article', () => {
  expect(quoteLinks(loadGold()).keyOf('q5')).toBe(quoteLinks(gold).keyOf('q5'));
});

test('renumbering the quote ids keeps every key', () => {
  const renumbered = loadGold();
  for (const { quote: q } of quotesInOrder(renumbered)) q.id = `q${100 - Number(q.id.slice(1))}`;
  const before = quotesInOrder(gold).map(({ quote: q }) => quoteLinks(gold).keyOf(q.id));
  const after = quotesInOrder(renumbered).map(({ quote: q }) => quoteLinks(renumbered).keyOf(q.id));
  expect(after).toEqual(before);
});

test('analysing the article again after a quote is added before it keeps the key, though the id changes', () => {
  const meeting = 'Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev on Thursday. "We will help Kazakhstan," Putin said.';
  const thanks = '"We thank Russia for its help," Tokayev said.';
  const first = analyzeArticle(['Leaders meet in Moscow', meeting, thanks].join('\n\n'));
  const again = analyzeArticle(['Leaders meet in Moscow', `${meeting} "The talks went well," he added.`, thanks].join('\n\n'));
  const idIn = (a: Article) => quotesInOrder(a).find(({ quote: q }) => q.text.startsWith('We thank'))?.quote.id;
  expect(idIn(again)).not.toBe(idIn(first));
  expect(keyOfQuote(again, 'We thank')).toBe(keyOfQuote(first, 'We thank'));
});

test('punctuation, case and spacing do not change a key; other words do', () => {
  const keyOf = (words: string) => keyOfQuote(article([block('p1', words, [], [quote(words, words, 'q1', null)])], []), words.slice(0, 3));
  expect(keyOf('We will  help, Kazakhstan')).toBe(keyOf('we will help Kazakhstan.'));
  expect(keyOf('We will help Kazakhstan')).not.toBe(keyOf('We will help Russia'));
});

test('the same words twice in one paragraph get two keys', () => {
  const text = '"No comment," he said, and again: "No comment."';
  const twice = article([block('p1', text, [], [quote(text, 'No comment,', 'q1', null), { ...quote(text, 'No comment.', 'q2', null) }])], []);
  const links = quoteLinks(twice);
  expect(links.keyOf('q1')).not.toBe(links.keyOf('q2'));
  expect(links.keyOf('q2')).toBe(`${links.keyOf('q1')}-2`);
  expect(links.idOf(links.keyOf('q2') ?? '')).toBe('q2');
});

test('a link made with an engine id still finds the quote', () => {
  expect(quoteLinks(gold).idOf('q7')).toBe('q7');
});

test('a link to a quote the article no longer has finds nothing', () => {
  const links = quoteLinks(gold);
  expect(links.idOf('q99')).toBeNull();
  expect(links.idOf('p8-zzzzzz')).toBeNull();
  expect(links.keyOf('q99')).toBeUndefined();
});

test('a key finds its quote when another paragraph’s id starts the same way (p1 and p10)', () => {
  const same = '"We will help," Putin said.';
  const blocks = Array.from({ length: 10 }, (_, i) => block(`p${i + 1}`, same, [], [quote(same, 'We will help,', `q${i + 1}`, null)]));
  const links = quoteLinks(article(blocks, []));
  const tenth = links.keyOf('q10') ?? '';
  expect(tenth).toMatch(/^p10-/);
  expect(links.idOf(tenth)).toBe('q10');
  expect(links.idOf(links.keyOf('q1') ?? '')).toBe('q1');
});

import { readFileSync } from 'node:fs';
import { FileProblem, readArticleFile, textProblem } from '../../../src/features/open/readArticleFile';

const file = (name: string, content: BlobPart, type = '') => new File([content], name, { type });

test('a plain text file is read as it is', async () => {
  await expect(readArticleFile(file('story.txt', 'Headline\n\nA paragraph.'))).resolves.toEqual({ kind: 'text', text: 'Headline\n\nA paragraph.' });
});

test('an exported article JSON opens as an article', async () => {
  const json = readFileSync('public/articles/cgtn-putin-tokayev-2022-02-10.json', 'utf8');
  const contents = await readArticleFile(file('export.json', json, 'application/json'));
  expect(contents.kind === 'article' && contents.article.id).toBe('cgtn-putin-tokayev-2022-02-10');
});

test('an exported article JSON that lost its .json name still opens as an article', async () => {
  const json = readFileSync('public/articles/cgtn-putin-tokayev-2022-02-10.json', 'utf8');
  const contents = await readArticleFile(file('79385c1e-81c8-40da-a008-ae16ac9b462f', json));
  expect(contents.kind === 'article' && contents.article.id).toBe('cgtn-putin-tokayev-2022-02-10');
  await expect(readArticleFile(file('notes.txt', '{"rows": [1, 2, 3]}'))).rejects.toThrow('notes.txt is not an article this reader can open');
  await expect(readArticleFile(file('story.txt', '{Braces} open this headline\n\nA paragraph.'))).resolves.toEqual({
    kind: 'text',
    text: '{Braces} open this headline\n\nA paragraph.',
  });
});

test('an HTML page is reduced to its headline and paragraphs, without scripts, menus or ads', async () => {
  const html =
    '<!doctype html><html><head><title>Site</title><script>alert(1)</script></head><body><nav><p>Home News</p></nav><article><h1>Mayor wins vote</h1><p>The mayor said the vote was "historic."</p><div class="ad"><p>Buy now</p></div><figure><img src="x.jpg"><figcaption>The mayor. /Reuters</figcaption></figure></article><footer><p>Copyright</p></footer></body></html>';
  const contents = await readArticleFile(file('page.html', html, 'text/html'));
  expect(contents).toEqual({
    kind: 'text',
    text: 'Mayor wins vote\n\nThe mayor said the vote was "historic."\n\nThe mayor. /Reuters',
    source: { url: null, publisher: null, publishedOn: null },
  });
});

test.each([
  ['an empty file', file('empty.txt', ''), 'empty.txt is empty'],
  ['a binary file', file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2])), 'photo.txt looks like a binary file'],
  ['a Latin-1 file', file('latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75])), 'latin.txt is not UTF-8 text'],
  ['a file of 20 MB', file('huge.txt', new Uint8Array(20 * 1024 * 1024).fill(97)), 'huge.txt is 20.0 MB; the reader opens articles up to 5.0 MB'],
  ['a JSON that is not an article', file('data.json', '{"rows": [1, 2, 3]}', 'application/json'), 'data.json is not an article this reader can open'],
  ['a PDF that starts as text', file('scan', '%PDF-1.4\nstream'), 'scan is a PDF, which the reader cannot read'],
  ['a file of blank space', file('blank.txt', '   \n\n  '), 'blank.txt holds only blank space'],
])('%s is refused with a message that names it', async (_, input, message) => {
  const reading = readArticleFile(input);
  await expect(reading).rejects.toBeInstanceOf(FileProblem);
  await expect(reading).rejects.toThrow(message);
});

test('a .jsonl or .csv file is read as one article per row', async () => {
  const jsonl = await readArticleFile(file('many.jsonl', '{"headline":"A","text":"One"}\n{"headline":"B","text":"Two"}\n'));
  expect(jsonl.kind === 'rows' && jsonl.rows.map((row) => row.ok && row.article.headline)).toEqual(['A', 'B']);
  const csv = await readArticleFile(file('many.csv', 'headline,text\nA,"One, two"\n'));
  expect(csv.kind === 'rows' && csv.rows).toEqual([
    { row: 2, ok: true, article: { headline: 'A', text: 'One, two', published: null, url: null, outlet: null } },
  ]);
  await expect(readArticleFile(file('none.csv', 'headline,text\n'))).rejects.toThrow('none.csv has no articles in it');
});

test('pasted binary data is refused with the reason, as a binary file is', () => {
  const binary = '\u0000\u0001\u0002PK\u0003\u0004'.repeat(400) + 'Ãé¿'.repeat(100);
  expect(textProblem(binary)).toBe('The text looks like binary data, not an article: paste the article’s words, or open the file it came from.');
  expect(textProblem('Ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(50))).toMatch(/binary data/);
  // A stray control character or two in a real article (a copied form feed) is no reason to refuse it.
  expect(textProblem(`Mayor wins vote\n\nThe mayor said the vote was "historic."\f ${'More words here. '.repeat(20)}`)).toBeNull();
});

test('an over-long paste is refused with its size in millions of characters', () => {
  expect(textProblem('a'.repeat(6_000_000))).toBe('The text is 6.0 million characters; the reader analyzes articles up to 5.2 million.');
});

import { readHtmlArticle } from '../../../src/features/open/htmlToText';

const page = (head: string, body: string) => `<!doctype html><html><head><title>Site</title>${head}</head><body>${body}</body></html>`;

test('a page says where it was published: canonical URL, site name and published time from its metadata', () => {
  const html = page(
    '<link rel="canonical" href="https://news.example/2024/03/harbour"><meta property="og:url" content="https://news.example/og"><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-03-05T09:00:00+01:00">',
    '<article><h1>Harbour reopens</h1><p>"Ships move again," Jan Nowak said.</p></article>',
  );
  expect(readHtmlArticle(html).source).toEqual({ url: 'https://news.example/2024/03/harbour', publisher: 'Example News', publishedOn: '2024-03-05' });
});

test('without a canonical link the og:url is the URL, and a <time> in the article gives the day', () => {
  const html = page(
    '<meta property="og:url" content="https://news.example/og">',
    '<header><time datetime="2020-01-01">Site launched</time></header><article><h1>Harbour reopens</h1><time datetime="2024-03-06T22:10:00-05:00">March 6</time><p>Text.</p></article>',
  );
  expect(readHtmlArticle(html).source).toEqual({ url: 'https://news.example/og', publisher: null, publishedOn: '2024-03-06' });
});

test('a relative or script link is no URL, since it leads nowhere outside the page', () => {
  expect(readHtmlArticle(page('<link rel="canonical" href="/harbour">', '<h1>H</h1><p>T.</p>')).source.url).toBeNull();
  expect(readHtmlArticle(page('<meta property="og:url" content="javascript:alert(1)">', '<h1>H</h1><p>T.</p>')).source.url).toBeNull();
});

test('the byline is kept under the headline, even in a header, and a date in it is the publication day', () => {
  const html = page('', '<article><header><h1>Harbour reopens</h1><p class="byline">By Anna Kowalska, March 5, 2024</p></header><p>Text.</p></article>');
  const read = readHtmlArticle(html);
  expect(read.text).toBe('Harbour reopens\n\nBy Anna Kowalska, March 5, 2024\n\nText.');
  expect(read.source.publishedOn).toBe('2024-03-05');
});

test('an author link alone becomes a "By" line, so that the person is not taken for the outlet', () => {
  const html = page('', '<article><h1>Harbour reopens</h1><a rel="author" href="/anna">Anna Kowalska</a><p>Text.</p></article>');
  expect(readHtmlArticle(html).text).toBe('Harbour reopens\n\nBy Anna Kowalska\n\nText.');
});

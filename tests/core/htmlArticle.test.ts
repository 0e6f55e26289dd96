import { readHtmlPage } from '../../src/core/htmlArticle';

const page = (head: string, body: string) => `<!doctype html><html><head><title>Site</title>${head}</head><body>${body}</body></html>`;

test('a page says where it was published: canonical URL, site name and published time from its metadata', () => {
  const html = page(
    '<link rel="canonical" href="https://news.example/2024/03/harbour"><meta property="og:url" content="https://news.example/og"><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-03-05T09:00:00+01:00">',
    '<article><h1>Harbour reopens</h1><p>"Ships move again," Jan Nowak said.</p></article>',
  );
  const read = readHtmlPage(html);
  expect(read.source).toEqual({ url: 'https://news.example/2024/03/harbour', publisher: 'Example News', publishedOn: '2024-03-05' });
  expect(read.text).toBe('Harbour reopens\n\n"Ships move again," Jan Nowak said.');
});

test('without a canonical link the og:url is the URL, and a <time> in the article gives the day', () => {
  const html = page(
    '<meta property="og:url" content="https://news.example/og">',
    '<header><time datetime="2020-01-01">Site launched</time></header><article><h1>Harbour reopens</h1><time datetime="2024-03-06T22:10:00-05:00">March 6</time><p>Text.</p></article>',
  );
  expect(readHtmlPage(html).source).toEqual({ url: 'https://news.example/og', publisher: null, publishedOn: '2024-03-06' });
});

test('a relative or script link is no URL', () => {
  expect(readHtmlPage(page('<link rel="canonical" href="/harbour">', '<h1>H</h1><p>T.</p>')).source.url).toBeNull();
  expect(readHtmlPage(page('<meta property="og:url" content="javascript:alert(1)">', '<h1>H</h1><p>T.</p>')).source.url).toBeNull();
});

test('the byline is kept under the headline, even in a header, and a date in it is the publication day', () => {
  const read = readHtmlPage(
    page('', '<article><header><h1>Harbour reopens</h1><p class="byline">By Anna Kowalska, March 5, 2024</p></header><p>Text.</p></article>'),
  );
  expect(read.text).toBe('Harbour reopens\n\nBy Anna Kowalska, March 5, 2024\n\nText.');
  expect(read.source.publishedOn).toBe('2024-03-05');
});

test('an author link alone becomes a "By" line, so that the person is not taken for the outlet', () => {
  expect(readHtmlPage(page('', '<article><h1>Harbour reopens</h1><a rel="author" href="/anna">Anna Kowalska</a><p>Text.</p></article>')).text).toBe(
    'Harbour reopens\n\nBy Anna Kowalska\n\nText.',
  );
});

test('a saved news page keeps its paragraphs, quotes and captions, and loses scripts, menus, ads, comments and hidden text', () => {
  const html = page(
    '<script>var text = "<p>not text</p>";</script><style>p { color: red }</style>',
    [
      '<nav><ul><li>World</li><li>Business</li></ul></nav>',
      '<!-- <p>commented out</p> -->',
      '<main><article>',
      '<h1>Port of Gdańsk to double its capacity</h1>',
      '<p>The port’s director, <a href="/nowak">Marek Nowak</a>, said on <time datetime="2024-06-14">Friday</time> that work starts in spring.',
      '<p>&ldquo;We will double our capacity by 2027,&rdquo; Nowak said &amp; smiled.',
      '<div class="ad"><p>Buy a boat today</p></div>',
      '<figure><img src="a.jpg" alt=""><figcaption>The container terminal. <span class="credit">Photo: AFP</span></figcaption></figure>',
      '<blockquote><p>Ships will wait no more.</p></blockquote>',
      '<p hidden>Hidden text</p><p aria-hidden="true">Also hidden</p>',
      '<aside><p>Related: another story</p></aside>',
      '</article></main><footer><p>© Example News</p></footer>',
    ].join(''),
  );
  expect(readHtmlPage(html).text.split('\n\n')).toEqual([
    'Port of Gdańsk to double its capacity',
    'The port’s director, Marek Nowak, said on Friday that work starts in spring.',
    '“We will double our capacity by 2027,” Nowak said & smiled.',
    'The container terminal. Photo: AFP',
    'Ships will wait no more.',
  ]);
});

test('a page without an article or an h1 is read from its body, headed by its title', () => {
  expect(readHtmlPage('<html><head><title>Harbour reopens &ndash; News</title></head><body><p>One.</p><ul><li>Two.</li></ul></body></html>').text).toBe(
    'Harbour reopens – News\n\nOne.\n\nTwo.',
  );
});

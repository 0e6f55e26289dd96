// @vitest-environment happy-dom
// The check reads the page the way the browser will, with a DOM parser; the module itself runs anywhere.
import { withoutInlinePolicy } from '../../src/core/markup';

test.each([
  ['a style sheet', '<head><style>p { color: red }</style></head><p>Text</p>', '<head></head><p>Text</p>'],
  ['a style sheet with attributes, in capitals', '<STYLE type="text/css" media=screen>p{}</STYLE ><p>Text</p>', '<p>Text</p>'],
  ['a style attribute', '<p style="color: red">Text</p>', '<p>Text</p>'],
  ['a style attribute among others, spaced and in capitals', '<p class=lede STYLE = \'a\' id="x">Text</p>', '<p class=lede id="x">Text</p>'],
  ['a style attribute whose value holds a ">"', '<p style="content: \'>\'" class="a">Text</p>', '<p class="a">Text</p>'],
  ['a style attribute after a slash', '<img/style="x"/>', '<img/>'],
  ['a style attribute on an SVG shape', '<svg><rect style="fill:red"/></svg>', '<svg><rect/></svg>'],
  ['an inline event handler', '<img src=x onerror="alert(1)">', '<img src=x>'],
  ['event handlers in capitals among other attributes', '<body ONLOAD=init() class="page" onClick=\'go()\'>', '<body class="page">'],
])('drops %s', (_, html, expected) => {
  expect(withoutInlinePolicy(html)).toBe(expected);
});

test.each([
  ['words that read like an attribute', '<p>Her style="bold" words, and &lt;style&gt; as text</p>'],
  ['an attribute whose value mentions style', '<p title="style=red" data-style="x">Text</p>'],
  ['a data attribute named after a handler', '<p data-onload="x">Text</p>'],
  ['a commented-out style sheet', '<!-- <style> --><p>Kept</p><!-- </style> -->'],
  ['markup inside a script', '<script>const s = \'<p style="x">\';</script><p>Kept</p>'],
  ['markup inside a title', '<title>Why <style> matters</title><p>Kept</p>'],
  ['a "<" that starts no tag', '<p>1 < 2 and 3 <= 4</p>'],
  ['an unterminated tag', '<p class="a'],
])('leaves %s as it is', (_, html) => {
  expect(withoutInlinePolicy(html)).toBe(html);
});

test('a commented-out style start tag does not swallow the text up to a later style sheet', () => {
  const html = '<!-- <style> --><p>The port reopened.</p><style>p{}</style><p>Ships moved.</p>';
  expect(withoutInlinePolicy(html)).toBe('<!-- <style> --><p>The port reopened.</p><p>Ships moved.</p>');
});

test('a style element with no end tag loses only its start tag, never the text after it', () => {
  expect(withoutInlinePolicy('<svg><style/></svg><p>After the drawing</p>')).toBe('<svg></svg><p>After the drawing</p>');
});

test('every word of a styled page is still there once parsed', () => {
  const page = `<!doctype html><html><head><title>Harbour</title><style>body{font:serif}</style></head>
<body style="margin:0"><article><h1 style="color:navy">Gdansk harbour reopens</h1>
<p class="lede" style="font-weight:bold">The port reopened on <b style="x">Friday</b>.</p>
<p>"Ships are moving again," said Jan Nowak.</p></article></body></html>`;
  const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent;
  const cleaned = withoutInlinePolicy(page);
  expect(cleaned).not.toMatch(/style/i);
  expect(text(cleaned)).toBe(text(page));
});

import { decodeHTML } from 'entities';
import { dayIn, isoDay, type ArticleSource } from './articleRows';

/**
 * A saved web page read without a DOM (for the CLI, which runs in Node): the same article text and source as the
 * reader's Open article takes from a page (features/open/htmlToText.ts, which uses the browser's parser). The tree
 * built here is a small approximation of the HTML parser's: enough for news pages, whose text sits in paragraphs.
 */

interface Element {
  name: string;
  attributes: Map<string, string>;
  children: Array<Element | string>;
  parent: Element | null;
}

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, up to their own end tag; none of it is article text but a title's. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
/** Elements a start tag of which ends an open paragraph, as the HTML parser does. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li',
]); // prettier-ignore
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'dialog',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const DROPPED_CLASSES = new Set(['ad', 'ads', 'advert', 'advertisement', 'share', 'social', 'newsletter', 'related', 'comments', 'cookie', 'promo']);
const BLOCKS = new Set(['p', 'figcaption', 'blockquote', 'h2', 'h3', 'li']);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    if (name) attributes.set(name.toLowerCase(), decodeHTML(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** The page as a tree: tags as the tokenizer finds them, comments and raw text skipped, stray end tags ignored. */
function parse(html: string): Element {
  const root: Element = { name: '#root', attributes: new Map(), children: [], parent: null };
  let open = root;
  const close = (name: string) => {
    for (let node: Element | null = open; node && node !== root; node = node.parent) {
      if (node.name === name) {
        open = node.parent ?? root;
        return;
      }
    }
  };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) open.children.push(html.slice(at, textEnd));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      at = end === -1 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      open.children.push('<');
      at = lt + 1;
      continue;
    }
    at = TAG.lastIndex;
    const [, slash, rawName = '', rest = ''] = tag;
    const name = rawName.toLowerCase();
    if (slash) {
      close(name);
      continue;
    }
    if (CLOSES_P.has(name)) close(name === 'li' ? 'li' : 'p');
    const element: Element = { name, attributes: attributesOf(rest), children: [], parent: open };
    open.children.push(element);
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}[\\s/>]`, 'gi');
      end.lastIndex = at;
      const found = end.exec(html);
      const stop = found ? found.index : html.length;
      if (name === 'title') element.children.push(html.slice(at, stop));
      at = found ? html.indexOf('>', stop) + 1 || html.length : html.length;
      continue;
    }
    if (!VOID.has(name) && !rest.trimEnd().endsWith('/')) open = element;
  }
  return root;
}

function* elements(node: Element): Generator<Element> {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    yield child;
    yield* elements(child);
  }
}

const find = (node: Element, test: (element: Element) => boolean): Element | undefined => {
  for (const element of elements(node)) if (test(element)) return element;
  return undefined;
};

const classes = (element: Element) => (element.attributes.get('class') ?? '').split(/\s+/);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements inside a line of text: no space is added around them, so "<a>Reuters</a>." stays "Reuters.". */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

function rawTextOf(node: Element): string {
  return node.children
    .map((child) => (typeof child === 'string' ? decodeHTML(child) : INLINE.has(child.name) ? rawTextOf(child) : ` ${rawTextOf(child)} `))
    .join('');
}

const textOf = (node: Element) => squeeze(rawTextOf(node));

function isDropped(element: Element): boolean {
  return (
    DROPPED_TAGS.has(element.name) ||
    DROPPED_ROLES.has(element.attributes.get('role') ?? '') ||
    element.attributes.get('aria-hidden') === 'true' ||
    element.attributes.has('hidden') ||
    classes(element).some((name) => DROPPED_CLASSES.has(name))
  );
}

function drop(node: Element): void {
  node.children = node.children.filter((child) => typeof child === 'string' || !isDropped(child));
  for (const child of node.children) if (typeof child !== 'string') drop(child);
}

const isByline = (e: Element) =>
  classes(e).includes('byline') || classes(e).includes('author') || e.attributes.get('itemprop') === 'author' || e.attributes.get('rel') === 'author';

const webAddress = (value: string | undefined) => (value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null);

/**
 * The article text of a saved web page, as the engine reads it (headline on the first line, its byline next, then
 * paragraphs, quotes and captions separated by blank lines), and where the page says it was published.
 */
export function readHtmlPage(html: string): { text: string; source: ArticleSource } {
  const page = parse(html);
  const meta = (test: (attributes: Map<string, string>) => boolean) => find(page, (e) => e.name === 'meta' && test(e.attributes))?.attributes.get('content');
  const property = (name: string) => meta((a) => a.get('property') === name || a.get('name') === name);
  const article = find(page, (e) => e.name === 'article');
  const bylineNode = (article && find(article, isByline)) ?? find(page, isByline);
  const named = (bylineNode && textOf(bylineNode)) || squeeze(property('author') ?? '');
  const byline = named && !(bylineNode && classes(bylineNode).includes('byline')) && !/^by\b/i.test(named) ? `By ${named}` : named;
  const time =
    (article && find(article, (e) => e.name === 'time' && e.attributes.has('datetime'))) ??
    find(page, (e) => e.name === 'time' && e.attributes.has('datetime'));
  const source: ArticleSource = {
    url:
      webAddress(find(page, (e) => e.name === 'link' && (e.attributes.get('rel') ?? '').split(/\s+/).includes('canonical'))?.attributes.get('href')) ??
      webAddress(property('og:url')),
    publisher: squeeze(property('og:site_name') ?? '') || null,
    publishedOn:
      isoDay(property('article:published_time')) ??
      isoDay(meta((a) => a.get('itemprop') === 'datePublished')) ??
      isoDay(time?.attributes.get('datetime')) ??
      dayIn(byline),
  };
  const headerHeadline = find(page, (e) => e.name === 'h1' && e.parent?.name === 'header');
  const savedHeadline = headerHeadline ? textOf(headerHeadline) : '';
  drop(page);
  const root = find(page, (e) => e.name === 'article') ?? find(page, (e) => e.name === 'main' || e.attributes.get('role') === 'main') ?? page;
  const h1 = find(root, (e) => e.name === 'h1') ?? find(page, (e) => e.name === 'h1');
  const title = find(page, (e) => e.name === 'title');
  const headline = (h1 && textOf(h1)) || savedHeadline || (title ? textOf(title) : '');
  const blocks: Array<string> = [];
  for (const element of elements(root)) {
    if (!BLOCKS.has(element.name)) continue;
    const inside = (name: string) => {
      for (let up = element.parent; up; up = up.parent) if (up.name === name) return true;
      return false;
    };
    if (inside('figcaption') || (element.name === 'p' && inside('blockquote'))) continue;
    if (element.name === 'li' && find(element, (e) => e.name === 'p')) continue;
    const text = textOf(element);
    if (text && text !== headline) blocks.push(text);
  }
  const withByline = byline && !blocks.includes(byline) && byline !== headline ? [byline, ...blocks] : blocks;
  return { text: [headline, ...withByline].filter(Boolean).join('\n\n'), source };
}

import { dayIn, isoDay, type ArticleSource } from '../../core/articleRows';
import { withoutInlinePolicy } from '../../core/markup';

const DROPPED =
  'script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden], .ad, .ads, .advert, .advertisement, .share, .social, .newsletter, .related, .comments, .cookie, .promo';

const BYLINE = '.byline, [itemprop="author"], [rel="author"], .author';

export interface HtmlArticle {
  /** The article text, as the engine reads it. */
  text: string;
  source: ArticleSource;
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Only a web address is kept as the article's URL: a relative or script link in a saved page leads nowhere. */
const webAddress = (value: string | null | undefined) => (value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null);

/**
 * Where a page says it was published, read before menus and headers go (bylines and dates often sit in
 * them): its canonical address, its site's name and its publication day, from the page's own metadata
 * first and then from its visible byline and <time>.
 */
function sourceOf(doc: Document, byline: string): ArticleSource {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? null;
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return {
    url: webAddress(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ?? webAddress(meta('meta[property="og:url"]')),
    publisher: squeeze(meta('meta[property="og:site_name"]')) || null,
    publishedOn:
      isoDay(meta('meta[property="article:published_time"]')) ??
      isoDay(meta('meta[itemprop="datePublished"]')) ??
      isoDay(time?.getAttribute('datetime')) ??
      dayIn(byline),
  };
}

/**
 * Reduces a saved web page to its article text, as the engine reads it: headline on the first line,
 * its byline next when it has one, then paragraphs and figure captions separated by blank lines; and
 * where the page says it was published. Scripts, menus and ads are dropped; nothing in the page is run
 * or loaded, since DOMParser builds an inert document, and its styles and event handlers go before parsing, since
 * Chromium checks even an inert document's against the reader's policy.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const doc = new DOMParser().parseFromString(withoutInlinePolicy(html), 'text/html');
  const bylineNode = doc.querySelector(`article :is(${BYLINE})`) ?? doc.querySelector(BYLINE);
  const named = squeeze(bylineNode?.textContent) || squeeze(doc.querySelector('meta[name="author"]')?.getAttribute('content'));
  // An author element holds a name alone: "By" keeps the engine from taking the person for the outlet.
  const byline = named && !bylineNode?.matches('.byline') && !/^by\b/i.test(named) ? `By ${named}` : named;
  const source = sourceOf(doc, byline);
  // An article's own <header> often holds its headline: read before the site's headers go.
  const headerHeadline = squeeze(doc.querySelector('article header h1, main header h1')?.textContent);
  doc.querySelectorAll(DROPPED).forEach((node) => node.remove());
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
  const headline = (root.querySelector('h1') ?? doc.querySelector('h1'))?.textContent?.trim() || headerHeadline || doc.title.trim();
  const blocks: Array<string> = [];
  root.querySelectorAll('p, figcaption, blockquote, h2, h3, li').forEach((node) => {
    if (node.closest('figcaption') && node.tagName !== 'FIGCAPTION') return;
    if (node.tagName === 'LI' && node.querySelector('p')) return;
    if (node.tagName === 'P' && node.parentElement?.closest('blockquote')) return;
    const text = squeeze(node.textContent);
    if (text && text !== headline) blocks.push(text);
  });
  const withByline = byline && !blocks.includes(byline) && byline !== headline ? [byline, ...blocks] : blocks;
  return { text: [headline, ...withByline].filter(Boolean).join('\n\n'), source };
}

import { withoutStyles } from '../../core/markup';

const DROPPED =
  'script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden], .ad, .ads, .advert, .advertisement, .share, .social, .newsletter, .related, .comments, .cookie, .promo';

/**
 * Reduces a saved web page to its article text, as the engine reads it: headline on the first line,
 * then paragraphs and figure captions separated by blank lines. Scripts, menus and ads are dropped;
 * nothing in the page is run or loaded, since DOMParser builds an inert document, and its styles go
 * before parsing, since Chromium checks even an inert document's styles against the reader's policy.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
  doc.querySelectorAll(DROPPED).forEach((node) => node.remove());
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
  const headline = (root.querySelector('h1') ?? doc.querySelector('h1'))?.textContent?.trim() || doc.title.trim();
  const blocks: Array<string> = [];
  root.querySelectorAll('p, figcaption, blockquote, h2, h3, li').forEach((node) => {
    if (node.closest('figcaption') && node.tagName !== 'FIGCAPTION') return;
    if (node.tagName === 'LI' && node.querySelector('p')) return;
    if (node.tagName === 'P' && node.parentElement?.closest('blockquote')) return;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text !== headline) blocks.push(text);
  });
  return [headline, ...blocks].filter(Boolean).join('\n\n');
}

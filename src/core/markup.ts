/** Elements whose content the HTML parser reads as raw text, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const START_OF_TAG = /<(\/?)([a-zA-Z][^\s/>]*)/y;
/** One attribute as the tokenizer reads it: a name, then maybe `=` and a quoted (to its quote or the end) or bare value. */
const ATTRIBUTE = /[\s/]*(?:([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*))?)?/y;

/** Where the raw text of a `name` element ends: at its end tag, or -1 when it has none. */
function endTagOf(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? -1;
}

/** Attributes Chromium checks against the Content-Security-Policy even in an inert document: styles and event handlers. */
const CHECKED_ATTRIBUTE = /^[\s/]*(?:style|on[a-z]+)(?=$|[\s/>=])/i;

/**
 * The same HTML without its style elements, style attributes and inline event handlers (`onerror`, `onload` …),
 * every other character as it was.
 *
 * A page parsed with DOMParser runs no script and loads nothing, yet Chromium still checks its inline
 * styles and event handlers against the reader's Content-Security-Policy and logs each as a violation. The reader
 * only wants the page's text, so they go before parsing. Tags are found as the HTML tokenizer finds them
 * (comments, quoted attribute values, raw-text elements such as `<script>`), so no text is taken for
 * markup; a style element without an end tag loses only its start tag.
 */
export function withoutInlinePolicy(html: string): string {
  const kept: Array<string> = [];
  let copiedTo = 0;
  let at = 0;
  for (;;) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    START_OF_TAG.lastIndex = open;
    const start = START_OF_TAG.exec(html);
    if (!start) {
      at = open + 1;
      continue;
    }
    const closing = start[1] === '/';
    const name = (start[2] ?? '').toLowerCase();
    const attributes: Array<string> = [];
    let dropped = false;
    let end = open + start[0].length;
    while (end < html.length && html[end] !== '>') {
      ATTRIBUTE.lastIndex = end;
      const attribute = ATTRIBUTE.exec(html)?.[0] ?? '';
      if (!attribute) break;
      if (CHECKED_ATTRIBUTE.test(attribute)) dropped = true;
      else attributes.push(attribute);
      end += attribute.length;
    }
    const afterTag = Math.min(end + 1, html.length);
    at = afterTag;
    if (closing) continue;
    if (name === 'style') {
      const endTag = endTagOf(html, name, afterTag);
      const afterElement = endTag === -1 ? afterTag : html.indexOf('>', endTag) + 1 || html.length;
      kept.push(html.slice(copiedTo, open));
      copiedTo = at = afterElement;
      continue;
    }
    if (dropped) {
      kept.push(html.slice(copiedTo, open), start[0], ...attributes, html.slice(end, afterTag));
      copiedTo = afterTag;
    }
    if (name === 'plaintext') break;
    if (RAW_TEXT.has(name)) {
      const endTag = endTagOf(html, name, afterTag);
      at = endTag === -1 ? html.length : endTag;
    }
  }
  kept.push(html.slice(copiedTo));
  return kept.join('');
}

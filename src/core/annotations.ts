import { blocksInOrder, speakerOf } from './article';
import type { Article } from './schema';
import { sourceOf } from './sources';

const CONTEXT = 32;

/** The article as one plain text, blocks in reading order, each paragraph after a blank line. */
export function plainText(article: Article): { text: string; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  let text = '';
  for (const { block } of blocksInOrder(article)) {
    if (text) text += '\n\n';
    offsets.set(block.id, text.length);
    text += block.text;
  }
  return { text, offsets };
}

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  created?: string;
  body: Array<{ type: 'TextualBody'; purpose: 'identifying' | 'classifying' | 'describing'; value: string; format?: string }>;
  target: {
    source: string;
    selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }];
  };
}

/**
 * The article's quotes as W3C Web Annotations (JSON-LD): each targets the quoted words in the article's
 * plain text by quote and by position, and names the speaker, the kind, the speaker's source type and the cue in
 * its body.
 */
export function toWebAnnotations(article: Article): {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: Array<WebAnnotation> };
} {
  const { text, offsets } = plainText(article);
  const source = `urn:who-said-what:article:${article.id}`;
  const items: Array<WebAnnotation> = [];
  for (const { block } of blocksInOrder(article)) {
    const base = offsets.get(block.id) ?? 0;
    for (const quote of block.quotes) {
      const start = base + quote.start;
      const end = base + quote.end;
      const speaker = speakerOf(article, quote);
      const body: WebAnnotation['body'] = [
        { type: 'TextualBody', purpose: 'identifying', value: speaker ? speaker.name : 'unattributed' },
        { type: 'TextualBody', purpose: 'classifying', value: quote.kind === 'direct' ? 'direct quote' : 'reported speech' },
      ];
      // The speaker's type classifies the quote as the source-diversity audits do: "source: official".
      if (speaker) body.push({ type: 'TextualBody', purpose: 'classifying', value: `source: ${sourceOf(speaker).type}` });
      if (speaker?.role) body.push({ type: 'TextualBody', purpose: 'describing', value: speaker.role });
      if (quote.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `attributed by "${quote.cue.text}"` });
      items.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `${source}#${quote.id}`,
        type: 'Annotation',
        motivation: 'identifying',
        body,
        target: {
          source,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - CONTEXT), start),
              suffix: text.slice(end, end + CONTEXT),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      });
    }
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}#quotes`,
    type: 'AnnotationCollection',
    label: `Who said what: ${article.headline.text}`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

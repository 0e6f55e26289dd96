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

type Purpose = 'identifying' | 'classifying' | 'describing' | 'tagging' | 'assessing';

/** Who made an annotation, or the software that wrote it out (Web Annotation Data Model, section 3.3.1). */
export type Agent = { id: string; type: 'Software'; name: string; homepage?: string } | { type: 'Person'; name: string };

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  creator: Agent;
  generator: Agent;
  body: Array<{ type: 'TextualBody'; purpose: Purpose; value: string; format?: string }>;
  target: {
    source: string;
    selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }];
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: Array<WebAnnotation> };
  last: string;
}

/** This app as the software that wrote the annotations and, unless a reader corrected one, made them. */
export function appAgent(version: string): Agent {
  return { id: `urn:who-said-what:app:${version}`, type: 'Software', name: `Who said what ${version}` };
}

/** A reader who corrected an attribution by hand; the app keeps no name, so none is given. */
const READER: Agent = { type: 'Person', name: 'a reader' };

/**
 * The article's quotes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): each
 * targets the quoted words in the article's plain text (the article's own url when it has one) by quote and
 * by position. Its body names the speaker (none for an unattributed quote), the kind, the speaker's role,
 * the cue, how sure the attribution is, and whether the engine made it or a reader corrected it; `creator`
 * says the same as an agent. The collection and its one page have ids of their own, as the model requires.
 */
export function toWebAnnotations(article: Article, options: { version: string }): AnnotationCollection {
  const { text, offsets } = plainText(article);
  const urn = `urn:who-said-what:article:${article.id}`;
  const source = article.url ?? urn;
  const generator = appAgent(options.version);
  const items: Array<WebAnnotation> = [];
  for (const { block } of blocksInOrder(article)) {
    const base = offsets.get(block.id) ?? 0;
    for (const quote of block.quotes) {
      const start = base + quote.start;
      const end = base + quote.end;
      const speaker = speakerOf(article, quote);
      const body: WebAnnotation['body'] = [];
      if (speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: speaker.name });
      body.push({ type: 'TextualBody', purpose: 'classifying', value: quote.kind === 'direct' ? 'direct quote' : 'reported speech' });
      // The speaker's type classifies the quote as the source-diversity audits do: "source: official".
      if (speaker) body.push({ type: 'TextualBody', purpose: 'classifying', value: `source: ${sourceOf(speaker).type}` });
      if (speaker?.role) body.push({ type: 'TextualBody', purpose: 'describing', value: speaker.role });
      if (quote.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `attributed by "${quote.cue.text}"` });
      if (!speaker) body.push({ type: 'TextualBody', purpose: 'tagging', value: 'unattributed' });
      body.push({ type: 'TextualBody', purpose: 'tagging', value: quote.corrected ? 'corrected by a reader' : 'attributed by the engine' });
      // A confidence is in a speaker: an unattributed quote has none to state, and "confidence 0" would read as a measured 0 %.
      if (speaker) body.push({ type: 'TextualBody', purpose: 'assessing', value: `confidence ${quote.confidence}` });
      items.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `${urn}#${quote.id}`,
        type: 'Annotation',
        motivation: 'identifying',
        creator: quote.corrected ? READER : generator,
        generator,
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
  const id = `${urn}#quotes`;
  const page = `${urn}#quotes-page-1`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Who said what: ${article.headline.text}`,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: page,
  };
}

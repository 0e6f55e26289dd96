import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { Discourse } from '../../../../src/core/engine/attribution/coreference';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import type { Article, Quote } from '../../../../src/core/schema';

/**
 * A short article cut from a real one: its headline, a blank line, then the paragraphs that matter,
 * each kept verbatim (from the "dev" half of tests/fixtures/real, or the bundled CGTN article).
 */
export const analyze = (headline: string, ...paragraphs: Array<string>): Article =>
  analyzeArticle([headline, ...paragraphs].join('\n\n'), { publishedOn: '2022-02-10' });

/** Every quote of the article: the paragraphs' in reading order, then the headline's. */
export const quotesOf = (article: Article): Array<Quote> => [...article.paragraphs, article.headline].flatMap((b) => b.quotes);

/** The quote whose text is exactly `text`, else the one whose text starts with it; throws when none does. */
function quoteOf(article: Article, text: string): Quote {
  const quotes = quotesOf(article);
  const found = quotes.find((q) => q.text === text) ?? quotes.find((q) => q.text.startsWith(text));
  if (!found) throw new Error(`no quote "${text}" among ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found;
}

/** The name of the entity a quote is given to, or null. */
const speakerName = (article: Article, quote: Quote): string | null => article.entities.find((e) => e.id === quote.speakerId)?.name ?? null;

export interface Attribution {
  kind: Quote['kind'];
  speaker: string | null;
  resolution: Quote['resolution'];
  cue: string | null;
  speakerRef: string | null;
}

/** Who said the quote starting with `text`, how the engine got there and the words that told it. */
export function attribution(article: Article, text: string): Attribution {
  const quote = quoteOf(article, text);
  return {
    kind: quote.kind,
    speaker: speakerName(article, quote),
    resolution: quote.resolution,
    cue: quote.cue?.text ?? null,
    speakerRef: quote.speakerRef?.text ?? null,
  };
}

/** Whom `Discourse.resolvePronoun` takes `pronoun` for after the blocks, each read as one sentence; null for no one. */
export function pronounAfter(pronoun: string, ...texts: Array<string>): string | null {
  const index = findEntities(texts, 0);
  const mentions = new MentionIndex(texts, index);
  const discourse = new Discourse(texts, mentions, index);
  for (const [block, text] of texts.entries()) {
    const range = { start: 0, end: text.length };
    discourse.sentences.push({ block, range, people: discourse.peopleIn(block, range), focus: discourse.sentenceSubject(block, text, range) });
  }
  return discourse.resolvePronoun(pronoun)?.entity.name ?? null;
}

import { memo, Suspense, useMemo, type ReactNode } from 'react';
import type { MarkSpan } from '../../core/segments';
import type { Article, Block } from '../../core/schema';
import { formatPartialDate } from '../../core/partialDate';
import { BlockText } from './BlockText';

const NO_MARKS: ReadonlyArray<MarkSpan> = [];
/** The paragraphs React takes over first from the page's built-in first view: about what a screen shows. */
const FIRST_TAKEN_OVER = 4;

/**
 * A paragraph past the first few in a boundary of its own, which React takes over from the page's built-in first view
 * after the first ones, at a low priority: the first quotes answer a click sooner, and one clicked before its
 * paragraph is taken over is taken over at once and clicked (React replays the click). A boundary holds no lazy code.
 */
const later = (index: number, paragraph: ReactNode) => (index < FIRST_TAKEN_OVER ? paragraph : <Suspense>{paragraph}</Suspense>);

export interface ArticleViewProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  activeQuoteIds: ReadonlySet<string> | null;
  selectedQuoteId: string | null;
  marks: ReadonlyMap<string, ReadonlyArray<MarkSpan>>;
  selectionClass: string;
  highlightEntityId: string | null;
  onActivateQuote: (quoteId: string, button: HTMLElement) => void;
}

/**
 * The article as a reader reads it: headline, byline, paragraphs with their figures, source credit. It
 * re-renders only when what it shows changes, not when the panels beside it do.
 */
export const ArticleView = memo(function ArticleView({ article, marks, ...shared }: ArticleViewProps) {
  const entities = useMemo(() => new Map(article.entities.map((e) => [e.id, e])), [article]);
  const { activeQuoteIds, selectedQuoteId, selectionClass, highlightEntityId, speakerIndex, onActivateQuote } = shared;
  // Each block gets only what concerns it, so a filter or a selection re-renders the few blocks it touches.
  const text = (block: Block) => {
    const blockMarks = marks.get(block.id) ?? NO_MARKS;
    return (
      <BlockText
        block={block}
        entities={entities}
        speakerIndex={speakerIndex}
        activeIds={
          activeQuoteIds
            ? block.quotes
                .filter((q) => activeQuoteIds.has(q.id))
                .map((q) => q.id)
                .join(' ')
            : null
        }
        selectedQuoteId={selectedQuoteId && block.quotes.some((q) => q.id === selectedQuoteId) ? selectedQuoteId : null}
        marks={blockMarks}
        selectionClass={blockMarks === NO_MARKS ? '' : selectionClass}
        highlightEntityId={highlightEntityId && block.mentions.some((m) => m.entityId === highlightEntityId) ? highlightEntityId : null}
        onActivateQuote={onActivateQuote}
        // Only where a quote was corrected: a new correction leaves the other blocks as they were.
        corrections={block.quotes.some((q) => q.corrected) ? article.corrections : undefined}
      />
    );
  };
  const figuresAfter = (index: number) =>
    article.figures
      .filter((figure) => figure.afterParagraph === index || (index === article.paragraphs.length - 1 && figure.afterParagraph > index))
      .map((figure) => (
        <figure key={figure.id} id={`block-${figure.caption.id}`} className="block-target my-8 border-l-4 border-stone-300 pl-4 dark:border-stone-700">
          <figcaption className="font-sans text-sm leading-relaxed text-stone-700 dark:text-stone-300">
            <span className="mr-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-stone-700 dark:bg-stone-800 dark:text-stone-200">
              {figure.kind === 'cover' ? 'Cover photo' : 'Photo'}
            </span>
            {text(figure.caption)}
            {figure.credit && <span className="ml-1 text-stone-600 dark:text-stone-400">Photo: {text(figure.credit)}</span>}
          </figcaption>
        </figure>
      ));
  const published = article.publishedOn ? formatPartialDate(article.publishedOn) : null;
  return (
    <article aria-labelledby="headline" className="font-serif">
      <header className="mb-8">
        {/* Named by its own words: its quote's name says who said it, which is no part of the headline. */}
        <h1 id="headline" tabIndex={-1} aria-label={article.headline.text} className="text-3xl font-bold leading-tight tracking-tight text-balance sm:text-4xl">
          {text(article.headline)}
        </h1>
        {(article.byline || published) && (
          <p className="mt-3 font-sans text-sm text-stone-600 dark:text-stone-400">
            {article.byline && <span className="font-semibold text-stone-800 dark:text-stone-200">{text(article.byline)}</span>}
            {article.byline && published && <span aria-hidden="true"> · </span>}
            {published && <time dateTime={article.publishedOn ?? undefined}>{published.text}</time>}
            {/* No date was given, so this is the first one the text tells: it may be a past event's, not the article's. */}
            {article.publishedOnFrom && ' (date found in the text)'}
          </p>
        )}
      </header>
      {figuresAfter(-1)}
      {article.paragraphs.map((paragraph, i) => (
        // Each block's margins stay inside its box (layout containment), so the last one's is dropped: the credit line
        // keeps its own distance, after a figure as after a paragraph.
        <div key={paragraph.id} className="lazy-layout last-of-type:*:last:mb-0">
          {later(
            i,
            <>
              <p id={`block-${paragraph.id}`} data-block-id={paragraph.id} tabIndex={-1} className="block-target mb-5 text-lg leading-8 sm:text-[1.1875rem]">
                {text(paragraph)}
              </p>
              {figuresAfter(i)}
            </>,
          )}
        </div>
      ))}
      {article.sourceCredit && <p className="mt-8 font-sans text-sm text-stone-600 italic dark:text-stone-400">({text(article.sourceCredit)})</p>}
    </article>
  );
});

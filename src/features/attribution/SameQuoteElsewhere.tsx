import { useId, useMemo, type MouseEvent } from 'react';
import { BUNDLED_ARTICLE_ID } from '../../api/bundledArticle';
import { formatPartialDate } from '../../core/partialDate';
import { sameQuoteElsewhere, type SameQuoteMatch } from '../../core/sameQuote';
import { isPlainClick } from '../../lib/plainClick';
import { useSearchParams } from '../../lib/urlState';
import { ChangedWording } from './ChangedWording';
import { useSameQuoteIndex } from './useSameQuoteIndex';

export interface SameQuoteElsewhereProps {
  article: { id: string; publishedOn: string | null };
  quote: { text: string };
}

const dated = (date: string | null) => (date ? formatPartialDate(date).text : 'date not given');

/**
 * The other articles of the library that carry this quote, or a close variant of it: each a link that opens it with
 * the quote selected, with its date, the earliest named, and the words that changed marked. Nothing shows when the
 * quote is nowhere else.
 */
export function SameQuoteElsewhere({ article, quote }: SameQuoteElsewhereProps) {
  const headingId = useId();
  const index = useSameQuoteIndex();
  const [, setParams] = useSearchParams();
  const found = useMemo(
    () => (index ? sameQuoteElsewhere(index, { articleId: article.id, publishedOn: article.publishedOn, text: quote.text }) : null),
    [index, article.id, article.publishedOn, quote.text],
  );
  if (!found || found.matches.length === 0) return null;
  const { matches, earliest } = found;
  // The bundled article opens at the bare address, as everywhere else.
  const hrefOf = (match: SameQuoteMatch) => {
    const params = new URLSearchParams();
    if (match.quote.articleId !== BUNDLED_ARTICLE_ID) params.set('article', match.quote.articleId);
    params.set('quote', match.quote.link);
    return `?${params.toString()}`;
  };
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setParams(new URLSearchParams(event.currentTarget.search));
  };
  const others = matches.length === 1 ? 'another article' : `${matches.length} other articles`;
  return (
    <section aria-labelledby={headingId} className="mt-4 border-t border-stone-200 pt-3 text-sm dark:border-stone-700">
      <h3 id={headingId} className="font-semibold">
        Same quote elsewhere
      </h3>
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        {`Also in ${others} of your library. `}
        {earliest === 'this'
          ? `This article is the earliest (${dated(article.publishedOn)}).`
          : earliest
            ? `The earliest is “${earliest.quote.headline}”, ${dated(earliest.quote.publishedOn)}.`
            : 'No date tells which came first.'}
      </p>
      <ul className="mt-2 space-y-3">
        {matches.map((match) => (
          <li key={match.quote.articleId}>
            <a href={hrefOf(match)} onClick={follow} className="font-semibold underline underline-offset-2 hover:no-underline">
              {match.quote.headline}
            </a>
            <span className="text-stone-600 dark:text-stone-400">
              {` · ${dated(match.quote.publishedOn)}`}
              {match === earliest && ' · earliest'}
              {match.quote.speaker ? ` · attributed to ${match.quote.speaker}` : ' · speaker unknown'}
            </span>
            {match.identical ? (
              <p className="mt-1 text-stone-600 dark:text-stone-400">The same words.</p>
            ) : (
              <ChangedWording from={quote.text} to={match.quote.text} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

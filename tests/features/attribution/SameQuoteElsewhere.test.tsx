import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LibraryContents } from '../../../src/api/library';
import { quotesInOrder } from '../../../src/core/article';
import { describeAttribution } from '../../../src/core/attribution';
import { headOf, summaryOf, type ArticleSummary } from '../../../src/core/librarySummary';
import { quoteLinks } from '../../../src/core/quoteLinks';
import type { Article } from '../../../src/core/schema';
import { goldArticle, serveArticles } from '../../support/serveArticles';
import { renderAttributionPanel } from '../../support/renderAttributionPanel';

const storage = vi.hoisted(() => ({ contents: null as LibraryContents | null, summaries: [] as Array<ArticleSummary> }));

vi.mock('../../../src/api/library', () => ({ readLibrary: () => Promise.resolve(storage.contents), readSummaries: () => Promise.resolve(storage.summaries) }));

const LONG = 'an act of terrorist aggression committed with the direct participation of destructive internal and external forces.';
const WIRE = 'an act of terrorist aggression carried out with the direct participation of destructive internal and external forces';

/** The wire's earlier copy of the bundled story, its quote worded a little differently. */
function wireCopy(): Article {
  const gold = goldArticle();
  const swap = (block: Article['headline']) => ({ ...block, quotes: block.quotes.map((q) => (q.text === LONG ? { ...q, text: WIRE } : q)) });
  return {
    ...gold,
    id: 'wire-putin-tokayev',
    publishedOn: '2022-02-09',
    headline: { ...swap(gold.headline), text: 'Putin and Tokayev meet in Moscow' },
    paragraphs: gold.paragraphs.map(swap),
  };
}

function renderAttribution(article: Article, text: string) {
  const quote = quotesInOrder(article).find((p) => p.quote.text === text)?.quote;
  const view = quote && describeAttribution(article, quote.id);
  if (!view) throw new Error(`no quote "${text}"`);
  renderAttributionPanel({ article, view });
}

beforeEach(() => {
  serveArticles();
  const wire = summaryOf(wireCopy(), '2026-11-29T09:00:00.000Z');
  storage.contents = { heads: [headOf(wire)], entries: [], damaged: [], unreadable: null };
  storage.summaries = [wire];
  window.history.replaceState(null, '', '/');
});

test('a quote another article of the library carries lists that article with its date, names the earliest and marks the changed words', async () => {
  renderAttribution(goldArticle(), LONG);
  const region = await screen.findByRole('region', { name: 'Same quote elsewhere' });
  expect(region).toHaveTextContent('Also in another article of your library. The earliest is “Putin and Tokayev meet in Moscow”, 9 February 2022.');
  const link = within(region).getByRole('link', { name: 'Putin and Tokayev meet in Moscow' });
  const wireKey = quoteLinks(wireCopy()).keyOf(quotesInOrder(wireCopy()).find((p) => p.quote.text === WIRE)?.quote.id ?? '');
  expect(link).toHaveAttribute('href', `?article=wire-putin-tokayev&quote=${wireKey}`);
  expect(region).toHaveTextContent('9 February 2022 · earliest · attributed to Vladimir Putin');
  expect(region.querySelector('del')).toHaveTextContent('[left out: committed]');
  expect(region.querySelector('ins')).toHaveTextContent('[added: carried out]');
});

test('the bundled article, kept nowhere but bundled, is found from the copy, and is named the earliest from there when it is', async () => {
  // The copy dated later than the bundled story, and the library holding only the copy: the bundled one comes from the network.
  const later = { ...wireCopy(), publishedOn: '2022-03-01' };
  storage.summaries = [summaryOf(later, '')];
  storage.contents = { heads: storage.summaries.map(headOf), entries: [], damaged: [], unreadable: null };
  renderAttribution(later, WIRE);
  const region = await screen.findByRole('region', { name: 'Same quote elsewhere' });
  expect(region).toHaveTextContent(`The earliest is “${goldArticle().headline.text}”, 10 February 2022.`);
  // The bundled article opens at the bare address.
  expect(within(region).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\?quote=p\d+-/));
});

test('following the link by keyboard opens the other article with the quote selected, in the address', async () => {
  const user = userEvent.setup();
  renderAttribution(goldArticle(), LONG);
  const link = within(await screen.findByRole('region', { name: 'Same quote elsewhere' })).getByRole('link');
  link.focus();
  await user.keyboard('{Enter}');
  await vi.waitFor(() => expect(window.location.search).toBe(link.getAttribute('href')));
});

test('a quote found in no other article shows no region', async () => {
  renderAttribution(goldArticle(), 'unprecedented terrorist attack');
  // The library is read, then there is nothing to say.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByRole('region', { name: 'Same quote elsewhere' })).toBeNull();
  expect(screen.getByRole('dialog', { name: 'Quote attribution' })).toBeInTheDocument();
});

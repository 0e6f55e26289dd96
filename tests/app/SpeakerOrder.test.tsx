import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { renderReader } from '../support/renderReader';
import { GOLD_ID, goldArticle, serveArticles } from '../support/serveArticles';

// A file of its own: a correction made in another test is kept for the session, which would serve its article here.
afterEach(() => {
  vi.unstubAllGlobals();
});

test('the key above the text and Filter by person list the speakers in one order, as a reader first hears them, whoever has more quotes', async () => {
  const article = goldArticle();
  // Two of Putin's later quotes left without a speaker: Tokayev has more quotes (5 to 4), Putin is still heard first.
  const putins = article.paragraphs.flatMap((p) => p.quotes).filter((q) => q.speakerId === 'vladimir-putin');
  for (const quote of putins.slice(-2))
    Object.assign(quote, { speakerId: null, cue: null, speakerRef: null, antecedent: null, resolution: 'unattributed', confidence: 0 });
  serveArticles({ [GOLD_ID]: () => Response.json(article) });
  renderReader();
  const filter = await screen.findByRole('group', { name: 'Filter by person' });
  const tokayev = within(filter).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', description: '5 quotes' });
  const putin = within(filter).getByRole('checkbox', { name: 'Vladimir Putin', description: '4 quotes' });
  const inKey = within(screen.getByRole('list', { name: 'Speakers' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(inKey).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
  expect(within(filter).getAllByRole('checkbox')).toEqual([putin, tokayev]);
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { mentionCounts, mentionPlaces } from '../../../src/core/mentions';
import { EntitiesPanel } from '../../../src/features/entities/EntitiesPanel';
import { goldArticle } from '../../support/serveArticles';

test('people, places and organisations are grouped under their headings with mention counts', () => {
  const article = goldArticle();
  render(<EntitiesPanel entities={article.entities} mentionCounts={mentionCounts(article)} highlightedId={null} onHighlight={() => {}} />);
  const region = screen.getByRole('region', { name: 'Entities' });
  expect(
    within(region)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['People', 'Places', 'Organizations']);
  expect(within(region).getByRole('button', { name: /Vladimir Putin.*President of Russia.*10 mentions/ })).toBeVisible();
  expect(within(region).getByRole('button', { name: /Eurasia.*1 mention$/ })).toBeVisible();
});

test('choosing an entity again stops highlighting it', async () => {
  const article = goldArticle();
  const onHighlight = vi.fn();
  render(<EntitiesPanel entities={article.entities} mentionCounts={mentionCounts(article)} highlightedId="moscow" onHighlight={onHighlight} />);
  const moscow = screen.getByRole('button', { name: /Moscow/ });
  expect(moscow).toHaveAttribute('aria-pressed', 'true');
  await userEvent.click(moscow);
  expect(onHighlight).toHaveBeenCalledWith(null);
  await userEvent.click(screen.getByRole('button', { name: /^Kazakhstan/ }));
  expect(onHighlight).toHaveBeenCalledWith('kazakhstan');
});

test('an alias that only adds "the" to the name is not shown beside it, other aliases are', () => {
  const article = goldArticle();
  render(<EntitiesPanel entities={article.entities} mentionCounts={mentionCounts(article)} highlightedId={null} onHighlight={() => {}} />);
  const region = screen.getByRole('region', { name: 'Entities' });
  expect(within(region).getByRole('button', { name: /^Kremlin/ })).toHaveAccessibleName(/^Kremlin ?2 mentions$/);
  expect(within(region).getByRole('button', { name: /^Collective Security Treaty Organization/ })).toHaveTextContent('(CSTO)');
});

test('the entity chosen lists where the text mentions it, each a link to that place, and only that entity', () => {
  const article = goldArticle();
  render(
    <EntitiesPanel
      entities={article.entities}
      mentionCounts={mentionCounts(article)}
      highlightedId="kremlin"
      places={mentionPlaces(article, 'kremlin')}
      onHighlight={() => {}}
    />,
  );
  const region = screen.getByRole('region', { name: 'Entities' });
  const kremlin = within(region)
    .getByRole('button', { name: /^Kremlin/ })
    .closest('li') as HTMLElement;
  expect(kremlin).toHaveTextContent('Marked in the text: figure 1 caption, figure 2 caption');
  expect(within(kremlin).getByRole('link', { name: 'figure 1 caption' })).toHaveAttribute('href', '#block-figure-1-caption');
  expect(within(region).getAllByRole('link')).toHaveLength(2);
});

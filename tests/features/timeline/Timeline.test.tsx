import { render, screen, within } from '@testing-library/react';
import { timeline } from '../../../src/core/timeline';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { goldArticle } from '../../support/serveArticles';

test('events show their dates no more precisely than the text gives them', () => {
  render(<Timeline entries={timeline(goldArticle())} />);
  const list = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list');
  const [first, , third] = within(list).getAllByRole('listitem');
  expect(first).toHaveTextContent('January 2022Unrest in Kazakhstan');
  expect(third).toHaveTextContent('10 February 2022');
  expect(within(third as HTMLElement).getByRole('link')).toHaveAttribute('href', '#block-p1');
});

test('an article without dated events says so', () => {
  render(<Timeline entries={[]} />);
  expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('The article dates no events.');
});

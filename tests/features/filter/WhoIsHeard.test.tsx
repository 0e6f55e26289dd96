import { render, screen, within } from '@testing-library/react';
import { speakerShares } from '../../../src/core/stats';
import { WhoIsHeard } from '../../../src/features/filter/WhoIsHeard';
import { goldArticle } from '../../support/serveArticles';

test("each speaker's share of the quoted words reads as text as well as a bar", () => {
  const shares = speakerShares(goldArticle());
  render(<WhoIsHeard shares={shares} speakerIndex={new Map()} />);
  const region = screen.getByRole('region', { name: 'Who is heard' });
  const items = within(region).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent(/Vladimir Putin.*\d+% of quoted words: \d+ words in 6 quotes/);
  expect(items[1]).toHaveTextContent(/Kassym-Jomart Tokayev.*\d+% of quoted words: \d+ words in 5 quotes/);
});

test('an article without quotes says nobody is quoted', () => {
  render(<WhoIsHeard shares={[]} speakerIndex={new Map()} />);
  expect(screen.getByRole('region', { name: 'Who is heard' })).toHaveTextContent('Nobody is quoted in this article.');
});

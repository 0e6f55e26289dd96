import { render, screen, within } from '@testing-library/react';
import { ImportSummary } from '../../../src/features/open/ImportSummary';

test('the summary says what was added, what was already there and what failed, and why', () => {
  render(
    <ImportSummary
      cancelled={false}
      outcomes={[
        { label: 'a.txt', status: 'added', headline: 'Harbour reopens', id: 'harbour-reopens-1a2b3c' },
        { label: 'b.txt', status: 'added', headline: 'Library gets a new wing', id: 'library-gets-a-new-wing-4d5e6f' },
        { label: 'a-copy.txt', status: 'duplicate', headline: 'Harbour reopens', id: 'harbour-reopens-1a2b3c' },
        { label: 'many.csv, row 4', status: 'failed', reason: 'many.csv, row 4: it has no text.' },
        { label: 'photo.png', status: 'failed', reason: 'The analysis failed: out of memory' },
      ]}
    />,
  );
  const summary = screen.getByRole('status', { name: 'Import summary' });
  expect(summary).toHaveTextContent('Added 2 articles to the library. 1 was already there. 2 failed.');
  const [duplicates, failed, added] = within(summary).getAllByRole('list');
  expect(within(duplicates!).getByRole('listitem')).toHaveTextContent('a-copy.txt: “Harbour reopens”');
  expect(
    within(failed!)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['many.csv, row 4: it has no text.', 'photo.png: The analysis failed: out of memory']);
  expect(
    within(added!)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Harbour reopens', 'Library gets a new wing']);
});

test('a cancelled import says the rest were not analysed', () => {
  render(<ImportSummary cancelled outcomes={[{ label: 'a.txt', status: 'added', headline: 'Harbour reopens', id: 'harbour-reopens-1a2b3c' }]} />);
  expect(screen.getByRole('status', { name: 'Import summary' })).toHaveTextContent('Added 1 article to the library. Cancelled: the rest were not analysed.');
});

test('each article brought in, or found already in the library, is a link that opens it', () => {
  render(
    <ImportSummary
      cancelled={false}
      outcomes={[
        { label: 'a.txt', status: 'added', headline: 'Harbour reopens', id: 'harbour-reopens-1a2b3c' },
        { label: 'b.txt', status: 'duplicate', headline: 'Library gets a new wing', id: 'library-gets-a-new-wing-4d5e6f' },
        { label: 'photo.png', status: 'failed', reason: 'photo.png is not text.' },
      ]}
    />,
  );
  const summary = screen.getByRole('status', { name: 'Import summary' });
  expect(within(summary).getByRole('link', { name: 'Harbour reopens' })).toHaveAttribute('href', '?article=harbour-reopens-1a2b3c');
  expect(within(summary).getByRole('link', { name: 'Library gets a new wing' })).toHaveAttribute('href', '?article=library-gets-a-new-wing-4d5e6f');
  expect(within(summary).getAllByRole('link')).toHaveLength(2);
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { quotesInOrder } from '../../../src/core/article';
import type { Quote } from '../../../src/core/schema';
import { ReadingControls } from '../../../src/features/reading/ReadingControls';
import { loadGold } from '../../core/gold';

const everyQuote = quotesInOrder(loadGold()).map(({ quote }) => quote);
const tokayevs = everyQuote.filter((q) => q.speakerId === 'kassym-jomart-tokayev');

interface ReadingProps {
  quotes?: ReadonlyArray<Quote>;
  people?: ReadonlyArray<string>;
  selected?: string | null;
  linkGone?: boolean;
  onRead?: (id: string, fromKey: boolean) => void;
  onShowEveryone?: () => void;
}

/** The controls with a selection that follows them, as the reader keeps it in the URL; a field to type in, and Close. */
function Reading({ quotes = everyQuote, people = [], selected = null, linkGone = false, onRead, onShowEveryone = () => {} }: ReadingProps) {
  const [selectedId, setSelectedId] = useState(selected);
  return (
    <>
      <ReadingControls
        quotes={quotes}
        selectedId={selectedId}
        people={people}
        linkGone={linkGone}
        onRead={(id, fromKey) => {
          onRead?.(id, fromKey);
          setSelectedId(id);
        }}
        onShowEveryone={onShowEveryone}
      />
      <label>
        Note <input type="text" />
      </label>
      <button type="button" onClick={() => setSelectedId(null)}>
        Close
      </button>
    </>
  );
}

const status = () => screen.getByRole('status');
/** Where the reader is shows once the frame with the chosen quote is painted, beside its attribution. */
const statusSays = (text: string) => waitFor(() => expect(status()).toHaveTextContent(text));

test('Next quote and Previous quote step through the quotes in reading order, and the status says where the reader is', async () => {
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading onRead={onRead} />);
  expect(status()).toHaveTextContent('11 quotes');
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 1 of 11');
  expect(onRead).toHaveBeenLastCalledWith('q1', false);
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 3 of 11');
  expect(onRead).toHaveBeenLastCalledWith('q3', false);
  await user.click(screen.getByRole('button', { name: 'Previous quote' }));
  await statusSays('Quote 2 of 11');
  expect(onRead).toHaveBeenLastCalledWith('q2', false);
});

test('Previous quote with none selected starts from the last quote', async () => {
  const user = userEvent.setup();
  render(<Reading />);
  await user.click(screen.getByRole('button', { name: 'Previous quote' }));
  await statusSays('Quote 11 of 11');
});

test('Next quote after the last quote goes back to the first and says so, until the reader moves on', async () => {
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading selected="q11" onRead={onRead} />);
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 1 of 11 · Back to the first quote');
  expect(onRead).toHaveBeenLastCalledWith('q1', false);
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 2 of 11');
  expect(status()).not.toHaveTextContent('Back to');
});

test('Previous quote before the first quote goes back to the last, by k too, and says so', async () => {
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading selected="q1" onRead={onRead} />);
  await user.click(screen.getByRole('button', { name: 'Previous quote' }));
  await statusSays('Quote 11 of 11 · Back to the last quote');
  await user.keyboard('j');
  await statusSays('Quote 1 of 11 · Back to the first quote');
  await user.keyboard('k');
  await statusSays('Quote 11 of 11 · Back to the last quote');
  expect(onRead.mock.calls).toEqual([
    ['q11', false],
    ['q1', true],
    ['q11', true],
  ]);
});

test('stepping on from the only quote a filter shows says it is the only one', async () => {
  const user = userEvent.setup();
  render(<Reading quotes={tokayevs.slice(0, 1)} people={['Kassym-Jomart Tokayev']} />);
  await user.keyboard('j');
  await statusSays('Quote 1 of 1 by Kassym-Jomart Tokayev');
  await user.keyboard('j');
  await statusSays('Quote 1 of 1 by Kassym-Jomart Tokayev · The only quote');
});

test('j and k step like the buttons, but not while typing in a field or with a modifier held', async () => {
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading onRead={onRead} />);
  await user.keyboard('jj');
  await statusSays('Quote 2 of 11');
  expect(onRead).toHaveBeenLastCalledWith('q2', true);
  await user.keyboard('k');
  await statusSays('Quote 1 of 11');

  await user.keyboard('{Control>}j{/Control}{Shift>}j{/Shift}');
  await statusSays('Quote 1 of 11');
  const field = screen.getByRole('textbox', { name: 'Note' });
  await user.type(field, 'jk');
  expect(field).toHaveValue('jk');
  await statusSays('Quote 1 of 11');
  expect(onRead).toHaveBeenCalledTimes(3);
});

test('the reading bar tells the page once its keys listen (the page queues them until then)', () => {
  delete document.documentElement.dataset.readingKeys;
  render(<Reading />);
  expect(document.documentElement.dataset.readingKeys).toBe('on');
});

test('after the attribution is closed, j, k and Next uncertain quote go on from the quote last read, not from the first', async () => {
  const quotes = everyQuote.map((q) => (q.id === 'q2' || q.id === 'q7' ? { ...q, confidence: 0.4 } : q));
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading quotes={quotes} selected="q5" onRead={onRead} />);
  const close = screen.getByRole('button', { name: 'Close' });
  await user.click(close);
  await statusSays('11 quotes');
  await user.keyboard('j');
  await statusSays('Quote 6 of 11');
  await user.click(close);
  await user.keyboard('k');
  await statusSays('Quote 5 of 11');
  await user.click(close);
  await user.click(screen.getByRole('button', { name: 'Next uncertain quote' }));
  await statusSays('Quote 7 of 11');
  expect(onRead.mock.calls).toEqual([
    ['q6', true],
    ['q5', true],
    ['q7', false],
  ]);
});

test('closing the attribution says how many quotes there are in the render that closes it, not in a frame after', async () => {
  const user = userEvent.setup();
  render(<Reading />);
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 1 of 11');
  // Synchronous: a position that waited for the close's frame to be painted would still say "Quote 1 of 11" here.
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(status()).toHaveTextContent('11 quotes');
});

test('the buttons say which keys do the same', () => {
  render(<Reading />);
  expect(screen.getByRole('button', { name: 'Next quote' })).toHaveAttribute('aria-keyshortcuts', 'j');
  expect(screen.getByRole('button', { name: 'Previous quote' })).toHaveAttribute('aria-keyshortcuts', 'k');
});

test('Next uncertain quote goes to the next uncertain or unattributed quote after the selected one, and after the last back to the first', async () => {
  const quotes = everyQuote.map((q) => (q.id === 'q3' ? { ...q, confidence: 0.4 } : q.id === 'q9' ? { ...q, speakerId: null } : q));
  const user = userEvent.setup();
  render(<Reading quotes={quotes} selected="q1" />);
  const review = screen.getByRole('button', { name: 'Next uncertain quote' });
  await user.click(review);
  await statusSays('Quote 3 of 11');
  await user.click(review);
  await statusSays('Quote 9 of 11');
  review.focus();
  await user.keyboard('{Enter}');
  await statusSays('Quote 3 of 11 · Back to the first uncertain quote');
  await user.keyboard(' ');
  await statusSays('Quote 9 of 11');
  expect(status()).not.toHaveTextContent('Back to');
});

test('Next uncertain quote on the only uncertain quote stays there and says it is the only one', async () => {
  const quotes = everyQuote.map((q) => (q.id === 'q3' ? { ...q, confidence: 0.4 } : q));
  const user = userEvent.setup();
  render(<Reading quotes={quotes} selected="q3" />);
  await user.click(screen.getByRole('button', { name: 'Next uncertain quote' }));
  await statusSays('Quote 3 of 11 · The only uncertain quote');
});

test('Next uncertain quote in an article whose attributions are all sure says there are none', async () => {
  const onRead = vi.fn();
  const user = userEvent.setup();
  render(<Reading quotes={everyQuote.map((q) => ({ ...q, confidence: 0.89 }))} onRead={onRead} />);
  await user.click(screen.getByRole('button', { name: 'Next uncertain quote' }));
  expect(status()).toHaveTextContent('11 quotes · No uncertain quotes');
  expect(onRead).not.toHaveBeenCalled();
});

test('while filtered, the status says whose quotes are shown and counts only theirs', async () => {
  const user = userEvent.setup();
  render(<Reading quotes={tokayevs} people={['Kassym-Jomart Tokayev']} />);
  // Before a quote is chosen, the summary alone says how many are shown: the position does not say it again.
  expect(status()).toHaveTextContent(/^Showing 5 quotes by Kassym-Jomart TokayevShow everyone$/);
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await user.click(screen.getByRole('button', { name: 'Next quote' }));
  await statusSays('Quote 2 of 5 by Kassym-Jomart Tokayev');
});

test('the filter’s summary, cut short beside the step buttons wider than a phone, shows whole in its title on hover', () => {
  render(<Reading people={['Vladimir Putin', 'Kassym-Jomart Tokayev']} />);
  expect(within(status()).getByTitle('Showing 11 quotes by Vladimir Putin and Kassym-Jomart Tokayev')).toBeVisible();
});

test('a filter to several people names them all; a filter to one quote says "1 quote"', () => {
  const { unmount } = render(<Reading people={['Vladimir Putin', 'Kassym-Jomart Tokayev']} />);
  expect(status()).toHaveTextContent('Showing 11 quotes by Vladimir Putin and Kassym-Jomart Tokayev');
  unmount();
  render(<Reading quotes={tokayevs.slice(0, 1)} people={['Kassym-Jomart Tokayev']} />);
  expect(status()).toHaveTextContent('Showing 1 quote by Kassym-Jomart Tokayev');
});

test('Show everyone in the status clears the filter', async () => {
  const onShowEveryone = vi.fn();
  const user = userEvent.setup();
  render(<Reading quotes={tokayevs} people={['Kassym-Jomart Tokayev']} onShowEveryone={onShowEveryone} />);
  await user.click(within(status()).getByRole('button', { name: 'Show everyone' }));
  expect(onShowEveryone).toHaveBeenCalledOnce();
});

test('without a filter the status holds only where the reader is', () => {
  render(<Reading />);
  expect(within(status()).queryByRole('button', { name: 'Show everyone' })).toBeNull();
  expect(status()).toHaveTextContent(/^11 quotes$/);
});

test("without a filter, the row a filter's summary takes says everyone’s quotes are shown, outside the status", () => {
  render(<Reading />);
  expect(screen.getByText('Showing everyone’s quotes')).not.toHaveAttribute('role');
  expect(status()).not.toHaveTextContent('Showing');
});

test('a link to a quote that has gone is reported in the status', () => {
  render(<Reading linkGone />);
  expect(status()).toHaveTextContent('The linked quote is no longer in this article.');
});

test('while filtered, a link to a quote that has gone is reported without a count before it: the summary says the count', () => {
  render(<Reading quotes={tokayevs} people={['Kassym-Jomart Tokayev']} linkGone />);
  expect(status()).toHaveTextContent(/^Showing 5 quotes by Kassym-Jomart TokayevShow everyoneThe linked quote is no longer in this article\.$/);
});

test('Next uncertain quote shows the same words on every screen, a phone’s too: what it does, not only “Uncertain”', () => {
  render(<Reading />);
  expect(screen.getByRole('button', { name: 'Next uncertain quote' })).toHaveTextContent(/^Next uncertain$/);
});

test('an article without quotes has nothing to step through', () => {
  render(<Reading quotes={[]} linkGone />);
  expect(status()).toHaveTextContent('No quotes · The linked quote is no longer in this article.');
  expect(screen.queryByRole('button', { name: 'Next quote' })).toBeNull();
});

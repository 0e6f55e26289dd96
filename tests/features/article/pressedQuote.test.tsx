import { act, render, screen } from '@testing-library/react';
import type { Quote } from '../../../src/core/schema';
import { pressAhead } from '../../../src/features/article/pressedQuote';
import { QuoteButton } from '../../../src/features/article/QuoteButton';

function quote(id: string, text: string): Quote {
  return {
    id,
    start: 0,
    end: text.length,
    text,
    kind: 'direct',
    speakerId: null,
    cue: null,
    speakerRef: null,
    resolution: 'unattributed',
    antecedent: null,
    confidence: 1,
  };
}

const talks = quote('q1', 'The talks went well');
const deal = quote('q2', 'The deal may follow');

/** Two quote buttons, `selectedId` the one the reader's selection names. */
function Quotes({ selectedId }: { selectedId: string | null }) {
  return [talks, deal].map((q) => (
    <QuoteButton
      key={q.id}
      quote={q}
      part={0}
      parts={1}
      words={q.text}
      colourClass=""
      selected={q.id === selectedId}
      speakerPhrase="speaker unknown"
      confirmed={false}
      tag={null}
      onActivate={() => {}}
    >
      {q.text}
    </QuoteButton>
  ));
}

const button = (name: RegExp) => screen.getByRole('button', { name });

afterEach(() => act(() => pressAhead(undefined)));

test('a quote pressed ahead of the selection shows pressed at once, and the one selected before shows released', () => {
  render(<Quotes selectedId="q1" />);
  expect(button(/^The talks went well/)).toHaveAttribute('aria-pressed', 'true');
  act(() => pressAhead('q2'));
  expect(button(/^The deal may follow/)).toHaveAttribute('aria-pressed', 'true');
  expect(button(/^The talks went well/)).toHaveAttribute('aria-pressed', 'false');
});

test('pressing no quote ahead releases the selected one until the selection catches up', () => {
  const { rerender } = render(<Quotes selectedId="q1" />);
  act(() => pressAhead(null));
  expect(button(/^The talks went well/)).toHaveAttribute('aria-pressed', 'false');
  rerender(<Quotes selectedId={null} />);
  act(() => pressAhead(undefined));
  expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
  expect(screen.getAllByRole('button', { pressed: false })).toHaveLength(2);
});

test('once the selection has caught up, the buttons show the selection again', () => {
  const { rerender } = render(<Quotes selectedId={null} />);
  act(() => pressAhead('q2'));
  rerender(<Quotes selectedId="q2" />);
  act(() => pressAhead(undefined));
  expect(button(/^The deal may follow/)).toHaveAttribute('aria-pressed', 'true');
  rerender(<Quotes selectedId="q1" />);
  expect(button(/^The talks went well/)).toHaveAttribute('aria-pressed', 'true');
  expect(button(/^The deal may follow/)).toHaveAttribute('aria-pressed', 'false');
});

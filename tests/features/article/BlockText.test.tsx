import { render, screen } from '@testing-library/react';
import type { Block, Entity } from '../../../src/core/schema';
import { BlockText } from '../../../src/features/article/BlockText';

const putin: Entity = { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', role: 'President of Russia', aliases: ['Putin'] };
const text = 'The talks went well, Putin said. The deal may follow.';

function renderBlock(confidence: number, speakerId: string | null) {
  const block: Block = {
    id: 'p1',
    text,
    mentions: [],
    quotes: [
      {
        id: 'q1',
        start: 0,
        end: 19,
        text: 'The talks went well',
        kind: 'reported',
        speakerId,
        cue: speakerId ? { start: 21, end: 31, text: 'Putin said' } : null,
        speakerRef: speakerId ? { start: 21, end: 26, text: 'Putin' } : null,
        resolution: speakerId ? 'name' : 'unattributed',
        antecedent: null,
        confidence,
      },
    ],
  };
  render(
    <BlockText
      block={block}
      entities={new Map([[putin.id, putin]])}
      speakerIndex={new Map([[putin.id, 0]])}
      activeIds={null}
      selectedQuoteId={null}
      marks={[]}
      selectionClass=""
      highlightEntityId={null}
      onActivateQuote={() => {}}
    />,
  );
}

// jsdom joins the screen-reader lead and the name without the lead's trailing space; Chromium keeps it.
test('a quote the engine is sure of is said by its speaker', () => {
  renderBlock(0.96, putin.id);
  expect(screen.getByRole('button', { name: /^The talks went well, said by ?Putin$/ })).toBeInTheDocument();
});

test('a quote the engine is unsure of is only probably said by its speaker', () => {
  renderBlock(0.33, putin.id);
  expect(screen.getByRole('button', { name: /^The talks went well, ?probably Putin$/ })).toBeInTheDocument();
});

test('a quote with no supported speaker says so', () => {
  renderBlock(0, null);
  expect(screen.getByRole('button', { name: /^The talks went well, ?unattributed$/ })).toBeInTheDocument();
});

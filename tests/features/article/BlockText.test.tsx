import { render, screen } from '@testing-library/react';
import type { Article, Block, Entity, Quote } from '../../../src/core/schema';
import { BlockText } from '../../../src/features/article/BlockText';

const putin: Entity = { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', role: 'President of Russia', aliases: ['Putin'] };
const tokayev: Entity = { id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan', aliases: ['Tokayev'] };
const text = 'The talks went well, Putin said. The deal may follow.';

/** The sentence's one reported quote, said by Putin through a cue that names him, with `change` laid over it. */
function talksQuote(change: Partial<Quote>): Quote {
  return {
    id: 'q1',
    start: 0,
    end: 19,
    text: 'The talks went well',
    kind: 'reported',
    speakerId: putin.id,
    cue: { start: 21, end: 31, text: 'Putin said' },
    speakerRef: { start: 21, end: 26, text: 'Putin' },
    resolution: 'name',
    antecedent: null,
    confidence: 1,
    ...change,
  };
}

function renderBlock(block: Block, corrections?: Article['corrections']) {
  render(
    <BlockText
      block={block}
      entities={new Map([putin, tokayev].map((e) => [e.id, e]))}
      speakerIndex={
        new Map([
          [putin.id, 0],
          [tokayev.id, 1],
        ])
      }
      activeIds={null}
      selectedQuoteId={null}
      marks={[]}
      selectionClass=""
      highlightEntityId={null}
      onActivateQuote={() => {}}
      corrections={corrections}
    />,
  );
}

const renderQuote = (change: Partial<Quote>) => renderBlock({ id: 'p1', text, mentions: [], quotes: [talksQuote(change)] });

test('a quote whose cue names its speaker is said by the speaker, with their full name', () => {
  renderQuote({});
  expect(screen.getByRole('button', { name: 'The talks went well, said by Vladimir Putin' })).toBeInTheDocument();
});

test('a quote whose speaker is inferred from a pronoun is said by the speaker too', () => {
  renderQuote({ resolution: 'pronoun', speakerRef: { start: 21, end: 23, text: 'He' }, confidence: 0.9 });
  expect(screen.getByRole('button', { name: 'The talks went well, said by Vladimir Putin' })).toBeInTheDocument();
});

test('a quote the engine is unsure of is only probably said by its speaker', () => {
  renderQuote({ resolution: 'pronoun', confidence: 0.33 });
  expect(screen.getByRole('button', { name: 'The talks went well, probably said by Vladimir Putin' })).toBeInTheDocument();
});

test('a quote with no supported speaker says the speaker is unknown', () => {
  renderQuote({ speakerId: null, cue: null, speakerRef: null, resolution: 'unattributed', confidence: 0 });
  expect(screen.getByRole('button', { name: 'The talks went well, speaker unknown' })).toBeInTheDocument();
});

test('a quote the reader corrected says so, and shows a sign of it in the text', () => {
  renderQuote({ speakerId: tokayev.id, cue: null, speakerRef: null, corrected: true });
  expect(screen.getByRole('button', { name: 'The talks went well, said by Kassym-Jomart Tokayev, corrected by you' })).toHaveTextContent('✎');
  expect(screen.getByTitle('Corrected by you')).toHaveTextContent('✎');
});

test('a quote whose speaker the reader confirmed says so, with a sign of its own and no correction sign', () => {
  const uncertain = talksQuote({ resolution: 'pronoun', confidence: 0.4 });
  const confirmed = { ...uncertain, confidence: 1, corrected: true };
  renderBlock({ id: 'p1', text, mentions: [], quotes: [confirmed] }, [{ kind: 'speaker', quoteId: 'q1', from: putin.id, to: putin.id, previous: uncertain }]);
  const button = screen.getByRole('button', { name: 'The talks went well, said by Vladimir Putin, confirmed by you' });
  expect(button).not.toHaveTextContent('✎');
  expect(screen.getByTitle('Confirmed by you')).toHaveTextContent('✓');
  expect(screen.queryByTitle('Corrected by you')).toBeNull();
});

test('no name tag is written into the text, but every quote carries who said it for hover and focus', () => {
  renderQuote({});
  const quote = screen.getByRole('button', { name: /^The talks went well/ });
  // The words a reader sees are the article's; who said it is kept apart, marked as not the article's text.
  const own = [...quote.childNodes].filter((node) => !(node instanceof HTMLElement && node.hasAttribute('data-nontext')));
  expect(own.map((node) => node.textContent).join('')).toBe('The talks went well');
  expect(quote.querySelector('[data-nontext]')).toHaveTextContent('said by Vladimir Putin');
});

describe('a reported quote split around a direct quote', () => {
  // Tokayev said Russia was "a true friend".  — the reported quote ends on the direct quote's closing mark.
  const sentence = 'Tokayev said Russia was "a true friend".';
  const cue = { start: 0, end: 12, text: 'Tokayev said' };
  const shared = {
    speakerId: tokayev.id,
    cue,
    speakerRef: { start: 0, end: 7, text: 'Tokayev' },
    resolution: 'name',
    antecedent: null,
    confidence: 1,
  } as const;
  const reported: Quote = { ...shared, id: 'q1', start: 13, end: 39, text: 'Russia was "a true friend"', kind: 'reported' };
  const direct: Quote = { ...shared, id: 'q2', start: 25, end: 38, text: 'a true friend', kind: 'direct' };

  test('names each part of a quote split in two as that part, without the marks at its edges', () => {
    const text = 'Tokayev said Russia was "a true friend" in hard times.';
    const whole: Quote = { ...shared, id: 'q1', start: 13, end: 53, text: 'Russia was "a true friend" in hard times', kind: 'reported' };
    renderBlock({ id: 'p1', text, mentions: [], quotes: [whole, direct] });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Russia was (part 1 of 2), said by Kassym-Jomart Tokayev',
      'a true friend, said by Kassym-Jomart Tokayev',
      'in hard times (part 2 of 2), said by Kassym-Jomart Tokayev',
    ]);
  });

  test('says who said it on each part', () => {
    renderBlock({ id: 'p1', text: sentence, mentions: [], quotes: [reported, direct] });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Russia was, said by Kassym-Jomart Tokayev',
      'a true friend, said by Kassym-Jomart Tokayev',
    ]);
  });

  test('keeps a part that is only a quote mark as text, not a button of its own', () => {
    renderBlock({ id: 'p1', text: sentence, mentions: [], quotes: [reported, direct] });
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^"/ })).toBeNull();
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('[data-nontext]').forEach((mark) => mark.remove());
    expect(page.textContent, 'the closing mark is still in the text').toBe(sentence);
  });
});

test('a reported quote split around two direct quotes is no button of its closing mark alone: Day "…" which "…"', () => {
  const said = 'Putin said Day "ended the unrest" which "helped the talks."';
  const at = (words: string) => ({ start: said.indexOf(words), end: said.indexOf(words) + words.length, text: words });
  const direct = (id: string, words: string): Quote => talksQuote({ id, kind: 'direct', ...at(words), cue: at('Putin said') });
  renderBlock({
    id: 'p1',
    text: said,
    mentions: [],
    quotes: [
      talksQuote({ ...at('Day "ended the unrest" which "helped the talks."'), cue: at('Putin said'), speakerRef: at('Putin') }),
      direct('q2', 'ended the unrest'),
      direct('q3', 'helped the talks.'),
    ],
  });
  expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
    'Day (part 1 of 2), said by Vladimir Putin',
    'ended the unrest, said by Vladimir Putin',
    'which (part 2 of 2), said by Vladimir Putin',
    'helped the talks., said by Vladimir Putin',
  ]);
});

test('a report inside a report is a button of its own with its own speaker, and the report around it is split, not nested', () => {
  // As "Znak.com reported its source said …" (Wikinews, Magnitogorsk, January 2019), with the fixture's two people.
  const said = 'Putin said Tokayev told him the talks went well, and a deal may follow.';
  const at = (words: string) => ({ start: said.indexOf(words), end: said.indexOf(words) + words.length, text: words });
  const outer = talksQuote({ ...at('Tokayev told him the talks went well, and a deal may follow'), cue: at('Putin said'), speakerRef: at('Putin') });
  const inner: Quote = {
    ...outer,
    id: 'q2',
    ...at('the talks went well'),
    speakerId: tokayev.id,
    cue: at('Tokayev told'),
    speakerRef: at('Tokayev'),
  };
  renderBlock({ id: 'p1', text: said, mentions: [], quotes: [outer, inner] });
  const buttons = screen.getAllByRole('button');
  expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
    'Tokayev told him (part 1 of 2), said by Vladimir Putin',
    'the talks went well, said by Kassym-Jomart Tokayev',
    ', and a deal may follow (part 2 of 2), said by Vladimir Putin',
  ]);
  for (const button of buttons) expect(button.querySelector('button'), 'buttons never nest').toBeNull();
  expect(screen.getByRole('button', { name: /^the talks went well, said by Kassym-Jomart Tokayev$/ })).toBeTruthy();
});

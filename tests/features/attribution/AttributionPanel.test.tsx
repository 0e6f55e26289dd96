import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { describeAttribution } from '../../../src/core/attribution';
import { AttributionPanel } from '../../../src/features/attribution/AttributionPanel';
import { goldArticle } from '../../support/serveArticles';

function viewOf(text: RegExp) {
  const article = goldArticle();
  const quote = [article.headline, ...article.paragraphs].flatMap((b) => b.quotes).find((q) => text.test(q.text));
  const view = quote && describeAttribution(article, quote.id);
  if (!view) throw new Error(`no quote matches ${text}`);
  return view;
}

/** The panel for a view, with callbacks that do nothing. */
function renderPanel(view: ReturnType<typeof viewOf>) {
  render(
    <AttributionPanel
      view={view}
      colourClass="speaker-0"
      takeFocus={false}
      filteredToSpeaker={false}
      onClose={() => {}}
      onOnlySpeaker={() => {}}
      speakers={[]}
      onChangeSpeaker={() => {}}
      onNotAQuote={() => {}}
    />,
  );
}

test('a quote attributed by a role noun says whose role it is', () => {
  renderPanel(viewOf(/^Tokayev's firm stance/));
  const dialog = screen.getByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('Vladimir Putin');
  expect(dialog).toHaveTextContent('the Russian president said');
  expect(dialog).toHaveTextContent('"the Russian president" — Vladimir Putin, President of Russia, by their role; named in the previous sentence.');
});

test('"Only this person" asks for the speaker, and Escape asks to close', async () => {
  const onOnlySpeaker = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <AttributionPanel
      view={viewOf(/^unprecedented/)}
      colourClass="speaker-1"
      takeFocus
      filteredToSpeaker={false}
      onClose={onClose}
      onOnlySpeaker={onOnlySpeaker}
      speakers={[]}
      onChangeSpeaker={() => {}}
      onNotAQuote={() => {}}
    />,
  );
  expect(screen.getByRole('heading', { name: 'Quote attribution' })).toHaveFocus();
  expect(screen.getByRole('dialog')).toHaveTextContent('Direct quote');
  await user.click(screen.getByRole('button', { name: 'Only this person' }));
  expect(onOnlySpeaker).toHaveBeenCalledWith('kassym-jomart-tokayev');
  await user.keyboard('{Escape}');
  expect(onClose).toHaveBeenCalled();
});

test('an attribution the engine is unsure of says it is uncertain', () => {
  const view = viewOf(/^Tokayev's firm stance/);
  renderPanel({ ...view, quote: { ...view.quote, confidence: 0.33 } });
  expect(screen.getByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent('33%Uncertain: the speaker is a guess the text only weakly supports');
});

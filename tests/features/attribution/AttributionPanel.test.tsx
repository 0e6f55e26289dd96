import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { describeAttribution } from '../../../src/core/attribution';
import { goldArticle } from '../../support/serveArticles';
import { renderAttributionPanel } from '../../support/renderAttributionPanel';

function viewOf(text: RegExp) {
  const article = goldArticle();
  const quote = [article.headline, ...article.paragraphs].flatMap((b) => b.quotes).find((q) => text.test(q.text));
  const view = quote && describeAttribution(article, quote.id);
  if (!view) throw new Error(`no quote matches ${text}`);
  return view;
}

/** The panel for a view, with callbacks that do nothing. */
function renderPanel(view: ReturnType<typeof viewOf>) {
  renderAttributionPanel({ article: goldArticle(), view });
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
  renderAttributionPanel({ article: goldArticle(), view: viewOf(/^unprecedented/), colourClass: 'speaker-1', takeFocus: true, onClose, onOnlySpeaker });
  expect(screen.getByRole('heading', { name: 'Quote attribution' })).toHaveFocus();
  expect(screen.getByRole('dialog')).toHaveTextContent('Direct quote');
  await user.click(screen.getByRole('button', { name: 'Only this person' }));
  expect(onOnlySpeaker).toHaveBeenCalledWith('kassym-jomart-tokayev');
  await user.keyboard('{Escape}');
  expect(onClose).toHaveBeenCalled();
});

test('an attribution the engine is unsure of says it is uncertain, and how the speaker was guessed', () => {
  const view = viewOf(/^Tokayev's firm stance/);
  renderPanel({ ...view, quote: { ...view.quote, confidence: 0.33 } });
  expect(screen.getByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent(
    'How sureUncertain inferred from a role noun, which the text only weakly supports · 33%',
  );
});

test('an attribution whose cue names the speaker says the speaker is named in the text', () => {
  renderPanel(viewOf(/^unprecedented/));
  expect(screen.getByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent('How sureNamed in the text · 89%');
});

test.each([
  ['a role noun', /^Tokayev's firm stance/, 'role', 'from a role noun'],
  ['a pronoun', /^both countries are ready/, 'pronoun', 'from a pronoun'],
  ['the previous quote', /^both countries are ready/, 'continuation', 'as a continuation of the previous speaker'],
] as const)('an attribution reached through %s says it is inferred, and how', (_, words, resolution, how) => {
  const view = viewOf(words);
  renderPanel({ ...view, quote: { ...view.quote, resolution, confidence: 0.89 } });
  expect(screen.getByRole('dialog', { name: 'Quote attribution' })).toHaveTextContent(new RegExp(`How sureInferred ${how} · \\d+%`));
});

test('an unattributed quote whose cue the panel shows does not say that nothing in the text says who said it', () => {
  // As "Both President Trump and some Democrats, such as former Representative Beto O'Rourke, have expressed favorable
  // interest in Congressional term limits in the past" (Wikinews, 6 January 2019): words report it, no one speaker.
  const view = viewOf(/^both countries are ready/);
  renderPanel({ ...view, speaker: null, quote: { ...view.quote, speakerId: null, resolution: 'unattributed', confidence: 0 } });
  const dialog = screen.getByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('Attributed byHe said');
  expect(dialog).toHaveTextContent('HowThe words that report it do not lead to one speaker, so it is left unattributed.');
  expect(dialog).not.toHaveTextContent('Nothing in the text says who said this');
});

test('an unattributed quote without any words that report it says nothing in the text says who said it', () => {
  const view = viewOf(/^both countries are ready/);
  renderPanel({ ...view, speaker: null, cue: null, quote: { ...view.quote, speakerId: null, cue: null, resolution: 'unattributed', confidence: 0 } });
  const dialog = screen.getByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('Attributed byNo words in the text');
  expect(dialog).toHaveTextContent('HowNothing in the text says who said this, so it is left unattributed.');
});

test('an unattributed quote says its speaker is unknown, with no percentage beside it', () => {
  // As the Pope Francis decree's reported words in wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12,
  // which showed "Speaker unknown · 0%".
  const view = viewOf(/^both countries are ready/);
  renderPanel({ ...view, speaker: null, quote: { ...view.quote, speakerId: null, resolution: 'unattributed', confidence: 0 } });
  const dialog = screen.getByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('How sureSpeaker unknownHow');
  expect(dialog).not.toHaveTextContent('%');
});

test('an attribution the reader corrected says so instead of a percentage', () => {
  const view = viewOf(/^Tokayev's firm stance/);
  renderPanel({ ...view, quote: { ...view.quote, corrected: true, confidence: 1 } });
  const dialog = screen.getByRole('dialog', { name: 'Quote attribution' });
  expect(dialog).toHaveTextContent('How sureCorrected by you');
  expect(dialog).not.toHaveTextContent('%');
});

test('the close button is named Close', () => {
  renderPanel(viewOf(/^unprecedented/));
  expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
});

test('Tab past the last control and Shift+Tab before the first lead back to the quotes', async () => {
  const onTabOut = vi.fn(() => true);
  const user = userEvent.setup();
  const view = viewOf(/^unprecedented/);
  renderAttributionPanel({ article: goldArticle(), view, colourClass: 'speaker-1', takeFocus: true, onTabOut });
  await user.keyboard('{Shift>}{Tab}{/Shift}');
  expect(onTabOut).toHaveBeenLastCalledWith('back');
  expect(screen.getByRole('heading', { name: 'Quote attribution' }), 'the reader moves focus, not the browser').toHaveFocus();

  const summary = screen.getByText('Correct this attribution');
  summary.focus();
  await user.keyboard('{Tab}');
  expect(onTabOut).toHaveBeenLastCalledWith('forward');
  expect(summary).toHaveFocus();

  // Opened, the corrections end on "Not a quote": Tab from the summary stays in the panel.
  await user.click(summary);
  onTabOut.mockClear();
  await user.keyboard('{Tab}');
  expect(onTabOut).not.toHaveBeenCalled();
  expect(screen.getByRole('combobox', { name: 'Change speaker' })).toHaveFocus();
  screen.getByRole('button', { name: 'Not a quote' }).focus();
  await user.keyboard('{Tab}');
  expect(onTabOut).toHaveBeenLastCalledWith('forward');
});

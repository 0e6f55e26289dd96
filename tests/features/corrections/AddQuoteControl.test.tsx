import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Article } from '../../../src/core/schema';
import { AddQuoteControl } from '../../../src/features/corrections/AddQuoteControl';
import { goldArticle } from '../../support/serveArticles';

const WORDS = "the two discussed Kazakhstan's stability and bilateral cooperation";

function selectionOf(article: Article) {
  const start = article.paragraphs.find((p) => p.id === 'p2')?.text.indexOf(WORDS) ?? -1;
  return { blockId: 'p2', start, end: start + WORDS.length };
}

test("selected words, added from the keyboard as Tokayev's reported speech, hand on the article with that quote", async () => {
  const article = goldArticle();
  const onChange = vi.fn<(article: Article) => void>();
  const onDone = vi.fn();
  const user = userEvent.setup();
  render(<AddQuoteControl article={article} selection={selectionOf(article)} onChange={onChange} onDone={onDone} />);

  await user.tab();
  expect(screen.getByRole('button', { name: 'Add the selected words as a quote' })).toHaveFocus();
  await user.keyboard('{Enter}');
  const form = await screen.findByRole('dialog', { name: 'Add a quote' });
  await user.click(within(form).getByRole('radio', { name: 'Reported speech' }));
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Speaker' }), 'Kassym-Jomart Tokayev');
  await user.click(within(form).getByRole('button', { name: 'Add quote' }));

  expect(onDone).toHaveBeenCalled();
  // The corrections' code loads on first use, so the new article comes a moment later.
  await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  const added = onChange.mock.calls[0]?.[0]?.paragraphs.find((p) => p.id === 'p2')?.quotes;
  expect(added).toEqual([expect.objectContaining({ text: WORDS, kind: 'reported', speakerId: 'kassym-jomart-tokayev' })]);
});

test("a quote can be given to the article's people and organisations, never to a place", async () => {
  const article = goldArticle();
  const user = userEvent.setup();
  render(<AddQuoteControl article={article} selection={selectionOf(article)} onChange={() => {}} onDone={() => {}} />);
  await user.click(screen.getByRole('button', { name: 'Add the selected words as a quote' }));
  const speaker = within(await screen.findByRole('dialog', { name: 'Add a quote' })).getByRole('combobox', { name: 'Speaker' });
  expect(within(speaker).getByRole('option', { name: 'Collective Security Treaty Organization' })).toBeInTheDocument();
  expect(within(speaker).queryByRole('option', { name: 'Kazakhstan' })).toBeNull();
});

test('Cancel gives focus to the paragraph the words were selected in, not to the page', async () => {
  const article = goldArticle();
  const user = userEvent.setup();
  render(
    <>
      <p id="block-p2" tabIndex={-1}>
        {article.paragraphs.find((p) => p.id === 'p2')?.text}
      </p>
      <AddQuoteControl article={article} selection={selectionOf(article)} onChange={() => {}} onDone={() => {}} />
    </>,
  );
  await user.click(screen.getByRole('button', { name: 'Add the selected words as a quote' }));
  const form = await screen.findByRole('dialog', { name: 'Add a quote' });
  await user.click(within(form).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.getByRole('paragraph')).toHaveFocus());
});

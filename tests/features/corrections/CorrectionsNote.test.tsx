import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { changeSpeaker, withNewPerson } from '../../../src/core/corrections';
import type { Article } from '../../../src/core/schema';
import { CorrectionsNote } from '../../../src/features/corrections/CorrectionsNote';
import { goldArticle } from '../../support/serveArticles';

const speakerOf = (article: Article, quoteId: string) => article.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quoteId)?.speakerId;

test('a corrected article says how many corrections it has, and Undo last correction, from the keyboard, gives back the article before it', async () => {
  const onChange = vi.fn<(article: Article) => void>();
  const user = userEvent.setup();
  const corrected = changeSpeaker(goldArticle(), 'q3', 'kassym-jomart-tokayev');
  render(<CorrectionsNote article={corrected} onChange={onChange} />);
  expect(screen.getByRole('status')).toHaveTextContent('You corrected this article (1 correction)');

  await user.tab();
  expect(screen.getByRole('button', { name: 'Undo last correction' })).toHaveFocus();
  await user.keyboard('{Enter}');
  // The corrections' code loads on first use, so the undone article comes a moment later.
  await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  const undone = onChange.mock.calls[0]?.[0];
  expect(undone && speakerOf(undone, 'q3')).toBe('vladimir-putin');
  expect(undone?.corrections ?? []).toHaveLength(0);
});

test('a quote given to a new person counts as one correction, as the reader made it in one step', () => {
  const person = { name: 'Dmitry Peskov', role: '', sourceType: 'unknown', gender: 'unknown' } as const;
  const given = withNewPerson(goldArticle(), person, (a, id) => changeSpeaker(a, 'q3', id));
  render(<CorrectionsNote article={changeSpeaker(given, 'q4', 'kassym-jomart-tokayev')} onChange={() => {}} />);
  expect(screen.getByRole('status')).toHaveTextContent('You corrected this article (2 corrections)');
});

test('an article the reader never corrected shows no note', () => {
  render(<CorrectionsNote article={goldArticle()} onChange={() => {}} />);
  expect(screen.queryByRole('status')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Undo last correction' })).toBeNull();
});

import { render, screen } from '@testing-library/react';
import { useWordSelection } from '../../../src/features/corrections/useWordSelection';
import type { Article } from '../../../src/core/schema';
import { goldArticle } from '../../support/serveArticles';

function SelectedWords({ article }: { article: Article }) {
  const { selection } = useWordSelection(article);
  const text = selection ? article.paragraphs.find((p) => p.id === selection.blockId)?.text.slice(selection.start, selection.end) : '';
  return <output aria-label="Selected words">{text}</output>;
}

test('words selected before the reader took over the page are still offered, with no mouse-up heard', async () => {
  const article = goldArticle();
  const paragraph = article.paragraphs.find((p) => p.id === 'p2');
  const block = document.createElement('article');
  const p = document.createElement('p');
  p.setAttribute('data-block-id', 'p2');
  p.textContent = paragraph?.text ?? '';
  block.append(p);
  document.body.append(block);
  const words = 'bilateral cooperation';
  const at = p.textContent.indexOf(words);
  const range = document.createRange();
  range.setStart(p.firstChild as Text, at);
  range.setEnd(p.firstChild as Text, at + words.length);
  window.getSelection()?.addRange(range);

  render(<SelectedWords article={article} />);

  expect(await screen.findByText(words, {}, { timeout: 3000 })).toBeInTheDocument();
  block.remove();
});

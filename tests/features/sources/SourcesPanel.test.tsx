import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Article } from '../../../src/core/schema';
import { SourcesPanel } from '../../../src/features/sources/SourcesPanel';
import { goldArticle } from '../../support/serveArticles';
import { sourcesArticle } from '../../support/sourcesArticle';
import { asVersionOne } from '../../support/versionOne';

function renderSources(article: Article = sourcesArticle()) {
  const onSetSource = vi.fn();
  const onMerge = vi.fn();
  render(<SourcesPanel article={article} speakerIndex={new Map()} onSetSource={onSetSource} onMerge={onMerge} />);
  return { region: screen.getByRole('region', { name: 'Sources' }), onSetSource, onMerge };
}

/** The line of the source whose name the line starts with. */
function lineOf(region: HTMLElement, name: string): HTMLElement {
  const [sources] = within(region).getAllByRole('list');
  const line = within(sources ?? region)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.startsWith(name));
  if (!line) throw new Error(`no line for ${name}`);
  return line;
}

test('each quoted source is a line with its name, type, gender, quotes, share of quoted words and verbs', () => {
  const { region } = renderSources();
  const [sources] = within(region).getAllByRole('list');
  expect(within(sources ?? region).getAllByRole('listitem')).toHaveLength(7);
  const putin = lineOf(region, 'Vladimir Putin');
  expect(putin).toHaveTextContent('Vladimir Putin57% of quoted words');
  expect(within(putin).getByRole('button', { name: 'official' })).toHaveAccessibleDescription('From the text: “Russian President”');
  // Each unknown says which of the two is not known.
  expect(putin).toHaveTextContent('· gender unknown · 6 quotes');
  expect(putin).toHaveTextContent('called ×2, said ×1, praised ×1, added ×1, noted ×1');
  const tokayev = lineOf(region, 'Kassym-Jomart Tokayev');
  expect(within(tokayev).getByRole('button', { name: 'official' })).toBeInTheDocument();
  expect(within(tokayev).getByRole('button', { name: 'man' })).toBeInTheDocument();
  expect(tokayev).toHaveTextContent('5 quotesthanked ×2, voiced ×1, said ×1, added ×1');
  expect(within(lineOf(region, 'Maria Zakharova')).getByRole('button', { name: 'woman' })).toHaveAccessibleDescription('From the text: “spokeswoman”');
  expect(lineOf(region, 'Zakharova')).toHaveTextContent('Zakharova4% of quoted wordstype unknown · gender unknown · 1 quoteadded ×1');
});

/** The text of an element as a screen reader gets it: without what is hidden from it, whitespace as one space. */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

test("a screen reader hears a source's type, gender and quotes as separate words, without the dots between them", () => {
  const { region } = renderSources();
  expect(spokenText(lineOf(region, 'Vladimir Putin'))).toContain('gender unknown 6 quotes');
  expect(spokenText(lineOf(region, 'Zakharova'))).toContain('type unknown gender unknown 1 quote');
});

test('an anonymous source is named by the words that describe it, and its type word tells whether a reason is given', () => {
  const { region } = renderSources();
  const official = lineOf(region, 'a Kremlin official');
  expect(within(official).getByRole('button', { name: 'anonymous' })).toHaveAccessibleDescription(
    'From the text: “A Kremlin official”; Not named: “who asked not to be named because he was not authorised to speak to the press”',
  );
  const source = lineOf(region, 'a source close to the talks');
  expect(within(source).getByRole('button', { name: 'anonymous' })).toHaveAccessibleDescription(
    'From the text: “A source close to the talks”; No reason given',
  );
});

test("a gender's evidence is reached from the keyboard: Tab to the word, and the words of the text describe it", async () => {
  const user = userEvent.setup();
  const { region } = renderSources();
  const man = within(lineOf(region, 'Kassym-Jomart Tokayev')).getByRole('button', { name: 'man' });
  for (let i = 0; i < 10 && document.activeElement !== man; i++) await user.tab();
  expect(man).toHaveFocus();
  expect(man).toHaveAccessibleDescription('From the text: “He said”');
  expect(document.getElementById(man.getAttribute('aria-describedby') ?? '')).toHaveAttribute('role', 'tooltip');
});

test('a word the text gives no evidence for is plain text, not a control', () => {
  const { region } = renderSources(asVersionOne(goldArticle()));
  const putin = lineOf(region, 'Vladimir Putin');
  expect(putin).toHaveTextContent('type unknown · gender unknown · 6 quotes');
  expect(within(putin).queryByRole('button', { name: /unknown/ })).toBeNull();
});

test('the sums read as text: sources by type and people by gender with counts and shares, anonymity, first and last word', () => {
  const { region } = renderSources();
  const sums = (heading: string) =>
    within(within(region).getByRole('heading', { name: heading }).parentElement ?? region)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s+/g, ' '));
  expect(sums('Sources by type')).toEqual(['official 2 (29%)', 'spokesperson 1 (14%)', 'expert 1 (14%)', 'anonymous 2 (29%)', 'unknown 1 (14%)']);
  expect(sums('People by gender (7 people)')).toEqual(['woman 1 (14%)', 'man 2 (29%)', 'unknown 4 (57%)']);
  expect(region).toHaveTextContent('Anonymous sources2: 1 with a reason given, 1 with no reason given.');
  expect(region).toHaveTextContent('First wordVladimir PutinLast wordDana Whitfield');
});

test("a source's type and gender are corrected from its line", async () => {
  const user = userEvent.setup();
  const { region, onSetSource } = renderSources();
  const line = lineOf(region, 'Dana Whitfield');
  await user.click(within(line).getByText('Correct'));
  await user.selectOptions(within(line).getByRole('combobox', { name: 'Type' }), 'witness');
  expect(onSetSource).toHaveBeenLastCalledWith('dana-whitfield', { sourceType: 'witness' });
  await user.selectOptions(within(line).getByRole('combobox', { name: 'Gender' }), 'woman');
  expect(onSetSource).toHaveBeenLastCalledWith('dana-whitfield', { gender: 'woman' });
});

test('two people who are one are merged from the line of the one kept, which says what will happen first', async () => {
  const user = userEvent.setup();
  const { region, onMerge } = renderSources();
  const line = lineOf(region, 'Maria Zakharova');
  await user.click(within(line).getByText('Correct'));
  const merge = within(line).getByRole('button', { name: 'Merge' });
  expect(merge).toBeDisabled();
  const others = within(line).getByRole('combobox', { name: 'Merge with…' });
  expect(within(others).queryByRole('option', { name: 'Kazakhstan' }), 'a place is no person').toBeNull();
  await user.selectOptions(others, 'Zakharova');
  expect(line).toHaveTextContent('Zakharova’s quotes and mentions go to Maria Zakharova, and “Zakharova” becomes another name for them.');
  await user.click(merge);
  expect(onMerge).toHaveBeenCalledWith('maria-zakharova', 'zakharova');
});

test('an article without quotes says nobody is quoted', () => {
  const gold = goldArticle();
  renderSources({ ...gold, headline: { ...gold.headline, quotes: [] }, paragraphs: gold.paragraphs.map((p) => ({ ...p, quotes: [] })) });
  expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent('Nobody is quoted in this article.');
});

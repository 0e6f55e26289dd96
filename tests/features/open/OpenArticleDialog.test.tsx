import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { OpenArticleDialog } from '../../../src/features/open/OpenArticleDialog';

const LEDE =
  'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east. Harbour officials said the first ships left at dawn.';
const PASTED = `${LEDE}\n\n"Ships are moving again," harbour master Jan Nowak said.`;
const FIRST_SENTENCE = 'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east';

function renderDialog() {
  const user = userEvent.setup();
  const onOpened = vi.fn();
  render(<OpenArticleDialog onClose={() => {}} onOpened={onOpened} />);
  return { user, onOpened, dialog: screen.getByRole('dialog', { name: 'Open article' }) };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('textbox', { name: 'Article text' }));
  await user.paste(text);
}

test('a text pasted without its headline asks for one, offering its first sentence', async () => {
  const { user } = renderDialog();
  await paste(user, PASTED);
  const headline = screen.getByRole('textbox', { name: 'Headline' });
  expect(headline).toHaveValue(FIRST_SENTENCE);
  expect(headline).toHaveAccessibleDescription(/first sentence becomes the headline and the rest of the paragraph stays/);
});

test('a headline of your own is said to go above the text, which is kept whole', async () => {
  const { user } = renderDialog();
  await paste(user, PASTED);
  await user.tab();
  const headline = screen.getByRole('textbox', { name: 'Headline' });
  expect(headline).toHaveFocus();
  await user.clear(headline);
  await user.keyboard('Gdansk harbour reopens');
  expect(headline).toHaveValue('Gdansk harbour reopens');
  expect(headline).toHaveAccessibleDescription(/goes above the text, which is kept whole/);
});

test('a text that starts with its headline is not asked for one', async () => {
  const { user } = renderDialog();
  await paste(user, `Gdansk harbour reopens\n\n${PASTED}`);
  expect(screen.queryByRole('textbox', { name: 'Headline' })).toBeNull();
});

test('an emptied headline is refused with a message, and nothing opens', async () => {
  const { user, onOpened } = renderDialog();
  await paste(user, PASTED);
  await user.clear(screen.getByRole('textbox', { name: 'Headline' }));
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Write a headline');
  expect(onOpened).not.toHaveBeenCalled();
  expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveValue(PASTED);
});

test('a headline alone is refused with a message that says what is missing, and nothing opens', async () => {
  const { user, onOpened } = renderDialog();
  await paste(user, 'Just a headline');
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  expect(screen.getByRole('alert')).toHaveTextContent('There is only a headline: paste the article’s paragraphs under it');
  expect(onOpened).not.toHaveBeenCalled();
  expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveValue('Just a headline');
});

test('a link pasted alone is refused with a message that says the reader does not fetch pages and what to paste instead', async () => {
  const { user, onOpened } = renderDialog();
  await paste(user, 'https://en.wikinews.org/wiki/Toronto%27s_Anime_North_2019_brings_thousands_of_fans_together');
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  expect(screen.getByRole('alert')).toHaveTextContent('That is a link, and the reader does not fetch pages: paste the article’s own text here');
  expect(screen.getByRole('alert')).not.toHaveTextContent('only a headline');
  expect(onOpened).not.toHaveBeenCalled();
});

test('a very long paste is said to take a while before Analyze is pressed', async () => {
  const { user, dialog } = renderDialog();
  expect(screen.queryByRole('note')).toBeNull();
  await paste(user, `Many articles joined\n\n${`${LEDE}\n\n`.repeat(1_500)}`);
  expect(screen.getByRole('note')).toHaveTextContent(/This text is long: about [\d,]+ words\. Analysing it may take a minute or more/);
  expect(dialog).toContainElement(screen.getByRole('note'));
});

test('a PDF is refused with a message that says to paste its text, and the text box stays empty', async () => {
  const user = userEvent.setup({ applyAccept: false });
  const onOpened = vi.fn();
  render(<OpenArticleDialog onClose={() => {}} onOpened={onOpened} />);
  await user.upload(screen.getByLabelText(/Or choose a file/), new File(['%PDF-1.4\n1 0 obj << >> endobj'], 'report.pdf', { type: 'application/pdf' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'report.pdf is a PDF, which the reader cannot read. Copy the article’s text from it and paste it here.',
  );
  expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
  expect(onOpened).not.toHaveBeenCalled();
});

test('Analyze with nothing pasted marks the text box as wrong and describes it with the message that says why', async () => {
  const { user } = renderDialog();
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  const alert = await screen.findByRole('alert');
  const textBox = screen.getByRole('textbox', { name: 'Article text' });
  expect(textBox).toHaveAttribute('aria-invalid', 'true');
  expect(textBox).toHaveAccessibleDescription(alert.textContent ?? '');
});

test('a single paragraph pasted alone is offered its first sentence as the headline, not told it is only a headline', async () => {
  const { user } = renderDialog();
  await paste(user, LEDE);
  expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue(FIRST_SENTENCE);
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  expect(screen.queryByText(/only a headline/)).toBeNull();
});

test('a single sentence pasted alone is refused with a message that calls it a sentence, and nothing opens', async () => {
  const { user, onOpened } = renderDialog();
  await paste(user, '"Ships are moving again," harbour master Jan Nowak said.');
  expect(screen.queryByRole('textbox', { name: 'Headline' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Analyze' }));
  expect(screen.getByRole('alert')).toHaveTextContent('There is only one sentence');
  expect(onOpened).not.toHaveBeenCalled();
});

test('a damaged JSON file is refused with a message that says where it breaks in lines and columns, not in parser words', async () => {
  const user = userEvent.setup();
  const onOpened = vi.fn();
  render(<OpenArticleDialog onClose={() => {}} onOpened={onOpened} />);
  await user.upload(screen.getByLabelText(/Or choose a file/), new File(['{"not":"an article"'], 'saved.json', { type: 'application/json' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('saved.json is not an article this reader can open: The file is not valid JSON');
  expect(alert).not.toHaveTextContent(/after property value|position \d/);
  expect(onOpened).not.toHaveBeenCalled();
});

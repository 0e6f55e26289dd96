import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { describeAttribution } from '../../../src/core/attribution';
import type { Article } from '../../../src/core/schema';
import { sourcesArticle } from '../../support/sourcesArticle';
import { renderAttributionPanel } from '../../support/renderAttributionPanel';

function renderPanel(quoteId: string, article: Article = sourcesArticle()) {
  const view = describeAttribution(article, quoteId);
  if (!view) throw new Error(`no quote ${quoteId}`);
  const onChangeSpeaker = vi.fn();
  const onNewSpeaker = vi.fn();
  renderAttributionPanel({ article, view, speakers: article.entities.filter((e) => e.type !== 'place'), onChangeSpeaker, onNewSpeaker });
  return { dialog: screen.getByRole('dialog', { name: 'Quote attribution' }), onChangeSpeaker, onNewSpeaker };
}

test("the attribution names the speaker's type of source, with the words that show it", () => {
  const { dialog } = renderPanel('q2');
  expect(dialog).toHaveTextContent('Sourceofficial · from Russian President');
});

test('an anonymous source says so, and gives the reason the article gives for not naming them', () => {
  const { dialog } = renderPanel('q14');
  expect(dialog).toHaveTextContent('SourceAnonymous source: who asked not to be named because he was not authorised to speak to the press');
});

test('an anonymous source the article gives no reason for says No reason given', () => {
  const { dialog } = renderPanel('q15');
  expect(dialog).toHaveTextContent('SourceAnonymous source · No reason given');
});

test('an article written before sources were read says the type is unknown', () => {
  const article = sourcesArticle();
  const { dialog } = renderPanel('q2', { ...article, entities: article.entities.map(({ sourceType: _, sourceEvidence: __, ...e }) => e) });
  expect(dialog).toHaveTextContent('SourceunknownKind');
});

test('New person… in Change speaker asks who they are, then gives them the quote', async () => {
  const user = userEvent.setup();
  const { dialog, onChangeSpeaker, onNewSpeaker } = renderPanel('q10');
  await user.click(within(dialog).getByText('Correct this attribution'));
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Change speaker' }), 'New person…');
  expect(onChangeSpeaker).not.toHaveBeenCalled();
  const fields = within(dialog).getByRole('group', { name: 'New person' });
  const name = within(fields).getByRole('textbox', { name: 'Name (required)' });
  expect(name).toBeRequired();
  await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
  expect(onNewSpeaker, 'no person without a name').not.toHaveBeenCalled();

  await user.type(name, 'Dmitry Peskov');
  await user.type(within(fields).getByRole('textbox', { name: 'Role' }), 'Kremlin spokesman');
  await user.selectOptions(within(fields).getByRole('combobox', { name: 'Type' }), 'spokesperson');
  await user.selectOptions(within(fields).getByRole('combobox', { name: 'Gender' }), 'man');
  await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
  expect(onNewSpeaker).toHaveBeenCalledWith('q10', { name: 'Dmitry Peskov', role: 'Kremlin spokesman', sourceType: 'spokesperson', gender: 'man' });
  expect(within(dialog).queryByRole('group', { name: 'New person' })).toBeNull();
  expect(within(dialog).getByRole('combobox', { name: 'Change speaker' })).toHaveFocus();
});

test('New organisation… in Change speaker asks for its name and what it is, then gives the quote to an organisation', async () => {
  const user = userEvent.setup();
  const { dialog, onChangeSpeaker, onNewSpeaker } = renderPanel('q10');
  await user.click(within(dialog).getByText('Correct this attribution'));
  const change = within(dialog).getByRole('combobox', { name: 'Change speaker' });
  await user.selectOptions(change, 'New person…');
  const type = within(within(dialog).getByRole('group', { name: 'New person' })).getByRole('combobox', { name: 'Type' });
  expect(within(type).queryByRole('option', { name: 'organisation' }), 'a person is never typed as an organisation').toBeNull();

  await user.selectOptions(change, 'New organisation…');
  expect(within(dialog).queryByRole('group', { name: 'New person' })).toBeNull();
  const fields = within(dialog).getByRole('group', { name: 'New organisation' });
  expect(within(fields).queryByRole('combobox', { name: 'Gender' })).toBeNull();
  await user.type(within(fields).getByRole('textbox', { name: 'Name (required)' }), 'Kremlin press service');
  await user.type(within(fields).getByRole('textbox', { name: 'What it is' }), 'Press office{Enter}');
  expect(onNewSpeaker).toHaveBeenCalledWith('q10', {
    type: 'organization',
    name: 'Kremlin press service',
    role: 'Press office',
    sourceType: 'organisation',
    gender: 'unknown',
  });
  expect(onChangeSpeaker).not.toHaveBeenCalled();
  expect(change).toHaveFocus();
});

test('Cancel leaves New person… without a change, and the speaker choice shows the speaker again', async () => {
  const user = userEvent.setup();
  const { dialog, onChangeSpeaker, onNewSpeaker } = renderPanel('q10');
  await user.click(within(dialog).getByText('Correct this attribution'));
  const select = within(dialog).getByRole('combobox', { name: 'Change speaker' });
  await user.selectOptions(select, 'New person…');
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(within(dialog).queryByRole('group', { name: 'New person' })).toBeNull();
  expect(select).toHaveDisplayValue('Kassym-Jomart Tokayev');
  expect(onChangeSpeaker).not.toHaveBeenCalled();
  expect(onNewSpeaker).not.toHaveBeenCalled();
});

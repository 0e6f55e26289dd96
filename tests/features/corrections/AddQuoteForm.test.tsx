import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Block, Entity } from '../../../src/core/schema';
import { AddQuoteForm } from '../../../src/features/corrections/AddQuoteForm';

const BLOCK: Block = {
  id: 'p2',
  text: "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
  mentions: [],
  quotes: [],
};
const WORDS = "the two discussed Kazakhstan's stability and bilateral cooperation";
const SPEAKERS: Array<Entity> = [
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', role: 'President of Russia', aliases: ['Putin'] },
  { id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan', aliases: [] },
];

function open(onAdd = vi.fn(), onAddNewPerson = vi.fn()) {
  const start = BLOCK.text.indexOf(WORDS);
  render(
    <AddQuoteForm
      block={BLOCK}
      start={start}
      end={start + WORDS.length}
      speakers={SPEAKERS}
      quoted={new Set(['vladimir-putin'])}
      onAdd={onAdd}
      onAddNewPerson={onAddNewPerson}
      onClose={() => {}}
    />,
  );
  return { onAdd, onAddNewPerson, form: screen.getByRole('dialog', { name: 'Add a quote' }) };
}

describe('adding a quote', () => {
  test('nothing is chosen for the reader: no kind, no speaker, and Add quote waits for both', () => {
    open();
    expect(screen.getByRole('radio', { name: 'Direct quote' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Reported speech' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Speaker' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Add quote' })).toBeDisabled();
    expect(screen.getByText('Choose a kind and a speaker (or Unattributed).')).toBeInTheDocument();
  });

  test('the speakers the article already quotes are offered first, the others it names after them', () => {
    open();
    const speaker = screen.getByRole('combobox', { name: 'Speaker' });
    const names = (group: string) =>
      within(within(speaker).getByRole('group', { name: group }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(names('Quoted in this article')).toEqual(['Vladimir Putin']);
    expect(names('Others named in it')).toEqual(['Kassym-Jomart Tokayev']);
  });

  test('the kind and speaker the reader chose are the ones added', async () => {
    const user = userEvent.setup();
    const { onAdd } = open();
    await user.click(screen.getByRole('radio', { name: 'Reported speech' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Kassym-Jomart Tokayev');
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(onAdd).toHaveBeenCalledWith('reported', 'kassym-jomart-tokayev');
  });

  test('Unattributed is a choice of its own, added with no speaker', async () => {
    const user = userEvent.setup();
    const { onAdd } = open();
    await user.click(screen.getByRole('radio', { name: 'Direct quote' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Unattributed');
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(onAdd).toHaveBeenCalledWith('direct', null);
  });
});

describe('adding a quote by a new person', () => {
  test('New person… asks for a name before Add quote, and adds the quote with the person the reader describes', async () => {
    const user = userEvent.setup();
    const { onAdd, onAddNewPerson, form } = open();
    await user.click(screen.getByRole('radio', { name: 'Reported speech' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'New person…');
    const fields = within(form).getByRole('group', { name: 'New person' });
    expect(screen.getByRole('button', { name: 'Add quote' })).toBeDisabled();
    expect(form).toHaveTextContent('Choose a name for the new person.');

    await user.type(within(fields).getByRole('textbox', { name: 'Name (required)' }), 'Aigerim Seitkali');
    await user.type(within(fields).getByRole('textbox', { name: 'Role' }), 'Almaty resident');
    await user.selectOptions(within(fields).getByRole('combobox', { name: 'Type' }), 'witness');
    await user.selectOptions(within(fields).getByRole('combobox', { name: 'Gender' }), 'woman');
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(onAddNewPerson).toHaveBeenCalledWith('reported', { name: 'Aigerim Seitkali', role: 'Almaty resident', sourceType: 'witness', gender: 'woman' });
    expect(onAdd).not.toHaveBeenCalled();
  });

  test("a new person's type is a person's: organisation is not among the types offered", async () => {
    const user = userEvent.setup();
    const { form } = open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'New person…');
    const type = within(within(form).getByRole('group', { name: 'New person' })).getByRole('combobox', { name: 'Type' });
    expect(within(type).queryByRole('option', { name: 'organisation' })).toBeNull();
    expect(type).toHaveValue('unknown');
  });

  test('New organisation… asks for its name and what it is, not a type or gender, and adds the quote with an organisation', async () => {
    const user = userEvent.setup();
    const { onAddNewPerson, form } = open();
    await user.click(screen.getByRole('radio', { name: 'Reported speech' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'New organisation…');
    const fields = within(form).getByRole('group', { name: 'New organisation' });
    expect(form).toHaveTextContent('Choose a name for the new organisation.');
    expect(within(fields).queryByRole('combobox')).toBeNull();
    await user.type(within(fields).getByRole('textbox', { name: 'Name (required)' }), 'Kremlin press service');
    await user.type(within(fields).getByRole('textbox', { name: 'What it is' }), 'Press office');
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(onAddNewPerson).toHaveBeenCalledWith('reported', {
      type: 'organization',
      name: 'Kremlin press service',
      role: 'Press office',
      sourceType: 'organisation',
      gender: 'unknown',
    });
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { OpenArticle } from '../../../src/features/open/OpenArticle';

const PASTED = 'Gdansk harbour reopens\n\n"Ships are moving again," harbour master Jan Nowak said.';

test('a text pasted and then cancelled is there again when the dialog reopens', async () => {
  const user = userEvent.setup();
  render(<OpenArticle onOpened={vi.fn()} />);
  await user.click(screen.getByRole('button', { name: 'Open article' }));
  await user.click(await screen.findByRole('textbox', { name: 'Article text' }));
  await user.paste(PASTED);
  await user.type(screen.getByLabelText(/Published on/), '2013-12-02');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('dialog', { name: 'Open article' })).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Open article' }));
  expect(await screen.findByRole('textbox', { name: 'Article text' })).toHaveValue(PASTED);
  expect(screen.getByLabelText(/Published on/)).toHaveValue('2013-12-02');
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { AppErrorBoundary } from '../../src/app/AppErrorBoundary';

let failing = true;

function View() {
  if (failing) throw new Error('cannot show this');
  return <h1>The article</h1>;
}

test('a view that fails to render gives an alert that says so, and Try again shows the view once it can', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <AppErrorBoundary>
      <View />
    </AppErrorBoundary>,
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Something went wrong while showing the article.');
  expect(alert).not.toHaveTextContent('cannot show this');
  failing = false;
  await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(screen.getByRole('heading', { level: 1, name: 'The article' })).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
  warn.mockRestore();
  error.mockRestore();
});

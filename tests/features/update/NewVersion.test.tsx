import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, vi } from 'vitest';

// The service worker's registration, as vite-plugin-pwa gives it: here a new version is waiting or not.
const registration = vi.hoisted(() => ({ waiting: false, updateServiceWorker: vi.fn(() => Promise.resolve()) }));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
    const needRefresh = useState(registration.waiting);
    return { needRefresh, offlineReady: useState(false), updateServiceWorker: registration.updateServiceWorker };
  },
}));

// A worker's modules serve every file it runs (isolate: false in vite.config.ts), and the reader's page loads NewVersion
// with the real registration: this file imports a copy of its own, which must not serve the files after it either.
vi.resetModules();
afterAll(() => vi.resetModules());
const { NewVersion } = await import('../../../src/features/update/NewVersion');

beforeEach(() => {
  registration.waiting = false;
  registration.updateServiceWorker.mockClear();
});

test('nothing is said while the running version is the newest', () => {
  render(<NewVersion />);
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});

test('a waiting version says so, and Reload, from the keyboard, lets it take over', async () => {
  registration.waiting = true;
  const user = userEvent.setup();
  render(<NewVersion />);
  expect(screen.getByRole('status')).toHaveTextContent('A new version is ready');
  expect(registration.updateServiceWorker).not.toHaveBeenCalled();

  await user.tab();
  expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
  await user.keyboard('{Enter}');
  // `true`: the page reloads once the new version is in charge.
  expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
});

test('dismissing the notice keeps the running version and hides the notice', async () => {
  registration.waiting = true;
  const user = userEvent.setup();
  render(<NewVersion />);
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  expect(registration.updateServiceWorker).not.toHaveBeenCalled();
});

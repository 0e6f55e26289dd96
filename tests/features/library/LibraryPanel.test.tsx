import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LibraryContents } from '../../../src/api/library';
import type { RestoreReport } from '../../../src/api/libraryBackup';
import { LibraryPanel } from '../../../src/features/library/LibraryPanel';

const storage = vi.hoisted(() => ({
  contents: null as LibraryContents | null,
  deleteRecord: vi.fn(() => Promise.resolve()),
  persistence: null as 'granted' | 'refused' | null,
  restoreLibrary: vi.fn<(file: { name: string; text: string }) => Promise<RestoreReport>>(),
}));

vi.mock('../../../src/api/library', () => ({
  readLibrary: () => Promise.resolve({ ...storage.contents }),
  deleteRecord: storage.deleteRecord,
  storagePersistence: () => storage.persistence,
}));

vi.mock('../../../src/api/libraryBackup', () => ({
  restoreLibrary: storage.restoreLibrary,
}));

// jsdom's File has no text(); browsers do, and a restore reads the backup with it.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(this);
    });
  };
}

const BUNDLED = { id: 'bundled', headline: 'The bundled story' };
const BRIDGE = { id: 'bridge', headline: 'Valencia opens its first new bridge in twenty years', addedAt: '2026-11-29', corrected: false };

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={client}>
      <LibraryPanel bundled={BUNDLED} entries={[BRIDGE]} currentId="bundled" onDelete={() => {}} />
    </QueryClientProvider>,
  );
  return { user, ...view };
}

beforeEach(() => {
  storage.contents = { entries: [BRIDGE], heads: [], damaged: [], unreadable: null };
  storage.persistence = null;
  storage.deleteRecord.mockClear();
  storage.restoreLibrary.mockReset();
});

test('a damaged record is listed beside the articles with what is wrong, and deleting it asks first', async () => {
  storage.contents = {
    entries: [BRIDGE],
    heads: [],
    damaged: [{ key: 'half-written', label: 'half-written', headline: 'A story cut short', problems: ['language: is missing (expected text)'], raw: {} }],
    unreadable: null,
  };
  const { user } = renderPanel();
  const nav = screen.getByRole('navigation', { name: 'Library' });
  expect(await within(nav).findByRole('heading', { name: '1 stored record cannot be read' })).toBeInTheDocument();
  expect(within(nav).getByRole('link', { name: BRIDGE.headline })).toBeInTheDocument();
  expect(nav).toHaveTextContent('language: is missing (expected text)');
  expect(within(nav).getByRole('button', { name: 'Download raw JSON of damaged “A story cut short”' })).toBeInTheDocument();

  await user.click(within(nav).getByRole('button', { name: 'Delete damaged “A story cut short”' }));
  await user.click(within(nav).getByRole('button', { name: 'Keep' }));
  expect(storage.deleteRecord).not.toHaveBeenCalled();
  await user.click(within(nav).getByRole('button', { name: 'Delete damaged “A story cut short”' }));
  await user.click(within(nav).getByRole('button', { name: 'Delete for good' }));
  expect(storage.deleteRecord).toHaveBeenCalledWith('half-written');
});

test('a library with nothing damaged shows no damaged list, and says nothing of storage the browser agreed to keep', async () => {
  storage.persistence = 'granted';
  renderPanel();
  const nav = screen.getByRole('navigation', { name: 'Library' });
  expect(await within(nav).findByRole('button', { name: 'Back up library' })).toBeInTheDocument();
  expect(within(nav).getByRole('button', { name: 'Restore library' })).toBeInTheDocument();
  expect(nav).not.toHaveTextContent('cannot be read');
  expect(nav).not.toHaveTextContent('did not agree');
});

test('when the browser refused to keep the library for good, the panel says so and suggests a backup', async () => {
  storage.persistence = 'refused';
  renderPanel();
  expect(await screen.findByText(/This browser did not agree to keep the library for good/)).toHaveTextContent('Back up the library to keep a copy.');
});

test('a restore says what it added, what it skipped and what could not be added, with why', async () => {
  storage.restoreLibrary.mockResolvedValue({
    exportedAt: '2026-11-29T12:00:00.000Z',
    added: [{ headline: 'Harbour council votes to rebuild the old pier', note: null }],
    skipped: [{ headline: BRIDGE.headline, note: 'already in the library' }],
    failed: [{ headline: 'Library opens late on Fridays', note: 'could not be stored (the browser storage is full)' }],
  });
  const { user, container } = renderPanel();
  const picker = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!picker) throw new Error('no file picker');
  await user.upload(picker, new File(['{}'], 'library.json', { type: 'application/json' }));
  const summary = await screen.findByText(/^Restored from/);
  expect(summary.closest('[aria-live="polite"]')).not.toBeNull();
  expect(summary).toHaveTextContent('Restored from the backup of 2026-11-29: added 1 article, skipped 1 already in the library, 1 could not be added.');
  expect(storage.restoreLibrary).toHaveBeenCalledWith({ name: 'library.json', text: '{}' }, expect.any(Function));
  expect(screen.getByText('Not added').nextElementSibling).toHaveTextContent(
    'Library opens late on Fridays — could not be stored (the browser storage is full)',
  );
});

test('deleting from the keyboard keeps focus in the library: on Keep first, back on Delete after Keep, on the next entry after Delete', async () => {
  const onDelete = vi.fn();
  const ferry = { id: 'ferry', headline: 'Ferries sail again after the storm', addedAt: '2026-11-30', corrected: false };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <LibraryPanel bundled={BUNDLED} entries={[BRIDGE, ferry]} currentId="bundled" onDelete={onDelete} />
    </QueryClientProvider>,
  );
  const library = screen.getByRole('navigation', { name: 'Library' });
  within(library)
    .getByRole('button', { name: `Delete ${BRIDGE.headline}` })
    .focus();
  await user.keyboard('{Enter}');
  expect(within(library).getByRole('button', { name: `Keep “${BRIDGE.headline}”` })).toHaveFocus();

  await user.keyboard('{Enter}');
  expect(within(library).getByRole('button', { name: `Delete ${BRIDGE.headline}` })).toHaveFocus();

  await user.keyboard('{Enter}');
  const question = within(library).getByRole('group', { name: `Delete “${BRIDGE.headline}” from the library?` });
  expect(within(question).getByRole('button', { name: `Keep “${BRIDGE.headline}”` })).toHaveFocus();
  await user.keyboard('{Shift>}{Tab}{/Shift}');
  expect(within(question).getByRole('button', { name: `Delete “${BRIDGE.headline}”` })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onDelete).toHaveBeenCalledWith(BRIDGE, expect.any(Function));
  expect(within(library).getByRole('link', { name: ferry.headline })).toHaveFocus();
});

test('after Undo, focus goes to the article brought back once the library lists it again', async () => {
  let undone = () => {};
  const onDelete = vi.fn((_entry: unknown, onUndone: () => void) => {
    undone = onUndone;
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const panel = (entries: ReadonlyArray<typeof BRIDGE>) => (
    <QueryClientProvider client={client}>
      <LibraryPanel bundled={BUNDLED} entries={entries} currentId="bundled" onDelete={onDelete} />
    </QueryClientProvider>
  );
  const { rerender } = render(panel([BRIDGE]));
  const library = screen.getByRole('navigation', { name: 'Library' });
  await user.click(within(library).getByRole('button', { name: `Delete ${BRIDGE.headline}` }));
  await user.click(within(library).getByRole('button', { name: `Delete “${BRIDGE.headline}”` }));
  rerender(panel([]));
  expect(within(library).getByRole('link', { name: /The bundled story/ })).toHaveFocus();

  // The notice's Undo button, outside the panel, had focus and is gone with the notice.
  (document.activeElement as HTMLElement | null)?.blur();
  undone();
  rerender(panel([BRIDGE]));
  expect(within(library).getByRole('link', { name: BRIDGE.headline })).toHaveFocus();
});

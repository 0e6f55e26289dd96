import { renderHook } from '@testing-library/react';
import { useDocumentTitle } from '../../src/lib/useDocumentTitle';

test('the browser tab is named after the article shown, and gets its own name back after', () => {
  document.title = 'Who said what';
  const { rerender, unmount } = renderHook(({ what }) => useDocumentTitle(what), { initialProps: { what: 'Putin calls unrest terrorism' } });
  expect(document.title).toBe('Putin calls unrest terrorism · Who said what');
  rerender({ what: 'Floods in Switzerland' });
  expect(document.title).toBe('Floods in Switzerland · Who said what');
  unmount();
  expect(document.title).toBe('Who said what');
});

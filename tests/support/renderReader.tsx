import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';

/** Renders the whole reader at a URL query, as a reader opening a link would. */
export function renderReader(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

import { afterEach, describe, expect, it } from 'vitest';
import { focusOnArrival } from '../../../src/features/overview/focusOnArrival';

/** What the reader renders as an article opens: its headline, and a quote selected by the link or not. */
function showArticle(selected: boolean): void {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<article><h1 id="headline" tabindex="-1">Gdansk port</h1><p><span role="button" tabindex="0" aria-pressed="${selected}">We will double</span></p></article>`,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('after the overview opens an article in the page', () => {
  it('gives focus to the headline once the article shows', async () => {
    focusOnArrival(false);
    showArticle(false);
    await settle();
    expect(document.activeElement?.id).toBe('headline');
  });

  it('gives focus to the quote a search result named, once it is selected', async () => {
    focusOnArrival(true);
    showArticle(false);
    await settle();
    expect(document.activeElement).toBe(document.body);
    document.querySelector('[role="button"]')?.setAttribute('aria-pressed', 'true');
    await settle();
    expect(document.activeElement?.textContent).toBe('We will double');
  });

  it('leaves focus where the reader has moved it meanwhile', async () => {
    document.body.innerHTML = '<input aria-label="Search quotes">';
    document.querySelector('input')?.focus();
    focusOnArrival(false);
    showArticle(false);
    await settle();
    expect(document.activeElement?.tagName).toBe('INPUT');
  });

  it('stops waiting at Back or Forward', async () => {
    focusOnArrival(false);
    window.dispatchEvent(new PopStateEvent('popstate'));
    showArticle(false);
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});

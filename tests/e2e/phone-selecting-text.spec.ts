import { expect, test, type Page } from '@playwright/test';
import { openReader } from './reader';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/**
 * Selects `words` in the article's paragraph that holds them the way a phone's selection handles do: the selection
 * moves, and the page hears no mouse-up, key-up or touch of its own.
 */
async function selectWithHandles(page: Page, words: string): Promise<void> {
  await page.getByRole('article').evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`no text node holds "${wanted}"`);
  }, words);
}

test('on a phone, words chosen with the selection handles are offered as a quote, as the handles leave them', async ({ page }) => {
  await openReader(page);
  // Past the moment the page reads a selection made before it was live (useWordSelection).
  await page.waitForTimeout(1_000);
  await selectWithHandles(page, 'bilateral cooperation');
  const addQuote = page.getByRole('button', { name: 'Add the selected words as a quote' });
  await expect(addQuote).toBeVisible();
  // A handle dragged back to take in more words.
  await selectWithHandles(page, 'stability and bilateral cooperation');
  // The reader lifts a finger, then reaches for the button: the selection has stood still by then (400 ms).
  await page.waitForTimeout(1_500);
  await addQuote.tap();
  const form = page.getByRole('dialog', { name: 'Add a quote' });
  await expect(form.getByRole('blockquote')).toHaveText('stability and bilateral cooperation');
});

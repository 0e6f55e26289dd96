import { expect, test, type Page } from '@playwright/test';
import { attribution, openReader } from './reader';

/** The timeline's button for Putin's words on the January unrest, "spoken of" on 10 February. */
const spokenOf = (page: Page) =>
  page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('listitem')
    .filter({ hasText: 'Unrest in Kazakhstan' })
    .getByRole('button', { name: /an act of terrorist aggression.*— Vladimir Putin, on 10 February 2022/ });
const quoteInText = (page: Page) => page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ });

for (const [device, viewport] of [
  ['a 390px phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 860 }],
] as const) {
  test.describe(`on ${device}`, () => {
    test.use({ viewport });

    test('a quote opened from the timeline shows in the text, and Escape brings the reader back to the timeline entry', async ({ page }) => {
      await openReader(page);
      const entry = spokenOf(page);
      await entry.scrollIntoViewIfNeeded();
      await entry.click();
      await expect(attribution(page)).toContainText('Vladimir Putin');
      await expect(quoteInText(page)).toHaveAttribute('aria-pressed', 'true');
      await expect(quoteInText(page)).toBeInViewport();

      await page.keyboard.press('Escape');
      await expect(attribution(page)).toBeHidden();
      await expect(entry).toBeFocused();
      await expect(entry).toBeInViewport({ ratio: 1 });
      await expect(quoteInText(page)).toHaveAttribute('aria-pressed', 'false');
    });

    test('from the keyboard: Enter on a timeline entry opens its quote, and Escape returns focus to the entry', async ({ page }) => {
      await openReader(page);
      const entry = spokenOf(page);
      await entry.focus();
      await page.keyboard.press('Enter');
      await expect(quoteInText(page)).toHaveAttribute('aria-pressed', 'true');
      await expect(attribution(page)).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(attribution(page)).toBeHidden();
      await expect(entry).toBeFocused();
      await expect(entry).toBeInViewport({ ratio: 1 });
      // The next Tab goes on through the timeline, where the reader was.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('region', { name: 'Timeline' }).locator(':focus')).toHaveCount(1);
    });

    test('a quote opened in the text still returns focus to itself on Escape', async ({ page }) => {
      await openReader(page);
      await spokenOf(page).click();
      await expect(attribution(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(attribution(page)).toBeHidden();
      // The timeline entry was that quote's way in; a quote then chosen in the text is closed back to the text.
      await quoteInText(page).click();
      await expect(attribution(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(quoteInText(page)).toBeFocused();
    });
  });
}

test.describe('on a 390px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Only this person on a quote opened from the timeline closes the sheet to the quote in the filtered text, not to the timeline', async ({ page }) => {
    await openReader(page);
    await spokenOf(page).scrollIntoViewIfNeeded();
    await spokenOf(page).click();
    await attribution(page).getByRole('button', { name: 'Only this person' }).click();
    await expect(attribution(page)).toBeHidden();
    await expect(quoteInText(page)).toBeFocused();
    await expect(quoteInText(page)).toBeInViewport();
    await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ quotes by Vladimir Putin/ })).toBeInViewport();
  });
});

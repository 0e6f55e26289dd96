import { expect, test, type Page } from '@playwright/test';
import { openReader } from './reader';

const entities = (page: Page) => page.getByRole('region', { name: 'Entities' });
const kremlin = (page: Page) => entities(page).getByRole('button', { name: /^Kremlin/ });
/** The photo caption that names the Kremlin, the first of its two mentions. */
const caption = (page: Page) => page.getByRole('article').getByRole('figure').filter({ hasText: 'at the Kremlin' }).first();

test.describe('on a 390px phone, where the text is far above the Entities panel', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('choosing an entity says where its mentions are marked, a link leads there, and Back returns to the panel', async ({ page }) => {
    await openReader(page);
    await kremlin(page).scrollIntoViewIfNeeded();
    await kremlin(page).click();
    await expect(kremlin(page)).toHaveAttribute('aria-pressed', 'true');
    const where = entities(page).getByText(/^Marked in the text:/);
    await expect(where).toBeInViewport();
    await expect(where).toHaveText('Marked in the text: figure 1 caption, figure 2 caption');

    await where.getByRole('link', { name: 'figure 1 caption' }).click();
    await expect(caption(page)).toBeInViewport();
    await expect(kremlin(page)).not.toBeInViewport();
    await page.goBack();
    await expect(kremlin(page)).toBeInViewport();
    await expect(kremlin(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('from the keyboard: Enter chooses the entity, Tab reaches its first place, Enter follows it', async ({ page }) => {
    await openReader(page);
    await kremlin(page).focus();
    await page.keyboard.press('Enter');
    await expect(kremlin(page)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Tab');
    const first = entities(page).getByRole('link', { name: 'figure 1 caption' });
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(caption(page)).toBeInViewport();

    // Choosing it again stops the highlight, and the list of places goes with it.
    await page.goBack();
    await kremlin(page).focus();
    await page.keyboard.press('Enter');
    await expect(kremlin(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(entities(page).getByRole('link')).toHaveCount(0);
  });
});

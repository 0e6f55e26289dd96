import { expect, test } from '@playwright/test';
import { attribution, openReader } from './reader';

test("Back closes a quote's attribution and gives focus back to the quote, as Escape does", async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' });
  await quote.focus();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toBeVisible();
  // The URL names the chosen quote once the page is idle: Back then takes it out.
  await expect(page).toHaveURL(/[?&]quote=/);

  await page.goBack();
  await expect(attribution(page)).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]quote=/);
  await expect(quote).toBeFocused();
});

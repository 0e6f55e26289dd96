import { expect, test } from '@playwright/test';
import { ANALYSIS_TIMEOUT, BRIDGE, openDialog } from './opening';
import { openReader } from './reader';

test('the Open article dialog opens from the keyboard and closes back to its button, its code fetched before it is asked for', async ({ page }) => {
  const fetched: Array<string> = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openReader(page);
  const button = page.getByRole('button', { name: 'Open article', exact: true });
  await button.focus();
  await expect.poll(() => fetched.some((path) => /OpenArticleDialog-.*\.js$/.test(path)), { message: 'the dialog code loads ahead' }).toBe(true);

  // How soon it shows is a figure of `npm run bench`; here, that one press opens it.
  await page.keyboard.press('Enter');
  await expect(openDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(openDialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(openDialog(page).getByRole('textbox', { name: 'Article text' })).toBeFocused();
});

test('while the analysis runs, the dialog says what it is doing and shows its progress', async ({ page }) => {
  await openReader(page);
  // A slow connection: the engine's worker takes a second to arrive.
  await page.route(/analysis\.worker-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Open article', exact: true }).press('Enter');
  const dialog = openDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(BRIDGE.text);
  await dialog.getByRole('button', { name: 'Analyze' }).press('Enter');

  const bar = dialog.getByRole('progressbar', { name: 'Analysis progress' });
  await expect(bar).toBeVisible();
  // Drawn as the app's rounded bar, not the browser's own grey one (read with retries: React may swap the bar's element
  // as the stages go by, and a detached element has no computed style).
  await expect(bar).toHaveCSS('appearance', 'none');
  await expect.poll(() => bar.evaluate((element) => parseFloat(getComputedStyle(element).borderRadius) || 0)).toBeGreaterThan(4);
  await expect(dialog.getByRole('status')).toContainText(/Starting the analysis|Cleaning|Finding/);
  await expect(dialog.getByRole('button', { name: 'Analyze' })).toBeDisabled();
  await expect(dialog).toBeHidden({ timeout: ANALYSIS_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
});

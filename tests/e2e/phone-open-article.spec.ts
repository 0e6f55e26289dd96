import { expect, test, type Locator } from '@playwright/test';
import { RAW_TEXT, showOpenDialog } from './opening';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Whether `upper` ends above the top of `lower` on the screen, so that `lower` covers none of it. */
async function expectAbove(upper: Locator, lower: Locator) {
  const [a, b] = await Promise.all([upper.boundingBox(), lower.boundingBox()]);
  expect(a && b && a.y + a.height <= b.y + 1).toBe(true);
}

test('on a phone, Analyze and Cancel stay in sight at the foot of Open article, with a long text pasted', async ({ page }) => {
  await page.goto('/');
  const dialog = await showOpenDialog(page);
  await expect(dialog.getByRole('button', { name: 'Analyze' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });

  await dialog.getByRole('textbox', { name: 'Article text' }).fill(RAW_TEXT);
  await expect(dialog.getByRole('button', { name: 'Analyze' })).toBeInViewport({ ratio: 1 });
});

test('on a phone, the problem Analyze finds shows above the dialog’s buttons, not under them', async ({ page }) => {
  await page.goto('/');
  const dialog = await showOpenDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill('x');
  const analyze = dialog.getByRole('button', { name: 'Analyze' });
  await analyze.click();

  const problem = dialog.getByRole('alert');
  await expect(problem).toHaveText('The text has no words in it to analyze.');
  await expect(problem).toBeInViewport({ ratio: 1 });
  await expect(analyze).toBeInViewport({ ratio: 1 });
  await expectAbove(problem, analyze);
});

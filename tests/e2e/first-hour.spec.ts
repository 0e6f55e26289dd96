import { expect, test } from '@playwright/test';
import { attribution, openReader } from './reader';

/* What a reader new to the app met in a first session (5 December 2026) and should not meet again. */

for (const [device, viewport] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${device}, Correct this attribution opened at the attribution's foot shows its choices`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openReader(page);
    await page.getByRole('button', { name: 'Next uncertain quote' }).click();
    const dialog = attribution(page);
    await expect(dialog).toContainText("Tokayev's firm stance");
    await dialog.getByText('Correct this attribution', { exact: true }).click();
    await expect(dialog.getByRole('combobox', { name: 'Change speaker' })).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Not a quote' })).toBeInViewport({ ratio: 1 });
  });
}

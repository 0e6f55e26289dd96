import { expect, test, type Page } from '@playwright/test';
import { attribution, openReader } from './reader';

/*
 * What a reader new to the app met in a first session (5 December 2026) and should not meet again: a disclosure that
 * opened out of sight, and quotes stepped to that stopped on the screen's last line.
 */

const TOKAYEV = 'kassym-jomart-tokayev';

/** The part of the viewport's height below the selected quote's last line, from 0 (on the bottom edge) to 1. */
const roomBelowSelected = (page: Page) =>
  page.evaluate(() => {
    const lines = document.querySelector('article [aria-pressed="true"]')?.getClientRects();
    const last = lines?.[lines.length - 1];
    return last ? (innerHeight - last.bottom) / innerHeight : -1;
  });

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

test('beside the text, a quote stepped to with j or Next quote stops mid-screen, not on its last line with its sentence cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page, `?person=${TOKAYEV}`);
  // The fifth and last is near the page's end, where the page can scroll no further.
  for (let step = 1; step <= 4; step++) {
    if (step % 2) await page.keyboard.press('j');
    else await page.getByRole('button', { name: 'Next quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Quote ${step} of 5` })).toBeVisible();
    await expect(page.getByRole('article').getByRole('button', { pressed: true }).first()).toBeInViewport({ ratio: 1 });
    await expect.poll(() => roomBelowSelected(page), `room below quote ${step}`).toBeGreaterThan(0.25);
  }
});

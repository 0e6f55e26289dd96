import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { attribution, openReader } from './reader';

/** Collects the Content-Security-Policy violations the page reports. */
async function watchViolations(page: import('@playwright/test').Page): Promise<() => Promise<Array<string>>> {
  await page.addInitScript(() => {
    const seen: Array<string> = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: Array<string> }).__cspViolations);
}

test('the built app carries a Content-Security-Policy of its own origin only, with no inline script', async ({ page }) => {
  await openReader(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('reading, filtering and analyzing an article in the worker all work under the policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await openReader(page);
  await page
    .getByRole('article')
    .getByRole('button', { name: /both countries are ready/ })
    .click();
  await expect(attribution(page)).toContainText('Kassym-Jomart Tokayev');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Open article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8'));
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(page).toHaveURL(/article=/);
  await expect(page.getByRole('article').getByRole('button', { name: /unprecedented terrorist attack/ })).toBeVisible();
  expect(await violations()).toEqual([]);
});

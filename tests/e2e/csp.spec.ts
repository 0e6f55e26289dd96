import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ANALYSIS_TIMEOUT } from './opening';
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
  await expect(page).toHaveURL(/article=/, { timeout: ANALYSIS_TIMEOUT });
  await expect(page.getByRole('article').getByRole('button', { name: /unprecedented terrorist attack/ })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an HTML page with style sheets, style attributes, event handlers and linked files opens with no policy error and no request elsewhere', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const errors: Array<string> = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await openReader(page);
  await page.getByRole('button', { name: 'Open article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  const html = `<!doctype html>
<html><head><title>Daily Harbour</title>
<style>body { font-family: serif } p { color: red }</style>
<link rel="stylesheet" href="https://cdn.example.com/site.css"><link rel="preload" as="font" href="https://cdn.example.com/font.woff2">
</head>
<body style="margin: 0" onload="init()">
  <article>
    <h1 style="color: navy">Gdansk harbour reopens after the storm</h1>
    <p style="font-weight: bold">The port of Gdansk reopened on Friday after three days of closure.</p>
    <svg><style>rect { fill: red }</style><rect width="4" height="4" style="stroke: blue"/></svg>
    <p>"Ships are moving again," harbour master Jan Nowak said.</p>
    <img src="https://cdn.example.com/photo.jpg" style="width: 100%" onerror="this.remove()">
  </article>
</body></html>`;
  await dialog.getByLabel('Or choose a file').setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(/^Gdansk harbour reopens after the storm\n\nThe port of Gdansk/);
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gdansk harbour reopens after the storm');
  await expect(page.getByRole('article').getByRole('button', { name: /Ships are moving again/ })).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(errors.filter((text) => /Content Security Policy|inline style/i.test(text))).toEqual([]);
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});

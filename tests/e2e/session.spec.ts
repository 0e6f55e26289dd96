import { expect, test } from '@playwright/test';
import { attribution, filterGroup, openReader } from './reader';

// A normal session has the app's service worker: it too must log nothing and fetch from no other host.
test.use({ serviceWorkers: 'allow' });

test('a normal reading session logs no errors and talks to no other host', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const problems: Array<string> = [];
  const elsewhere: Array<string> = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url);
  });

  await openReader(page);
  const article = page.getByRole('article');
  await article.getByRole('button', { name: 'act of terrorist aggression' }).first().click();
  await expect(attribution(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await filterGroup(page).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true }).check();
  await article.getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await attribution(page).getByRole('button', { name: /Close/ }).click();
  await filterGroup(page).getByRole('button', { name: 'Show everyone' }).click();
  await page
    .getByRole('region', { name: 'Entities' })
    .getByRole('button', { name: /^Kazakhstan\b/ })
    .click();
  await page.getByRole('region', { name: 'Timeline' }).getByRole('link').first().click();
  await page.goBack();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(problems).toEqual([]);
  expect(elsewhere).toEqual([]);
});

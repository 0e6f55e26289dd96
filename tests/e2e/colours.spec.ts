import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSpeaker, showCorrections } from './opening';
import { attribution, openReader } from './reader';

const quoteButton = (page: Page, words: string) => page.getByRole('article').getByRole('button', { name: words });
const colourOf = (button: Locator) => button.evaluate((element) => getComputedStyle(element).getPropertyValue('--speaker').trim());

test("giving a quote to a new person leaves every other speaker's colour as it was, by the keyboard too", async ({ page }) => {
  await openReader(page);
  const putin = quoteButton(page, 'act of terrorist aggression').first();
  const tokayev = quoteButton(page, 'both countries are ready');
  const before = { putin: await colourOf(putin), tokayev: await colourOf(tokayev) };
  expect(before.putin).not.toBe(before.tokayev);

  const talks = quoteButton(page, 'The talks also focused');
  await talks.focus();
  await page.keyboard.press('Enter');
  const dialog = attribution(page);
  await expectSpeaker(dialog, 'Vladimir Putin');
  await showCorrections(dialog);
  const change = dialog.getByRole('combobox', { name: 'Change speaker' });
  await change.selectOption({ label: 'New person…' });
  await change.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dmitry Peskov');
  await page.keyboard.press('Enter');
  await expectSpeaker(dialog, 'Dmitry Peskov');

  expect(await colourOf(tokayev)).toBe(before.tokayev);
  expect(await colourOf(putin)).toBe(before.putin);
  const peskov = await colourOf(talks);
  expect([before.putin, before.tokayev]).not.toContain(peskov);
});

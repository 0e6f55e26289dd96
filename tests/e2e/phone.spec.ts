import { expect, test } from '@playwright/test';
import { loadGold } from './gold';
import { attribution, filterGroup, openReader, headlineTipPlace } from './reader';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone the article reads without sideways scrolling, and the filter follows the text', async ({ page }) => {
  await openReader(page);
  const width = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(width.document, 'no horizontal scroll').toBeLessThanOrEqual(390);
  expect(width.body).toBeLessThanOrEqual(390);

  const article = page.getByRole('article');
  const text = article.getByRole('paragraph').filter({ hasText: loadGold().paragraphs[0]?.text.slice(0, 40) ?? '' });
  await expect(text).toBeInViewport();
  const textBox = await text.boundingBox();
  expect(textBox?.width ?? 0, 'paragraphs use the width of the screen').toBeGreaterThan(300);
  expect(textBox?.width ?? 0).toBeLessThanOrEqual(390);
  const fontSize = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize, 'body text is at least 16px').toBeGreaterThanOrEqual(16);

  const filter = filterGroup(page);
  const articleBox = await article.boundingBox();
  const filterBox = await filter.boundingBox();
  if (!articleBox || !filterBox) throw new Error('the article or the filter has no box');
  expect(filterBox.y, 'the filter comes below the text').toBeGreaterThanOrEqual(articleBox.y + articleBox.height);

  const tokayev = filter.getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true });
  await tokayev.scrollIntoViewIfNeeded();
  await expect(tokayev).toBeInViewport();
  await tokayev.tap();
  await expect(tokayev).toBeChecked();
  await expect(page).toHaveURL(/person=kassym-jomart-tokayev/);
});

test('on a phone a tapped quote stays visible above its attribution', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: 'both countries are ready to deepen political' });
  await quote.tap();
  const dialog = attribution(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Kassym-Jomart Tokayev');
  await expect(async () => {
    const quoteBox = await quote.boundingBox();
    const dialogBox = await dialog.boundingBox();
    if (!quoteBox || !dialogBox) throw new Error('the quote or the attribution has no box');
    expect(quoteBox.y).toBeGreaterThanOrEqual(0);
    expect(quoteBox.y, 'the quote starts above the attribution sheet').toBeLessThan(dialogBox.y);
  }).toPass({ timeout: 3000 });
});

test('on a phone a tapped quote is not covered by its "Said by" tip', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: 'both countries are ready to deepen political' });
  await quote.tap();
  await expect(attribution(page)).toBeVisible();
  await expect(quote.locator('.quote-tip'), 'a tap is no hover: the tip stays hidden').toBeHidden();
});

test("on a phone the headline quote's 'Said by' tip, shown on keyboard focus, stands as a body quote's does: under the quote's last line, against the column's edge, over no word of the headline", async ({
  page,
}) => {
  await openReader(page);
  const place = await headlineTipPlace(page);
  expect(place.tip.top, 'the tip starts below the quote').toBeGreaterThanOrEqual(place.quoteEnd - 0.5);
  expect(place.tip.top - place.quoteEnd, 'right below it, not under the byline').toBeLessThan(8);
  expect(Math.abs(place.tip.left - place.column), "the tip starts at the column's edge").toBeLessThan(1);
  expect(place.covered.filter((words) => place.headline.includes(words))).toEqual([]);
});

test('on a phone the reading bar says a filter’s count once, and its three step buttons stand in one row, the third saying Next uncertain', async ({
  page,
}) => {
  await openReader(page, '?person=kassym-jomart-tokayev');
  const bar = page.getByRole('status').filter({ hasText: 'Showing 5 quotes by Kassym-Jomart Tokayev' });
  await expect(bar).toBeVisible();
  expect((await bar.innerText()).match(/5 quotes/g), 'the count is said once').toHaveLength(1);
  const steps = ['Previous quote', 'Next quote', 'Next uncertain quote'].map((name) => page.getByRole('button', { name, exact: true }));
  await expect(page.getByRole('button', { name: 'Next uncertain quote' })).toHaveText('Next uncertain');
  const boxes = await Promise.all(steps.map((step) => step.boundingBox()));
  const tops = boxes.map((box) => box?.y ?? Number.NaN);
  expect(new Set(tops).size, 'one row').toBe(1);
  expect((boxes[2]?.x ?? 0) + (boxes[2]?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('on a phone Show everyone keeps to one line beside a note that wraps', async ({ page }) => {
  await openReader(page, '?person=kassym-jomart-tokayev&quote=gone');
  const bar = page.getByRole('status').filter({ hasText: 'The linked quote is no longer in this article.' });
  const showEveryone = bar.getByRole('button', { name: 'Show everyone' });
  await expect(showEveryone).toBeVisible();
  const lineHeight = await showEveryone.evaluate((button) => parseFloat(getComputedStyle(button).lineHeight));
  const box = await showEveryone.boundingBox();
  expect(box?.height ?? Infinity, 'one line of words').toBeLessThan(2 * lineHeight);
});

test('on a phone with text at 200 %, nothing is wider than the screen: the bars, the filter and the panels wrap', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expect(filterGroup(page)).toBeAttached();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'no horizontal scroll' }).toBeLessThanOrEqual(390);
  await expect(page.getByRole('button', { name: 'Next quote' })).toBeInViewport();
});

test('on a phone with the browser’s text at 200 %, the reading bar and the filter summary scroll away with the text', async ({ page }) => {
  // The browser's own text size, as a reader sets it (what rem and a media query's em follow), not a page style.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await openReader(page, '?person=kassym-jomart-tokayev');
  const summary = page.getByRole('status').filter({ hasText: 'Showing 5 quotes by Kassym-Jomart Tokayev' });
  await expect(summary).toBeInViewport();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'no horizontal scroll' }).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: 'Next quote' }).tap();
  const quote = page.getByRole('article').getByRole('button', { pressed: true }).first();
  await expect(attribution(page)).toBeVisible();
  await expect(quote).toBeInViewport();
  await expect(summary, 'the summary is not kept over the text').not.toBeInViewport();
  await page.getByRole('article').getByRole('paragraph').last().scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Next quote' })).not.toBeInViewport();
});

test('on a phone with text at its usual size, the reading bar stays in sight as the text scrolls', async ({ page }) => {
  await openReader(page);
  await page.getByRole('article').getByRole('paragraph').last().scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Next quote' })).toBeInViewport();
});

test('on a phone, Next quote brings each quote whole into sight, between the reading bar and the attribution sheet', async ({ page }) => {
  await openReader(page);
  const next = page.getByRole('button', { name: 'Next quote' });
  const status = page.getByRole('status').filter({ hasText: /^Quote \d+ of \d+/ });
  const total = 11;
  for (let n = 1; n <= total; n++) {
    await next.tap();
    await expect(status).toHaveText(`Quote ${n} of ${total}`);
    await expect(attribution(page)).toBeVisible();
    // Every line of the chosen quote is the topmost thing at its own place: neither the bar nor the sheet lies over it.
    const uncovered = () =>
      page.evaluate(() => {
        const chosen = document.querySelector('[aria-pressed="true"]');
        if (!chosen) return 'no quote is chosen';
        const covered = [...chosen.getClientRects()].filter((line) => !chosen.contains(document.elementFromPoint(line.left + 3, line.top + line.height / 2)));
        return covered.length === 0 ? 'whole' : `${covered.length} line(s) of “${chosen.textContent?.slice(0, 30)}” covered`;
      });
    await expect.poll(uncovered, `quote ${n}`).toBe('whole');
  }
});

test('on a phone, a PDF chosen in Open article is refused with a message in sight, not below the fold', async ({ page }) => {
  await openReader(page);
  await page.getByRole('button', { name: 'Open article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  await dialog.getByLabel(/Or choose a file/).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 text') });
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText('report.pdf is a PDF, which the reader cannot read. Copy the article’s text from it and paste it here.');
  await expect(alert).toBeInViewport();
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
});

test('on a phone, no "Said by" tip stands under the attribution sheet: not the headline’s after Enter, nor any quote’s stepped to with j', async ({ page }) => {
  await openReader(page);
  /** Where the pressed quote's tips (one per part of a split quote) stand against the sheet: hidden, clear of it, or how far under it. */
  const tipAgainstSheet = () =>
    page.evaluate(() => {
      const tips = [...document.querySelectorAll('[aria-pressed="true"] > .quote-tip')];
      const sheet = document.querySelector('[role="dialog"][aria-label="Quote attribution"]');
      if (tips.length === 0 || !sheet) return 'no pressed quote or no sheet';
      const shown = tips.map((tip) => tip.getBoundingClientRect()).filter((box) => box.height > 0);
      if (shown.length === 0) return 'hidden';
      const under = Math.max(...shown.map((box) => box.bottom)) - sheet.getBoundingClientRect().top;
      return under > 0 ? `${Math.round(under)} px under the sheet` : 'clear';
    });
  const headlineQuote = page.getByRole('heading', { level: 1 }).getByRole('button');
  // From the headline, where Skip to the article leaves the keyboard (on a phone the key's last stop is its fold).
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Tab');
  await expect(headlineQuote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toBeVisible();
  await headlineQuote.focus();
  await expect.poll(tipAgainstSheet, 'the headline quote').toMatch(/^(hidden|clear)$/);

  const status = page.getByRole('status').filter({ hasText: /^Quote \d+ of \d+/ });
  for (let n = 2; n <= 11; n++) {
    await page.keyboard.press('j');
    await expect(status).toHaveText(`Quote ${n} of 11`);
    await expect(page.getByRole('article').getByRole('button', { pressed: true }).first()).toBeFocused();
    await expect.poll(tipAgainstSheet, `quote ${n}`).toMatch(/^(hidden|clear)$/);
  }
});

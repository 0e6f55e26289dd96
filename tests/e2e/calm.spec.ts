import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE_ROUTE, loadGold } from './gold';
import { showCorrections } from './opening';
import { attribution, openReader, headlineTipPlace } from './reader';

const showAllMarks = (page: Page) => page.getByRole('switch', { name: 'Show all marks' });
const quote = (page: Page, words: string | RegExp) => page.getByRole('article').getByRole('button', { name: words });

/** The box of every paragraph and the headline within the article (the page may scroll), to tell whether any text moved. */
function textBoxes(page: Page) {
  return page.getByRole('article').evaluate((article) => {
    const origin = article.getBoundingClientRect();
    return [...article.querySelectorAll('h1, p')].map((block) => {
      const { x, y, width, height } = block.getBoundingClientRect();
      return { text: block.textContent?.slice(0, 30), x: x - origin.x, y: y - origin.y, width, height };
    });
  });
}

/** How a quote's underline is drawn: its style, and whether its colour is see-through (faint). */
function underline(button: Locator) {
  return button.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.textDecorationStyle, line: style.textDecorationLine, faint: /rgba|color\(srgb [\d. ]+\/ 0?\.\d+\)/.test(style.textDecorationColor) };
  });
}

test('selecting a quote moves no text: every paragraph keeps its box', async ({ page }) => {
  await openReader(page);
  const before = await textBoxes(page);
  // The role-noun quote marks its cue in its own paragraph and "Putin" a paragraph earlier.
  await quote(page, "Tokayev's firm stance").click();
  await expect(attribution(page)).toBeVisible();
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  expect(await textBoxes(page)).toEqual(before);

  await page.keyboard.press('Escape');
  await quote(page, 'both countries are ready to deepen political').focus();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toContainText('Kassym-Jomart Tokayev');
  expect(await textBoxes(page), 'nor by the keyboard').toEqual(before);
});

/** The pixels just outside a quote's first and last lines, where its opening and closing marks are drawn. */
async function besideQuote(page: Page, button: Locator): Promise<Buffer[]> {
  const lines = await button.evaluate((el) => [...el.getClientRects()].map(({ left, right, top, height }) => ({ left, right, top, height })));
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new Error('the quote has no box');
  return Promise.all([
    page.screenshot({ clip: { x: first.left - 10, y: first.top, width: 10, height: first.height } }),
    page.screenshot({ clip: { x: last.right, y: last.top, width: 10, height: last.height } }),
  ]);
}

test('a selected quote covers none of its quote marks: a straight " still reads as " and not as \'', async ({ page }) => {
  await openReader(page);
  // The bundled article writes this quote's marks as straight double quotes, just outside the quote's button.
  const actOfTerror = quote(page, /^an act of terrorist aggression/);
  const before = await besideQuote(page, actOfTerror);
  await actOfTerror.click();
  await expect(actOfTerror).toHaveAttribute('aria-pressed', 'true');
  expect(await besideQuote(page, actOfTerror)).toEqual(before);
});

/** Where the article's first paragraph is on the screen, in CSS pixels from the top of the viewport. */
const textTop = (page: Page) =>
  page
    .getByRole('article')
    .locator('p')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top);

test('turning a filter on and off at the top of the page moves no text on the screen, nor the checkbox just clicked', async ({ page }) => {
  await openReader(page);
  const before = await textTop(page);
  const checkbox = page.getByRole('group', { name: 'Filter by person' }).getByRole('checkbox', { name: /Vladimir Putin/ });
  const checkboxBefore = await checkbox.boundingBox();
  await checkbox.check();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 6 quotes by Vladimir Putin' })).toBeVisible();
  await expect.poll(() => textTop(page), 'the summary row does not push the text down').toBe(before);
  // Beside the side column the summary's row is there before the filter too, so the page has no reason to scroll.
  expect(await checkbox.boundingBox(), 'the checkbox stays under the pointer').toEqual(checkboxBefore);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.getByRole('status').getByRole('button', { name: 'Show everyone' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Showing \d+ quotes? by/ })).toHaveCount(0);
  await expect.poll(() => textTop(page), 'nor does its going pull the text up').toBe(before);
});

test('on a phone, "Only this person" in the sheet moves no text on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page);
  await page
    .getByRole('heading', { level: 1 })
    .getByRole('button', { name: /act of terrorist aggression/ })
    .click();
  const only = attribution(page).getByRole('button', { name: 'Only this person' });
  await expect(only).toBeVisible();
  const before = await textTop(page);
  await only.click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 6 quotes by Vladimir Putin' })).toBeVisible();
  await expect.poll(() => textTop(page)).toBe(before);
});

test('the reader is calm at first: no names after quotes, who said it on hover and focus, mentions plain', async ({ page }) => {
  await openReader(page);
  const article = page.getByRole('article');
  const headline = page.getByRole('heading', { level: 1 });
  expect(await headline.innerText()).toBe("Putin calls Kazakhstan's January unrest 'act of terrorist aggression'");
  expect(await article.innerText()).not.toContain('PUTIN');

  const praise = quote(page, 'the joint efforts of the CSTO');
  await expect(praise).toHaveAccessibleName(/^the joint efforts of the CSTO .* to normalize the situation, said by Vladimir Putin$/);
  const shownLabels = article.getByText(/said by/).filter({ visible: true });
  await expect(shownLabels).toHaveCount(0);
  const before = await textBoxes(page);

  await praise.hover();
  await expect(shownLabels).toHaveText(['said by Vladimir Putin']);
  await expect(praise.getByText('said by Vladimir Putin', { exact: true })).toBeVisible();
  expect(await textBoxes(page), 'the label over a hovered quote moves no text').toEqual(before);
  await page.mouse.move(0, 0);
  await expect(shownLabels).toHaveCount(0);

  await page.keyboard.press('Tab');
  const split = quote(page, 'Putin and the CSTO for repelling');
  await split.focus();
  await expect(split.getByText('said by Kassym-Jomart Tokayev', { exact: true })).toBeVisible();
  expect(await textBoxes(page), 'nor over a focused one').toEqual(before);

  const mention = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: 'Putin met with' })
    .getByText('Kazakh President Kassym-Jomart Tokayev', { exact: true });
  expect(await mention.evaluate((el) => getComputedStyle(el).borderBottomWidth), 'a mention is not underlined').toBe('0px');
});

test('Show all marks writes each speaker after their quote and underlines mentions, and is remembered', async ({ page }) => {
  await openReader(page);
  const mention = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: 'Putin met with' })
    .getByText('Kazakh President Kassym-Jomart Tokayev', { exact: true });
  await expect(showAllMarks(page)).not.toBeChecked();
  await showAllMarks(page).click();
  await expect(showAllMarks(page)).toBeChecked();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('PUTIN');
  expect(await mention.evaluate((el) => [getComputedStyle(el).borderBottomStyle, getComputedStyle(el).borderBottomWidth])).toEqual(['dotted', '2px']);
  // The names written out do not change what a screen reader hears.
  await expect(quote(page, 'the joint efforts of the CSTO')).toHaveAccessibleName(/to normalize the situation, said by Vladimir Putin$/);

  await page.reload();
  await expect(showAllMarks(page)).toBeChecked();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('PUTIN');
  await showAllMarks(page).click();
  await expect(showAllMarks(page)).not.toBeChecked();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toContain('PUTIN');
});

test('a quote looks solid when its cue names the speaker, dashed when inferred, faint when uncertain, plain grey when unknown', async ({ page }) => {
  const article = loadGold();
  const p8 = article.paragraphs.find((p) => p.id === 'p8');
  const [uncertain, unknown] = p8?.quotes ?? [];
  if (!uncertain || !unknown) throw new Error('the gold has no two quotes in p8');
  uncertain.confidence = 0.4;
  // The inferred look is of an attribution the engine is sure of, whatever the latest calibration states for it.
  for (const quote of article.paragraphs.flatMap((p) => p.quotes)) if (quote.text.startsWith("Tokayev's firm stance")) quote.confidence = 0.89;
  Object.assign(unknown, { speakerId: null, cue: null, speakerRef: null, antecedent: null, resolution: 'unattributed', confidence: 0 });
  await page.route(ARTICLE_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(article) }));
  await openReader(page);

  const named = quote(page, 'the joint efforts of the CSTO');
  const inferred = quote(page, "Tokayev's firm stance");
  const probably = quote(page, 'both countries are ready to deepen political');
  const nobody = quote(page, 'a number of documents were signed');
  await expect(named).toHaveAccessibleName(/, said by Vladimir Putin$/);
  await expect(inferred).toHaveAccessibleName(/, said by Vladimir Putin$/);
  await expect(probably).toHaveAccessibleName(/, probably said by Kassym-Jomart Tokayev$/);
  await expect(nobody).toHaveAccessibleName(/, speaker unknown$/);

  expect(await underline(named)).toEqual({ style: 'solid', line: 'underline', faint: false });
  expect(await underline(inferred)).toEqual({ style: 'dashed', line: 'underline', faint: false });
  expect(await underline(probably)).toEqual({ style: 'dashed', line: 'underline', faint: true });
  expect((await underline(nobody)).style).toBe('dotted');

  await probably.click();
  await expect(attribution(page)).toContainText('Uncertain inferred from a pronoun, which the text only weakly supports');
  await nobody.click();
  await expect(attribution(page)).toContainText('Speaker unknown');
  await inferred.click();
  await expect(attribution(page)).toContainText('Inferred from a role noun');
  await named.click();
  await expect(attribution(page)).toContainText('Named in the text');
});

test('a split quote says who said it on each part, and its lone quote marks are no stop of their own', async ({ page }) => {
  await openReader(page);
  const parts = page.getByRole('article').getByRole('button', { name: /said by Kassym-Jomart Tokayev$/ });
  const names = await parts.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  expect(names).toContain('Putin and the CSTO for repelling an (part 1 of 2), said by Kassym-Jomart Tokayev');
  expect(names).toContain('in Kazakhstan (part 2 of 2), said by Kassym-Jomart Tokayev');
  const everyName = await page
    .getByRole('article')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  for (const name of everyName) expect(name, 'every quote button holds words and who said them').toMatch(/\w.*, (said by|probably said by|speaker unknown)/);
});

test('a corrected quote is marked in the text and says so to a screen reader', async ({ page }) => {
  await openReader(page);
  const praise = quote(page, 'both countries are ready to deepen political');
  await praise.click();
  const dialog = attribution(page);
  await showCorrections(dialog);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expect(dialog).toContainText('Corrected by you');
  await expect(praise).toHaveAccessibleName(/, said by Vladimir Putin, corrected by you$/);
  await expect(praise.getByTitle('Corrected by you')).toBeVisible();
});

test('the sign of a corrected direct quote stands above the closing quote mark after it, not on it', async ({ page }) => {
  await openReader(page);
  const talks = quote(page, /^The talks also focused/);
  await talks.click();
  const dialog = attribution(page);
  await showCorrections(dialog);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Kassym-Jomart Tokayev' });
  const sign = page.getByRole('article').getByTitle('Corrected by you');
  await expect(sign).toBeVisible();
  const boxes = await sign.evaluate((element) => {
    // The first character of the text after the quote (its last part, which carries the sign).
    const button = element.closest('[role="button"]');
    const walker = document.createTreeWalker(button?.closest('p') ?? document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = button ?? element;
    let after = walker.nextNode();
    while (after && button?.contains(after)) after = walker.nextNode();
    if (!after) return null;
    const mark = document.createRange();
    mark.setStart(after, 0);
    mark.setEnd(after, 1);
    const [a, b] = [element.getBoundingClientRect(), mark.getBoundingClientRect()];
    return { char: after.textContent?.[0], sign: { bottom: a.bottom, height: a.height }, mark: { top: b.top, height: b.height } };
  });
  expect(boxes?.char, 'the quote is followed by its closing mark').toBe('"');
  const { sign: signBox, mark } = boxes!;
  // Each box is the font's: the sign's ink ends above its box's bottom (its descent), and a quote mark's starts below
  // its box's top (at about the capitals' height). Before, the sign's ink came down over the mark's top half.
  expect(signBox.bottom - signBox.height * 0.2, 'the sign ends above the closing mark').toBeLessThanOrEqual(mark.top + mark.height * 0.2);
});

test('after the attribution, Tab goes on to the next quote, and Shift+Tab back to the chosen one', async ({ page }) => {
  await openReader(page);
  const chosen = quote(page, "Tokayev's firm stance");
  await chosen.focus();
  await page.keyboard.press('Enter');
  const dialog = attribution(page);
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Shift+Tab');
  await expect(chosen).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(chosen).toHaveAttribute('aria-pressed', 'false');
  // The button shows unpressed a frame before the attribution closes; an Enter within that frame only takes the close
  // back, leaving focus where it is.
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  // The quote shows pressed a frame before its attribution opens and takes focus: Tab is for after that.
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press('Tab');
    if (!(await dialog.evaluate((el) => el.contains(document.activeElement)))) break;
  }
  await expect(quote(page, 'the joint efforts of the CSTO'), 'the quote after the chosen one').toBeFocused();
  await expect(dialog, 'the attribution stays open').toBeVisible();
});

test('on a desktop the attribution heads the side column and stays in view, covering none of the panels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await openReader(page);
  const chosen = quote(page, 'support for Russia');
  await chosen.click();
  const dialog = attribution(page);
  await expect(dialog).toBeInViewport();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await expect(dialog, 'sticky while the article scrolls').toBeInViewport({ ratio: 1 });
  const box = await dialog.boundingBox();
  const filter = await page.getByRole('group', { name: 'Filter by person' }).boundingBox();
  const articleBox = await page.getByRole('article').boundingBox();
  if (!box || !filter || !articleBox) throw new Error('no box');
  expect(box.x, 'beside the article').toBeGreaterThan(articleBox.x + articleBox.width);
  expect(filter.y, 'the panels come below it, not under it').toBeGreaterThanOrEqual(box.y + box.height);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the attribution is a sheet down to the bottom edge with a Close button; Escape returns to the quote', async ({ page }) => {
    await openReader(page);
    const chosen = quote(page, 'both countries are ready to deepen political');
    await chosen.tap();
    const dialog = attribution(page);
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    if (!box) throw new Error('the attribution has no box');
    expect(Math.abs(box.y + box.height - 844), 'the sheet reaches the bottom edge').toBeLessThanOrEqual(1);
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    await expect(dialog.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: /Esc/ })).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(chosen).toBeFocused();
  });

  test("'Only this person' closes the sheet, so the filtered article shows, with focus back on the quote", async ({ page }) => {
    await openReader(page);
    const chosen = quote(page, 'both countries are ready to deepen political');
    await chosen.tap();
    await attribution(page).getByRole('button', { name: 'Only this person' }).tap();
    await expect(attribution(page)).toBeHidden();
    await expect(chosen).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ quotes by / })).toBeInViewport();
  });
});

/*
 * Where the 'Said by' tip stands on a desktop, by hover and by keyboard focus, on one loaded page: each step shows its
 * own tip afresh (the pointer first leaves the last one), and only the last step chooses a quote.
 */
test("the 'Said by' tip on a desktop: inside the column, under the quote where its last line starts, and none once the quote is clicked", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await openReader(page);
  await test.step("hovering any quote shows its whole 'Said by' tip inside the text column", async () => {
    const article = page.getByRole('article');
    const column = await article.boundingBox();
    if (!column) throw new Error('no article box');
    const quotes = article.getByRole('button');
    const count = await quotes.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const button = quotes.nth(i);
      await button.scrollIntoViewIfNeeded();
      await button.hover();
      const tip = button.locator('.quote-tip');
      await expect(tip).toBeVisible();
      const box = await tip.boundingBox();
      const now = await article.boundingBox();
      if (!box || !now) throw new Error('no tip box');
      expect(box.x + box.width, `the tip of quote ${i + 1} ends inside the column`).toBeLessThanOrEqual(now.x + now.width + 0.5);
      expect(box.x, `the tip of quote ${i + 1} starts inside the column`).toBeGreaterThanOrEqual(now.x - 0.5);
    }
    expect(column.width).toBeGreaterThan(0);
  });

  await test.step("the headline quote's 'Said by' tip, shown on keyboard focus, stands as a body quote's does: under the quote, where it starts, over no word of the headline", async () => {
    await page.mouse.move(0, 0);
    const place = await headlineTipPlace(page);
    expect(place.tip.top, 'the tip starts below the quote').toBeGreaterThanOrEqual(place.quoteEnd - 0.5);
    expect(place.tip.top - place.quoteEnd, 'right below it, not under the byline').toBeLessThan(8);
    expect(Math.abs(place.tip.left - place.quoteStart), 'the tip starts where the quote starts').toBeLessThan(1);
    expect(place.covered.filter((words) => place.headline.includes(words))).toEqual([]);
  });

  await test.step("the 'Said by' tip of a quote of several lines starts under its last line's start, beside its last words, not far right where its first line starts", async () => {
    await page.mouse.move(0, 0);
    const button = page.getByRole('article').getByRole('button', { name: /^Tokayev's firm stance/ });
    await button.scrollIntoViewIfNeeded();
    await button.hover();
    const tip = button.locator('.quote-tip');
    await expect(tip).toBeVisible();
    const lines = await button.evaluate((element) => [...element.getClientRects()].map((r) => ({ left: r.left, bottom: r.bottom })));
    const last = lines.at(-1);
    const tipBox = await tip.boundingBox();
    if (!tipBox || !last || lines.length < 2) throw new Error('the quote is not on several lines, or has no tip');
    expect(Math.abs(tipBox.x - last.left)).toBeLessThanOrEqual(1);
    expect(tipBox.y).toBeGreaterThanOrEqual(last.bottom - 0.5);
  });

  await test.step("the 'Said by' tip of a focused quote covers none of the quote's lines nor the line above it", async () => {
    await page.mouse.move(0, 0);
    const button = page.getByRole('article').getByRole('button', { name: /^both countries are ready/ });
    // From the keyboard: the tip shows on focus.
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    const tip = button.locator('.quote-tip');
    await expect(tip).toBeVisible();
    const tipBox = await tip.boundingBox();
    const lines = await button.evaluate((element) => [...element.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })));
    if (!tipBox) throw new Error('no tip box');
    const lastBottom = Math.max(...lines.map((l) => l.bottom));
    expect(tipBox.y, 'the tip starts below the quote, so the line above and the quote stay readable').toBeGreaterThanOrEqual(lastBottom - 0.5);
  });

  await test.step("a clicked quote shows no 'Said by' tip over the next line: its attribution names the speaker", async () => {
    await page.mouse.move(0, 0);
    const button = page.getByRole('article').getByRole('button', { name: /^Tokayev's firm stance/ });
    await button.scrollIntoViewIfNeeded();
    await button.hover();
    await expect(button.locator('.quote-tip')).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(button.locator('.quote-tip')).toBeHidden();
    await expect(attribution(page)).toContainText('Kassym-Jomart Tokayev');
  });
});

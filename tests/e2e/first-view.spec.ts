import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_ROUTE } from './gold';
import { attribution, expectSpeaker } from './reader';

test('the first view comes alive without waiting for the article file: a quote opens its attribution while that request is held up', async ({ page }) => {
  // The request is answered only once the quote has answered the reader; then the file, unchanged, is served.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ARTICLE_ROUTE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');

  await page
    .getByRole('article')
    .getByRole('button', { name: /both countries are ready/ })
    .click();
  await expectSpeaker(attribution(page), 'Kassym-Jomart Tokayev');

  release();
  // The served file is the one the view was built from, so the article stays as it is, the quote still chosen.
  await page.waitForResponse(/\/articles\/.+\.json$/);
  await expect(attribution(page)).toBeVisible();
  await expect(page.getByRole('article').getByRole('button', { name: /both countries are ready/ })).toHaveAttribute('aria-pressed', 'true');
});

test('from the keyboard too: Enter on a focused quote opens it before the article file has come', async ({ page }) => {
  await page.route(ARTICLE_ROUTE, () => {
    // Never answered in this test.
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');

  const quote = page.getByRole('article').getByRole('button').first();
  await quote.focus();
  await expect(quote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toBeVisible();
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
});

/**
 * Holds the page's own code (the app's chunk; React's comes, but nothing runs it) until `release`, as a slow phone would
 * be still parsing it while the first view shows. The page is opened without waiting for its load event, which waits
 * on that code.
 */
async function openWithCodeHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('article').getByRole('button').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'on');
  return release;
}

const readingStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Quote \d+ of \d+/ });

test('j and k pressed while the first view has no code yet are answered once it has, each in turn', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  for (const key of ['j', 'j', 'j', 'k']) await page.keyboard.press(key);
  await expect(page.getByRole('article').getByRole('button', { pressed: true })).toHaveCount(0);

  release();
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
  const second = page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ });
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toBeFocused();
  await expect(attribution(page)).toContainText('Vladimir Putin');
  // Each key was answered once: the next one steps on from there.
  await page.keyboard.press('j');
  await expect(readingStatus(page)).toHaveText('Quote 3 of 11');
});

test('Enter on a focused quote and then j, before the code has come, open that quote and then step to the next', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  const headlineQuote = page.getByRole('heading', { level: 1 }).getByRole('button');
  await headlineQuote.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('j');

  release();
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
  await expect(headlineQuote).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ })).toBeFocused();
});

test('Enter alone, before the code has come, opens the focused quote once it has', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  const headlineQuote = page.getByRole('heading', { level: 1 }).getByRole('button');
  await headlineQuote.focus();
  await page.keyboard.press('Enter');

  release();
  await expect(attribution(page)).toBeVisible();
  await expect(headlineQuote).toHaveAttribute('aria-pressed', 'true');
  await expect(readingStatus(page)).toHaveText('Quote 1 of 11');
});

test('a quote clicked while React is taking the first view over is answered once: it opens, and stays open', async ({ page }) => {
  // The click comes in the task that called hydrateRoot, right after it: React listens on the page by then, while the
  // page's own first-view script has not heard that React has it (its attribute says so only once the app's effect runs).
  await page.addInitScript(() => {
    const later = window.setTimeout.bind(window);
    let clicked = false;
    const hydrating = () => {
      const root = document.getElementById('root');
      return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
    };
    window.setTimeout = ((handler: () => void, ...rest: Array<number>) =>
      later(
        () => {
          handler();
          if (clicked || !hydrating()) return;
          clicked = true;
          document.documentElement.dataset.clickedWhile = document.documentElement.dataset.firstView;
          document.getElementById('quote-q2')?.click();
        },
        ...rest,
      )) as typeof window.setTimeout;
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');
  await expect(page.locator('html')).toHaveAttribute('data-clicked-while', /.+/);
  const quote = page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ });
  await expect(attribution(page)).toBeVisible();
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
  // Long enough for a replay of the click, a frame apart, to have closed it again.
  await page.waitForTimeout(500);
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
  await expect(attribution(page)).toBeVisible();
});

test('j pressed once React has the article but before the reading bar, which it takes over later, listens is answered, not lost', async ({ page }) => {
  // React's scheduler does its work through setImmediate where the page has one. Given one, the test holds that work
  // from the moment React has the article (the page then leaves the first view's states) until the page is told to go
  // on: what React takes over later, the reading bar with its keys, waits for it. So that the scheduler yields then,
  // rather than going on in the same task, the clock it reads steps on by more than its slice (5 ms) at that moment.
  await page.addInitScript(() => {
    // The page's element is not there yet when this runs.
    const state = () => document.documentElement?.dataset.firstView;
    const hasArticle = () => state() === 'replaying' || state() === 'live';
    const now = performance.now.bind(performance);
    performance.now = () => now() + (hasArticle() ? 50 : 0);
    const channel = new MessageChannel();
    const due: Array<() => void> = [];
    const held: Array<() => void> = [];
    let released = false;
    const run = (callback: () => void) => {
      due.push(callback);
      channel.port2.postMessage(null);
    };
    channel.port1.onmessage = () => due.shift()?.();
    const hold = (callback: () => void) => (!released && hasArticle() ? held.push(callback) : run(callback));
    addEventListener('go-on', () => {
      released = true;
      held.splice(0).forEach(run);
    });
    Object.assign(window, { setImmediate: hold });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', /^(replaying|live)$/);
  const next = page.getByRole('button', { name: 'Next quote' });
  expect(await next.evaluate((button) => Object.keys(button).some((key) => key.startsWith('__reactFiber$'))), 'the reading bar is still the first view’s').toBe(
    false,
  );

  await page.keyboard.press('j');
  await page.evaluate(() => dispatchEvent(new Event('go-on')));
  await expect(readingStatus(page)).toHaveText('Quote 1 of 11');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');
  await page.keyboard.press('j');
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
});

/**
 * Opens `path` with the reading bar's own code (its chunk) held until `release`, as on a slow network: React has the
 * text, but not yet the bar's buttons and keys.
 */
async function openWithBarHeld(page: Page, path = '/'): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ReadingControls-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'replaying');
  return release;
}

test('Next quote clicked twice before the reading bar’s code has come is answered once it has: the second quote is open', async ({ page }) => {
  const release = await openWithBarHeld(page);
  const next = page.getByRole('button', { name: 'Next quote' });
  await next.click();
  await next.click();
  // Nothing happened yet, and nothing was lost: the clicks wait for the bar's code.
  await expect(page.getByRole('article').getByRole('button', { pressed: true })).toHaveCount(0);

  release();
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
  await expect(page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(attribution(page)).toContainText('Vladimir Putin');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');
  // The button clicked keeps focus, and the next click steps on from there, once.
  await expect(next).toBeFocused();
  await next.click();
  await expect(readingStatus(page)).toHaveText('Quote 3 of 11');
});

test('Next uncertain quote clicked before the reading bar’s code has come opens the first uncertain quote once it has', async ({ page }) => {
  const release = await openWithBarHeld(page);
  await page.getByRole('button', { name: 'Next uncertain quote' }).click();

  release();
  await expect(attribution(page)).toBeVisible();
  await expect(page.getByRole('article').getByRole('button', { pressed: true })).toHaveAccessibleName(/probably said by|speaker unknown/);
});

test('j pressed on an article the page’s code rendered, before its reading bar has come, is answered once it has', async ({ page }) => {
  // With a query the page has no built-in first view: React renders the article itself, and the bar comes with its code.
  const release = await openWithBarHeld(page, '/?person=nobody');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next quote' })).toHaveCount(0);
  await page.keyboard.press('j');

  release();
  await expect(readingStatus(page)).toHaveText('Quote 1 of 11');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');
});

import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * Every axe violation on the page (or inside `include`, a CSS selector), one line each, so that a failure says what to
 * fix. Axe runs in the page itself, in its one frame, as axe.run with no options but these.
 */
export async function violationsOf(page: Page, include?: string): Promise<Array<string>> {
  // axe's 1.3 MB source goes into each document once: @axe-core/playwright sent and evaluated it twice per scan (about
  // 0.2 s of CPU and 0.7 s of a loaded two-core machine's time each), and the tests scan one page up to three times.
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!injected) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    // Only violations are processed in full: passing and inapplicable checks keep one node each (axe's resultTypes, its
    // documented speed-up for large pages). What axe checks and every violation it reports are the same.
    async (selector) => (await (window as unknown as { axe: typeof axe }).axe.run(selector ?? document, { resultTypes: ['violations'] })).violations,
    include,
  );
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The serious and critical axe violations of {@link violationsOf}. */
export async function seriousViolations(page: Page, include?: string): Promise<Array<string>> {
  return (await violationsOf(page, include)).filter((line) => line.startsWith('serious ') || line.startsWith('critical '));
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Every axe violation on the page (or inside `include`, a CSS selector), one line each, so that a failure says what to
 * fix. Axe runs in the page itself ("legacy mode"): the default opens a second page per scan to merge frames' results,
 * which the reader (one frame) does not need, and which made each scan about 40 % slower.
 */
export async function violationsOf(page: Page, include?: string): Promise<Array<string>> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The serious and critical axe violations of {@link violationsOf}. */
export async function seriousViolations(page: Page, include?: string): Promise<Array<string>> {
  return (await violationsOf(page, include)).filter((line) => line.startsWith('serious ') || line.startsWith('critical '));
}

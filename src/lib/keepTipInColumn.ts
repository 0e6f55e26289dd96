/**
 * Moves a quote's hover tip left, by whole CSS pixels, so that it ends inside the article's column: a tip that
 * starts where a quote starts near the column's right edge would otherwise stand past it, where the paragraph's
 * paint containment (`content-visibility`) cuts it off. The shift is the `--tip-shift` custom property, which
 * only the desktop layout of `.quote-tip` uses. Does nothing while the tip is hidden.
 */
export function keepTipInColumn(quote: HTMLElement): void {
  const tip = quote.querySelector<HTMLElement>('.quote-tip');
  const column = quote.closest('article');
  if (!tip || !column) return;
  tip.style.removeProperty('--tip-shift');
  const past = tip.getBoundingClientRect().right - column.getBoundingClientRect().right;
  if (past > 0) tip.style.setProperty('--tip-shift', `${-Math.ceil(past)}px`);
}

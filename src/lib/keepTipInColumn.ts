/**
 * Places a quote's hover tip, by whole CSS pixels, under the start of the quote's last line: under a quote of several
 * lines, beside its last words rather than where its first line starts, far to the right of them. It moves further left
 * where it would end past the article's column, whose paint containment (the paragraph's `content-visibility`) would
 * cut it off. The shift is the `--tip-shift` custom property, which only the desktop layout of `.quote-tip` uses. Does
 * nothing while the tip is hidden.
 */
export function keepTipInColumn(quote: HTMLElement): void {
  const tip = quote.querySelector<HTMLElement>('.quote-tip');
  const column = quote.closest('article');
  if (!tip || !column) return;
  tip.style.removeProperty('--tip-shift');
  const box = tip.getBoundingClientRect();
  const lines = quote.getClientRects();
  // Rounded inwards both ways: never left of the line's start, never past the column's right edge.
  const shift = Math.min(Math.ceil((lines[lines.length - 1]?.left ?? box.left) - box.left), Math.floor(column.getBoundingClientRect().right - box.right));
  // A hidden tip has no box (all zeros) to place.
  if (box.width) tip.style.setProperty('--tip-shift', `${shift}px`);
}

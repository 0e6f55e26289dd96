// Accents and case are folded by hand rather than by String.prototype.localeCompare or Intl.Collator: the first
// comparison a page makes loads ICU's collation data, which the profile of the reader's first load under a 4× CPU
// throttle put at some 150 ms in one task, the Entities panel's sort, before the page could answer a click.
// Decomposed to base letters plus combining marks (U+0300–U+036F), the marks dropped: "Émile" sorts with "Emile".
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const folded = (name: string) => name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();

/**
 * Orders two names alphabetically for a reader: case and accents folded, then (for names that fold alike) by their
 * UTF-16 code units, so that the order is total and the same on every machine. Returns a negative number, 0 or a
 * positive number, as `Array.prototype.sort` takes.
 */
export function compareNames(a: string, b: string): number {
  return compareCodeUnits(folded(a), folded(b)) || compareCodeUnits(a, b);
}

/**
 * Orders two machine strings (ISO dates and timestamps, ids, type names) by their UTF-16 code units, which for ISO
 * 8601 is the order of time. Returns a negative number, 0 or a positive number, as `Array.prototype.sort` takes.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

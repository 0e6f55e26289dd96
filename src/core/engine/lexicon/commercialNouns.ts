/**
 * Nouns that describe a business ("the company insists", "the firm said"): AP style uses them for companies only, so
 * they never stand for a court, a ministry or a party (`publicBodyHeads.ts`). Lower case, as written in a cue.
 */
export const COMMERCIAL_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'startup',
  'chipmaker',
  'automaker',
  'lender',
  'insurer',
  'retailer',
  'manufacturer',
  'carrier',
  'airline',
]);

/**
 * Lower-case nouns for things made and sold, which heads an appositive that says what a capitalised name names:
 * "Transpa Art, a product from a company called Worbla" (Wikinews, Anime North photo report, 2018). A person is seldom
 * set off so. Singular, as an appositive after "a" or "the" writes them.
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'product',
  'brand',
  'material',
  'fabric',
  'drug',
  'medicine',
  'app',
  'software',
  'device',
  'gadget',
  'toy',
  'game',
  'beverage',
  'drink',
]);

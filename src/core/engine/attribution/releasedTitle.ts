/**
 * The forms of a document noun a text uses by turns for one document, singular and plural: "The warnings called for …"
 * after "The orange warning issued by Met Éireann …" (wikinews-hurricane-lorenzo-hits-azores-2019-10-02). `head` is lower
 * case; the forms come back lower case, `head` first.
 */
export function numberForms(head: string): Array<string> {
  if (head.endsWith('ies')) return [head, `${head.slice(0, -3)}y`];
  if (/(?:ss|sh|ch|x)$/.test(head)) return [head, `${head}es`];
  if (head.endsWith('s')) return [head, head.slice(0, -1)];
  return [head, /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`];
}

/** A noun written with a capital, as a title ends: "report" as "Report". */
const titled = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/**
 * Where a sentence says its subject put out a document it names by title or as new, and so is the document's issuer:
 * "Earlier this week the World Bank released the 2012 World Development Report on Gender Equality and Development. The
 * report noted …" (wikinews-finnish-female-politicians-highlighted-world-bank-gender-report-2013-09-28), "The West
 * Virginia Robotics Alliance … released new data for the 2023-24 Robotics Season … According to the data, …"
 * (usgov-nasa-competitive-robotics-wv-all-time-high-2024-02-26). A title is capitalised words (or a year) before the
 * document noun, itself capitalised; "the" before a lower-case noun refers back to a document named before, which this
 * does not read. Only "issued" and "released", as `earlierDocument.ts` reads an indefinite document: a journal that
 * "published" a report prints others' words. `words` is the sentence; `nouns` the document noun's forms, lower case.
 *
 * @returns the offset in `words` (UTF-16) of the verb, or -1 when the sentence puts out no document so named.
 */
export function releasedTitleAt(words: string, nouns: ReadonlyArray<string>): number {
  if (!words.includes('issued') && !words.includes('released')) return -1;
  const title = `(?:${nouns.map(titled).join('|')})`;
  const plain = `(?:${nouns.join('|')})`;
  const shape = new RegExp(
    `\\b(?:issued|released)\\s+(?:(?:the\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.-]*\\s+){1,6}${title}|(?:(?:the|its|their)\\s+)?(?:new|latest|fresh)\\s+(?:[\\p{Ll}-]+\\s+)?${plain})\\b`,
    'u',
  );
  return shape.exec(words)?.index ?? -1;
}

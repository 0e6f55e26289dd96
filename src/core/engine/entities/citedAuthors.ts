import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import type { EntityRegistry } from './registry';

/** Where a block names an author: [start, end) in UTF-16 code units. */
interface Span {
  block: number;
  start: number;
  end: number;
}

/** A capitalised word of a name: "Austen", "McColl-Kennedy", "O’Brien". */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;

/** A given name and up to two more given names or initials: "Jane", "Thomas Babington", "Alice B.". */
const GIVEN = String.raw`${WORD}(?:\s(?:${WORD}|\p{Lu}\.)){0,2}`;

/**
 * One author of a reading list or a reference, surname first: "Austen, Jane. Pride and Prejudice", "Marx, Karl and
 * Engels, Friedrich.", "Popejoy, Alice B., and Stephanie M. Fullerton.", "Campbell, Joseph. (1949)". The name ends at a
 * full stop, at "and" before the next author, or at the year.
 */
const AUTHOR = new RegExp(String.raw`(${WORD}),\s(${GIVEN})(?:\.(?=\s|$)|(?=,?\s+and\s+\p{Lu})|(?=\s\(\d{4}\)))`, 'uy');

/** " and ", ", and ": what joins the first author to the next one written surname first ("Marx, Karl and Engels, Friedrich"). */
const AND = /,?\s+and\s+/y;

/** Words that open a line addressed to someone ("Thanks, Jane. I …"), no author's surname. */
const INTERJECTIONS = new Set([
  'Thanks',
  'Thank',
  'Well',
  'Okay',
  'OK',
  'Sorry',
  'Yes',
  'No',
  'Hi',
  'Hello',
  'Dear',
  'Oh',
  'Look',
  'Listen',
  'Right',
  'Sure',
  'Now',
  'So',
  'Please',
  'Welcome',
  'Congratulations',
  'Cheers',
  'Goodbye',
  'Bye',
]);

/**
 * Whether a word may be a surname opening a reference: no word that never names anyone, no interjection, no sentence
 * adverb ("Yesterday, Joe Biden, the …"; "Reportedly, Trump …").
 */
const surnameShaped = (word: string) => !NOT_NAMES.has(word) && !INTERJECTIONS.has(word) && !/ly$/.test(word);

/**
 * Adds each author that a block opens with, written surname first as reading lists and references write them, as a
 * person named in the usual order ("Austen, Jane" → "Jane Austen"), when two blocks or more open so: the given name must
 * be a common first name, so that "Cambridge, Mass." or "Arizona, Florida, Illinois hold …" stay what they are. Returns the spans it named, for the
 * passes after it to leave alone (`texts` are every block's text; spans in UTF-16 code units).
 * Observed on real pages: a Wikinews interview's list of audiobooks ("London, Jack. White Fang"), the references of
 * digital.gov posts ("Bohns, Vanessa. 2017.").
 */
export function addCitedAuthors(registry: EntityRegistry, texts: ReadonlyArray<string>): Array<Span> {
  const found: Array<{ name: string } & Span> = [];
  texts.forEach((text, block) => {
    let at = 0;
    for (let author = 0; author < 2; author++) {
      AUTHOR.lastIndex = at;
      const m = AUTHOR.exec(text);
      const [surname = '', given = ''] = [m?.[1], m?.[2]];
      if (!m || !isFirstName(given.split(' ')[0] ?? '') || !surnameShaped(surname)) return;
      const end = at + surname.length + 2 + given.length;
      found.push({ name: `${given} ${surname}`, block, start: at, end });
      AND.lastIndex = end + (text.charAt(end) === '.' && !given.endsWith('.') ? 1 : 0);
      if (!AND.test(text)) return;
      at = AND.lastIndex;
    }
  });
  // One such line may be anything ("Thanks, Jane."); a list of them is a list of authors.
  if (new Set(found.map((f) => f.block)).size < 2) return [];
  for (const { name, block, start, end } of found) registry.add('person', name, block, start, end);
  return found;
}

import { isFirstName } from '../lexicon/firstNames';
import { classify } from './classify';
import { PLACES, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock, TrimmedRun } from './runs';

/** A lower-case envoy's role and "to" right before the place: "ambassador to ", "envoy to ", "consul general to ". */
const ENVOY_TO = /\b(?:ambassador|envoy|consul|consul general|emissary|representative|high commissioner)\s+to\s+$/;

/**
 * "In Israel, writing at South Jerusalem Gresghom Gorenberg notes how the speech has changed history:" … "On the speech,
 * Gorenberg writes:" (gv-middle-east-bloggers-react-obama-cairo-speech-2009-06-05): a run of capitalised words that is a
 * place's name, then two name-shaped words whose last the text also writes alone (AP style's surname on second reference,
 * `loneWords`) or whose first word a list holds as a first name, or after an envoy's role and "to", is the place and then a person. Not when the last two words are
 * themselves a place, a title or a name the lexicons classify, nor when the text writes the surname after another
 * capitalised word elsewhere (`before`: "Malawi Pres Banda's office" beside "Malawi President Joyce Banda"), where it may
 * be someone else's. Whether it added them.
 */
export function addPersonAfterPlace(
  registry: EntityRegistry,
  run: TrimmedRun,
  loneWords: ReadonlySet<string>,
  before: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const { block, text, group, words, start } = run;
  if (words.length < 3) return false;
  const person = words.slice(-2);
  const place = words.slice(0, -2);
  const [given = '', surname = ''] = person;
  // "Senator from New York Hillary Clinton" (fresh Wikinews, April 2020): a first name a list holds says so as well.
  // Not after a title ("President of the United States Donald Trump"), which the title readers split.
  const firstName = isFirstName(given) && !place.some((w) => TITLE_WORDS.has(w));
  // "met with the Japanese ambassador to China Anami Koreshige in Beijing" (wikinews-chinese-submarine-enters-japanese-
  // waters-2004-11-18): a person's role sent to the place says a person follows, whatever the name's order.
  const envoy = ENVOY_TO.test(text.slice(Math.max(0, start - 40), start));
  if (!(loneWords.has(surname) || firstName || envoy) || [...(before.get(surname) ?? [])].some((w) => w !== given)) return false;
  if (!personShaped(person) || person.some((w) => TITLE_WORDS.has(w) || PLACES.has(w))) return false;
  if (classify(place.join(' '), place) !== 'place' || classify(person.join(' '), person) !== null) return false;
  const personStart = text.lastIndexOf(given, group.end);
  const placeName = text.slice(start, personStart).trim();
  if (placeName.split(/\s+/).join(' ') !== place.join(' ')) return false;
  registry.add('place', placeName, block, start, start + placeName.length);
  registry.add('person', text.slice(personStart, group.end), block, personStart, group.end);
  return true;
}

/** Each word that ends a run of two or more capitalised words, with the words written right before it. */
export function wordsBeforeLastWords(runs: ReadonlyArray<RunInBlock>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const { group } of runs) {
    const [previous, last] = group.words.slice(-2);
    if (group.words.length < 2 || previous === undefined || last === undefined) continue;
    const set = found.get(last) ?? new Set<string>();
    set.add(previous);
    found.set(last, set);
  }
  return found;
}

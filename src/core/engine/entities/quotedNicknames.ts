import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { ROMANISED_GIVEN_SYLLABLE } from '../lexicon/romanisedSyllables';
import { PLACES, ROLE_WORDS, TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';

/**
 * A first name, perhaps middle initials, a nickname in quotation marks or parentheses, a surname and perhaps a suffix:
 * "Warren “Woody” Hoburg", "Charles “Pete” Conrad", "Charles “Chuck” McClain", "Margaret (Maggie) Persinger", "John “Danny” Olivas Jr.", "Bauke “Mike” de Vries", "Edwin E.
 * “Buzz” Aldrin".
 */
const NICKNAMED =
  /(?<![\p{L}.])(\p{Lu}\p{Ll}+)((?: \p{Lu}\p{Ll}+)?(?: \p{Lu}\.)*) [“"(](\p{Lu}[\p{L}'’-]*)[”")] ((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]u|[Dd]a|[Dd]el|[Dd]i|[Ll]e|[Ll]a) )?(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?: (?:Jr\.|Sr\.|II|III|IV))?(?![\p{L}-])/gu;

/**
 * Whether the words around a nickname name a person: a common first name before it, or (a given name the lists lack,
 * "Matiu “Matt” Ratana") a common first name as the nickname, the first word no title, place or organisation word; a
 * second given name ("Edward Lodewijk “Eddie” Van Halen") only after a common first name. The surname is no title,
 * place or organisation word ("Administrator (Bill) Nelson", "County (Mississippi) Career" name no one this way).
 */
function namesPerson(first: string, middle: string, nickname: string, surname: string): boolean {
  const notName = (word: string) => [TITLE_WORDS, NOT_NAMES, ORG_HEADS, PLACES].some((words) => words.has(word));
  // "Referee: Andrés Cunha (Uruguay) Samuel Umtiti 51'" (wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10):
  // a place in parentheses is the country of the name before it, which ends there; the next name is another's.
  if (notName(surname) || notName(first) || PLACES.has(nickname)) return false;
  if (isFirstName(first)) return true;
  // "Chung Yi “Sophie” Hou": a Chinese given name of two romanised syllables, then the English name its bearer goes by.
  const romanised = [first, middle.trim()].every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w) && ROMANISED_GIVEN_SYLLABLE.test(w.toLowerCase()));
  return isFirstName(nickname) && (!/^ \p{Lu}\p{Ll}/u.test(middle) || romanised) && !ROLE_WORDS.has(first.toLowerCase());
}

/**
 * AP style sets a nickname in quotation marks between a first name (and its initials) and a surname ("Charles
 * “Pete” Conrad"; some writers use parentheses), which cuts the name into three runs of capitalised words, so the surname alone said
 * nothing and a later "Conrad said" found no one. Adds each such person, named without the nickname, with one mention
 * over the whole written name ([start, end) in UTF-16 code units of the block's text), and returns the runs that do not
 * lie inside or across one. The first name must be a common one, and the surname no title, place or organisation word
 * ("Administrator (Bill) Nelson", "County (Mississippi) Career" name no one this way).
 */
export function addNicknamedPeople(registry: EntityRegistry, texts: ReadonlyArray<string>, runs: ReadonlyArray<RunInBlock>): Array<RunInBlock> {
  const covered: Array<{ block: number; start: number; end: number }> = [];
  texts.forEach((text, block) => {
    const pattern = new RegExp(NICKNAMED);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const [written, first = '', middle = '', nickname = '', surname = ''] = match;
      if (!namesPerson(first, middle, nickname, surname)) {
        // "Sergeant Matiu “Matt” Ratana": after a title the name starts at the next word; after a given name the lists
        // lack ("Chung Yi “Sophie” Hou") it would be cut.
        if (TITLE_WORDS.has(first) || ROLE_WORDS.has(first.toLowerCase())) pattern.lastIndex = match.index + first.length;
        continue;
      }
      const suffix = / (?:Jr\.|Sr\.|II|III|IV)$/.exec(written)?.[0] ?? '';
      const end = match.index + written.length;
      // "President William J. “Bill” Clinton visited Johnson" (nasa.gov, STS-60 at 30): the title before the name is its
      // bearer's role, and its run, which the nickname cut at "William J.", is no one of its own.
      const title = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1] ?? '';
      const role = TITLE_WORDS.has(title) ? title : null;
      const person = registry.add('person', `${first}${middle} ${surname}${suffix}`, block, match.index, end, role, role ? [title.toLowerCase()] : []);
      person.aliases.add(`${nickname} ${surname}${suffix}`);
      // "said Sophie", "Sophie: Part of my original contract …": the nickname alone calls the person as a surname would.
      if (!registry.surnames.has(nickname)) registry.setSurname(nickname, person);
      covered.push({ block, start: match.index, end });
    }
  });
  return runs.filter(({ block, group }) => !covered.some((c) => c.block === block && group.start < c.end && group.end > c.start));
}

import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PLACES, TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';

/**
 * A first name, perhaps middle initials, a nickname in quotation marks or parentheses, a surname and perhaps a suffix:
 * "Warren “Woody” Hoburg", "Charles “Pete” Conrad", "Margaret (Maggie) Persinger", "John “Danny” Olivas Jr.", "Edwin E.
 * “Buzz” Aldrin".
 */
const NICKNAMED =
  /(?<![\p{L}.])(\p{Lu}\p{Ll}+)((?: \p{Lu}\.)*) [“"(](\p{Lu}[\p{L}'’-]*)[”")] (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?: (?:Jr\.|Sr\.|II|III|IV))?(?![\p{L}-])/gu;

/**
 * AP style sets a nickname in quotation marks between a first name (and its initials) and a surname ("Charles
 * “Pete” Conrad"; some writers use parentheses), which cuts the name into three runs of capitalised words, so the surname alone said
 * nothing and a later "Conrad said" found no one. Adds each such person, named without the nickname, with one mention
 * over the whole written name ([start, end) in UTF-16 code units of the block's text), and returns the runs that do not
 * lie inside one. The first name must be a common one, and the surname no title, place or organisation word
 * ("Administrator (Bill) Nelson", "County (Mississippi) Career" name no one this way).
 */
export function addNicknamedPeople(registry: EntityRegistry, texts: ReadonlyArray<string>, runs: ReadonlyArray<RunInBlock>): Array<RunInBlock> {
  const covered: Array<{ block: number; start: number; end: number }> = [];
  texts.forEach((text, block) => {
    for (const match of text.matchAll(NICKNAMED)) {
      const [written, first = '', initials = '', , surname = ''] = match;
      const notSurname = [TITLE_WORDS, NOT_NAMES, ORG_HEADS, PLACES].some((words) => words.has(surname));
      if (!isFirstName(first) || notSurname) continue;
      const suffix = / (?:Jr\.|Sr\.|II|III|IV)$/.exec(written)?.[0] ?? '';
      const end = match.index + written.length;
      registry.add('person', `${first}${initials} ${surname}${suffix}`, block, match.index, end);
      covered.push({ block, start: match.index, end });
    }
  });
  return runs.filter(({ block, group }) => !covered.some((c) => c.block === block && group.start >= c.start && group.end <= c.end));
}

import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { classify } from './classify';
import { PLACES, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/** Words that qualify a title without being one on their own ("Vice President", "Deputy Secretary General"). */
const TITLE_QUALIFIERS = new Set(['Vice', 'Deputy', 'Acting', 'Executive', 'Assistant', 'Associate', 'Senior']);

/**
 * Where the title between an organisation and a name starts and ends in a run: the last title word with two or three
 * words after it that close the run, and the title words and qualifiers right before it. Null when there is none.
 */
function titleBeforeName(words: ReadonlyArray<string>): { first: number; last: number } | null {
  for (const nameLength of [2, 3]) {
    const last = words.length - nameLength - 1;
    if (last < 2 || !TITLE_WORDS.has(words[last] ?? '')) continue;
    let first = last;
    while (first > 1 && (TITLE_WORDS.has(words[first - 1] ?? '') || TITLE_QUALIFIERS.has(words[first - 1] ?? ''))) first--;
    return { first, last };
  }
  return null;
}

/**
 * "Progressive Teachers Union of Zimbabwe President Takavafira Zhou" (voa-zimbabwe-teachers-union-calls-off-strike-
 * 2009-09-21), "Zimbabwe Congress of Trade Unions Secretary General Wellington Chibhebhe" (voa-zimbabwe-police-say-
 * union-leaders-hurt-escape-2006-10-03): an organisation's full name, a title, then two or three name-shaped words
 * closing the run. AP style writes a formal title before the name, so the words after the title are a name even when
 * its given name is one no list knows; the title is not part of the name, and the organisation before the title is
 * the person's (docs/annotation-guide.md). Adds the organisation and the person, whose role is the organisation and
 * title as written; whether it did (offsets as the run's: UTF-16, half-open).
 */
export function addPersonAfterOrganizationTitle(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const title = titleBeforeName(words);
  if (!title) return false;
  const orgWords = words.slice(0, title.first);
  const person = words.slice(title.last + 1);
  const orgName = orgWords.join(' ');
  const personName = person.join(' ');
  // The words before the title must hold an organisation's head and read as one ("Teachers Union of Zimbabwe");
  // "Senate President", "Court Commissioner" name an office, which the titled-name rules read.
  if (orgWords.length < 2 || !orgWords.some((w) => ORG_HEADS.has(w)) || classify(orgName, orgWords) !== 'organization') return false;
  if (!personShaped(person) || person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || NON_PERSON_HEADS.has(w))) return false;
  // "Wellington Chibhebhe": a given name may be a place's too; a place closing the words makes them no one's name.
  if (PLACES.has(person.at(-1) ?? '') || classify(personName, person) !== null || person.every((w) => w === w.toUpperCase())) return false;
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName || text.slice(start, start + orgName.length) !== orgName) return false;
  const titleWords = words.slice(title.first, title.last + 1);
  const titleStart = text.indexOf(titleWords[0] ?? '', start + orgName.length);
  registry.add('organization', orgName, block, start, start + orgName.length);
  registry.add('person', personName, block, titleStart, group.end, text.slice(start, personStart).trim(), titleWords);
  return true;
}

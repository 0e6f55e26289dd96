import { isFirstName } from '../lexicon/firstNames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/**
 * "led by Board Member Jennifer Homendy" (wikinews-world-war-ii-plane-crashes-connecticut-2019-10-03), "Council Member
 * …", "Assembly Member …": a body's head word (`orgHeads.ts`) and "Member" written capitalised before a name is a
 * member's formal title, as AP style writes one, not the start of the body's name. "Member" is no title on its own
 * ("Member States"), so the name after it must open with a known first name and be two or three name-shaped words
 * closing the run; the words before the name are the person's role. Whether it added the person (offsets as the run's:
 * UTF-16, half-open).
 */
export function addPersonAfterMemberTitle(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  const member = words.indexOf('Member');
  if (member < 1 || !ORG_HEADS.has(words[member - 1] ?? '')) return false;
  const person = words.slice(member + 1);
  if (person.length < 2 || person.length > 3 || !isFirstName(person[0] ?? '') || !personShaped(person)) return false;
  if (person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || NON_PERSON_HEADS.has(w))) return false;
  const personName = person.join(' ');
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName) return false;
  registry.add('person', personName, block, start, group.end, text.slice(start, personStart).trim(), ['Member']);
  return true;
}

import { isFirstName } from '../lexicon/firstNames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { classify } from './classify';
import { ORG_NAME_HEADS, PLACE_HEADS, PLACES, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/** A word that opens a title's complement: "Commissioner for Human Rights", "Director of Public Prosecutions". */
const COMPLEMENT_OPENERS = new Set(['of', 'for']);

/** An acronym of capitals, which names the body a title is of ("Chairman PTA"), never a person's given name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A capitalised name of two words set off by a comma right after a run. */
const NAME_SET_OFF_AFTER = /^,\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u;

/** A word no person's name holds: an organisation's or a place's head, a title, a place. */
const unnamelike = (w: string): boolean => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || PLACES.has(w) || NON_PERSON_HEADS.has(w);

/**
 * Where the name closing a run starts after a title and its complement, or -1: two name-shaped words, widened to the
 * left over common given names ("Jaime Lucas Ortega Alamino", up to four words) while one complement word stays.
 * `complementFirst` is the index of the complement's first capitalised word, which the name never takes.
 */
function nameStart(words: ReadonlyArray<string>, complementFirst: number): number {
  let at = words.length - 2;
  while (at - 1 > complementFirst && words.length - at < 4 && isFirstName(words[at - 1] ?? '') && !unnamelike(words[at - 1] ?? '')) at--;
  return at > complementFirst ? at : -1;
}

/**
 * "UN High Commissioner for Human Rights Navi Pillay stated" (wikinews-military-advisers-libya-photojournalists-killed-
 * misrata-2011-04-20), "the Director of Public Prosecutions Mutembo Nchito" (gv-zambia-netizens-draft-constitution-2012-
 * 05-08), "Chairman PTA Mohammed Yaseen" (gv-pakistan-twitter-blocked-weekend-censorship-2012-05-20), "Archbishop of
 * Havana Jaime Lucas Ortega Alamino" (gv-cuba-bloggers-offended-archbishop-2012-05-02): AP style writes a formal title
 * capitalised before a name, with what it is of after it ("of"/"for" and capitalised words, or a body's acronym). The
 * words closing such a run are the name even when its given name is one no list knows, for a title's complement is
 * never closed by two name-shaped words that are no body's or place's. The words from the run's start to the name are
 * the person's role. Whether it added the person (offsets as the run's: UTF-16, half-open).
 */
export function addPersonAfterTitleComplement(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun): boolean {
  if (words.length < 4) return false;
  // "Director of Mid Wales Tourism Partnership, David Clay, called it" (wikinews-fire-bontddu-hall-kills-one-2020-06-06):
  // a name set off after the run is the title's holder, so the run ends in the body the title is of.
  if (NAME_SET_OFF_AFTER.test(text.slice(group.end, group.end + 40))) return false;
  // The last title word with a complement after it: "of"/"for" then a capitalised word, or an acronym.
  let title = -1;
  for (let i = words.length - 4; i >= 0 && title < 0; i--) {
    const next = words[i + 1] ?? '';
    if (TITLE_WORDS.has(words[i] ?? '') && (COMPLEMENT_OPENERS.has(next) ? /^\p{Lu}/u.test(words[i + 2] ?? '') : ACRONYM.test(next))) title = i;
  }
  if (title < 0) return false;
  const complementFirst = COMPLEMENT_OPENERS.has(words[title + 1] ?? '') ? title + 2 : title + 1;
  const at = nameStart(words, complementFirst);
  if (at < 0) return false;
  const person = words.slice(at);
  const personName = person.join(' ');
  if (!personShaped(person) || person.some(unnamelike) || person.some((w) => w === w.toUpperCase())) return false;
  // The complement's words between title and name hold no further title ("Secretary of State Hillary Clinton" is
  // one title; "Minister of Defence Chief of Staff" is two, and no name follows for certain).
  // "Vice President of Taxpayers for Common Sense": a complement joining words of its own names a body, whose last words
  // are its name's, not a person's.
  const complement = words.slice(complementFirst, at);
  if (complement.some((w, i) => TITLE_WORDS.has(w) || isFirstName(w) || (/^\p{Ll}/u.test(w) && !(i === 0 && w === 'the')))) return false;
  // "Justice for Sagar-Runi Facebook Page", "Director of Mid Wales Tourism Partnership": a word a body or a place is
  // known by, or a body's head closing the words, makes them a body's name.
  if (classify(personName, person) !== null || PLACE_HEADS.test(personName) || ORG_NAME_HEADS.test(personName)) return false;
  if (person.some((w) => classify(w, [w]) !== null)) return false;
  const personStart = group.end - personName.length;
  if (text.slice(personStart, group.end) !== personName) return false;
  registry.add('person', personName, block, start, group.end, text.slice(start, personStart).trim(), [words[title] ?? '']);
  return true;
}

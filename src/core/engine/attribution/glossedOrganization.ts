import type { EntityIndex } from '../entities/types';
import { NAME_GLOSS_NOUNS } from '../lexicon/nameGlossNouns';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** The words between an organisation's name and its verb when they only gloss the name ("news agency", "group"). */
const GLOSS = new RegExp(`^\\s+(?:${[...NAME_GLOSS_NOUNS].join('|')})$`);

/** One word written as a name, in any case ("al-Shabaab"), then such a gloss, closing the speaker words. */
const WORD_THEN_GLOSS = new RegExp(`(?:^|\\s)(\\p{L}[\\p{L}'’-]*\\p{L})(?:\\s+(?:${[...NAME_GLOSS_NOUNS].join('|')}))$`, 'u');

/**
 * The organisation whose name the speaker words end on before a noun that only says what kind of body it is: "The
 * Xinhua news agency reports …" (wikinews-at-least-fifteen-dead-stampede-mali-mosque-2010-02-26), "The al-Shabaab group
 * claimed …" (wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30): the body speaks under its name, as it does
 * when the noun comes first ("the news agency Xinhua"). The words run from `from` to `stop` in block `block` (UTF-16,
 * half-open); null when they end otherwise, or the name is no organisation's ("The Obama administration" is not Obama).
 */
export function glossedOrganizationBefore(reader: SubjectReader, index: EntityIndex, block: number, from: number, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const named = reader.mentions
    .between(block, from, stop)
    .find((m) => m.start >= from && m.entity.type === 'organization' && GLOSS.test(text.slice(m.end, stop)));
  const subject = named ? reader.subjectAt(block, named.start) : null;
  if (named) return subject?.entity === named.entity ? subject : null;
  return unlinkedGlossedName(reader, index, block, from, stop);
}

/**
 * "The al-Shabaab group claimed …" after "Al-Shabaab" (wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30): the
 * name pass left the spelling that opens in lower case unlinked, so the one word before the gloss, when no mention covers
 * it, is the organisation whose name or alias it is, letter case aside; null unless exactly one organisation is named so. Not one the word names the members of ("The
 * Yemen-based Houthi movement claimed …" after "the Houthis", wikinews-drone-attacks-saudi-oil-facilities-2019-09-15):
 * the gold names that movement apart from its members.
 */
function unlinkedGlossedName(reader: SubjectReader, index: EntityIndex, block: number, from: number, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const found = WORD_THEN_GLOSS.exec(text.slice(from, stop));
  const word = found?.[1]?.toLowerCase();
  if (!found || !word || !/\p{Lu}/u.test(found[1] ?? '')) return null;
  const bodies = index.entities.filter((e) => e.type === 'organization' && [e.name, ...e.aliases].some((n) => n.toLowerCase() === word));
  const start = from + found.index + found[0].indexOf(found[1] ?? '');
  const ref = { block, start, end: start + (found[1]?.length ?? 0) };
  if (reader.mentions.between(block, ref.start, ref.end).length > 0) return null;
  return bodies.length === 1 && bodies[0] ? { ref, entity: bodies[0], resolution: 'name', antecedent: null } : null;
}

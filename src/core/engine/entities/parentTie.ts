import type { FoundEntity } from './types';
import { OFFSPRING_NOUNS } from '../lexicon/offspringNouns';

/** A possessive, up to two words, then one of `OFFSPRING_NOUNS`: "their thirteen children", "his son", "'s daughter". */
const OWNED_OFFSPRING = new RegExp(`(?:^['’]s|\\b(?:his|her|their|whose))\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${[...OFFSPRING_NOUNS].join('|')})\\b`, 'iu');

/** How far (UTF-16 code units) after a mention its sentence is read for a child it owns. */
const SENTENCE_REACH = 400;

/** Nouns that name someone as a parent: "the father", "the mother". */
export const PARENT_NOUN = /^(?:father|mother|dad|mum|mom|parent)$/;

/**
 * Whether the text makes `person` a parent: after one of their mentions, in the same sentence and with no other person
 * named between but one joined by "and", a possessive that may be theirs owns a child ("sentenced David and Louise
 * Turpin to life in prison for torturing all but the youngest of their thirteen children", not the judge named before:
 * wikinews-california-court-sentences-turpin-parents-2019-04-20). A kin noun names a relation to someone, not a
 * description anyone fits, so "the father" may stand only for a person so tied (annotation guide: an unsure speaker is
 * left unattributed). `people` are every person of the article; `texts` the blocks the mentions' offsets (UTF-16 code
 * units) are in.
 */
export function namedAsParent(person: FoundEntity, people: ReadonlyArray<FoundEntity>, texts: ReadonlyArray<string>): boolean {
  return person.mentions.some((m) => {
    const text = texts[m.block] ?? '';
    // A sentence's reach is bounded so that text with no full stop costs no more than news prose.
    const after = text.slice(m.end, m.end + SENTENCE_REACH);
    const sentence = after.slice(0, after.search(/[.!?](?:\s|$)/) + 1 || after.length);
    const owned = OWNED_OFFSPRING.exec(sentence);
    if (!owned) return false;
    const upTo = m.end + owned.index;
    return people.every(
      (other) =>
        other === person ||
        other.mentions.every((o) => o.block !== m.block || o.start < m.end || o.start >= upTo || /^\s+and\s+$/.test(text.slice(m.end, o.start))),
    );
  });
}

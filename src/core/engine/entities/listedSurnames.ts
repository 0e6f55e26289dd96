import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PLACE_HEADS, TITLE_WORDS } from './lookups';
import { nameShapedWord } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';
import { writesAsCommonWord } from './shapeOnlyPersons';
import type { FoundEntity } from './types';
import { escapeRegExp } from '../escapeRegExp';

/** One capitalised word, then a list's comma, "and", "or" or "&" right before the run: "Navalny and ", "Mavrodi, ". */
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)(,\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)$/u;
/** A list's comma, "and", "or" or "&" after the run, then the next word: ", or Varlamov", " and Udaltsov". */
const WORD_AFTER = /^(,\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-])/u;
/** A list going on: its comma, "and", "or" or "&" and a capitalised word ("Blackstar, Bowie passed away" is no list). */
const LIST_GOES_ON = /^(?:,\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)\p{Lu}/u;
/** Whether a list's joiner is a word, which makes a list by itself, rather than a comma, which an appositive also takes. */
const joinedByWord = (joiner: string) => /\b(?:and|or)\b|&/.test(joiner);

/**
 * "to detain the oppositionists Navalny and Udaltsov" (gv-russia-putin-return-online-polemics-2012-05-07), "Bookings
 * (Germany) Erb, Rausch, Dowidat & Sauerbier" (wikinews-ghana-vs-germany-u17-world-cup-2007-08-23): a lone word nothing
 * else settled, listed next to a person the text calls by the surname alone, is a surname too (a list joins like with
 * like, and one written by surnames names people). The neighbour must be a person's one-word mention: a surname of a full
 * name found before, a person found under that one word, or a word `listed` already holds, so that the list goes on from
 * one known name. Whether the run of
 * a block is such a word; `texts` are every block's text.
 */
export function surnameListedWithPerson(
  registry: EntityRegistry,
  { block, group, text }: RunInBlock,
  texts: ReadonlyArray<string>,
  listed: ReadonlySet<FoundEntity>,
): boolean {
  const [word, more] = group.words;
  if (word === undefined || more !== undefined || block === 0) return false;
  if (!nameShapedWord(word) || /^\p{Lu}+$/u.test(word) || NOT_NAMES.has(word) || TITLE_WORDS.has(word)) return false;
  if (ORG_HEADS.has(word) || NON_PERSON_HEADS.has(word) || PLACE_HEADS.test(word)) return false;
  const calledBySurname = (start: number, written: string) => {
    const entity = registry.byMention.get(`${block}:${start}`);
    if (entity?.type !== 'person') return false;
    // "Cameron, Merkel, and Sarkozy" (gv-europe-crisis-anti-immigration-politics-2012-05-10), "replacing Valente, Donatelli,
    // and Addlery" (wikinews-usl-first-division-seattle-sounders-vs-vancouver-whitecaps-2008-05-24): a person the text
    // names by the one word alone ("Merkel", a surname the news calls a person by; "Addlery", a player's) is as plainly
    // called by the surname.
    return listed.has(entity) || entity.name === written || (entity.name.includes(' ') && entity.name.endsWith(` ${written}`));
  };
  // The list is looked for first: the checks after it read every block, and most lone words stand in no list.
  if (!listedBeside(text, group, calledBySurname)) return false;
  if (writesAsCommonWord([word], texts)) return false;
  // "the Hubble or James Webb space telescopes": a word the article writes after "the" names a thing, not a surname.
  const afterThe = new RegExp(`\\bthe\\s+${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'iu');
  return !texts.some((t) => afterThe.test(t));
}

/** Whether the run stands in a list right beside a person's one-word mention that `calledBySurname` accepts. */
function listedBeside(text: string, group: { start: number; end: number }, calledBySurname: (start: number, written: string) => boolean): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, group.start - 40), group.start));
  const runGoesOn = LIST_GOES_ON.test(text.slice(group.end, group.end + 12));
  if (before?.[1] && (joinedByWord(before[2] ?? '') || runGoesOn) && calledBySurname(group.start - before[0].length, before[1])) return true;
  const after = WORD_AFTER.exec(text.slice(group.end, group.end + 40));
  const neighbour = after?.[2];
  if (!after || neighbour === undefined) return false;
  const neighbourEnd = group.end + after[0].length;
  const neighbourGoesOn = LIST_GOES_ON.test(text.slice(neighbourEnd, neighbourEnd + 12));
  return (joinedByWord(after[1] ?? '') || neighbourGoesOn) && calledBySurname(neighbourEnd - neighbour.length, neighbour);
}

import { GROUP_SPEAKERS } from '../lexicon/groupSpeakers';
import type { Subject } from './types';

/**
 * Unnamed groups as subjects ("officials said", "Council officials said", "police say"): the quote has a
 * cue but no supported speaker, so it stays unattributed rather than borrowing someone else's name. Some of a
 * legislature or a party are a group too (`Many in Congress have denounced Manning as a traitor, stating the breach …`,
 * wikinews-obama-commutes-chelsea-manning-sentence-2017-01-18).
 */
export const UNNAMED_GROUP =
  /^(?:many|some|most)\s+in\s+(?:congress|parliament|the\s+(?:senate|house|party|government|administration))\b|^(?:the\s+|some\s+|many\s+)?(?:(?:local|senior|government|council|city|state|federal|military|security|police|health|company|party|hospital|u\.s\.|us|western|some|many|several|other|two|three)\s+)?(?:officials|police|authorities|researchers|scientists|analysts|experts|witnesses|residents|protesters|activists|critics|sources|investigators|prosecutors|doctors|officers|organi[sz]ers|observers|economists|lawyers|diplomats|campaigners|locals|villagers|students|parents|teachers|workers|employees|leaders|members|voters|fans|users|bloggers|netizens|spokespeople|rescuers|medics|media|commentators|authors|scholars|engineers|pilots|soldiers|troops|farmers|shopkeepers|owners|survivors|associates|allies|civilians|eyewitnesses)\b/i;

/** The unnamed group `rest`, the block from `at` of `block` on, opens with, as an unattributed subject; null for none. */
export function unnamedGroupAt(rest: string, block: number, at: number): Subject | null {
  const group = UNNAMED_GROUP.exec(rest);
  return group && { ref: { block, start: at, end: at + group[0].length }, entity: null, resolution: 'unattributed', antecedent: null };
}

/**
 * The unnamed group that ends speaker words `before` ("Council officials", "Harbour officials", "police"): the whole
 * group when its qualifier is known, else its last word when that alone is a group; null when the words end in none.
 */
export function groupEnding(before: string): string | null {
  const group = /(?:^|[\s,;:—–(])((?:[\p{L}.]+\s+)?[\p{L}]+)$/u.exec(before);
  const words = group?.[1] ?? '';
  const unnamed = UNNAMED_GROUP.exec(words);
  const tail = unnamed && unnamed[0].length === words.length ? words : (words.split(/\s+/).at(-1) ?? '');
  return tail && UNNAMED_GROUP.exec(tail)?.[0].length === tail.length ? tail : null;
}

/**
 * Unnamed sources inside a body, ending speaker words `before` ("sources in the civic organization", "sources close to
 * the talks", "insiders at the company", "A source within the central Interior Ministry"): the start of the group in `before`, whose words are the group's, not the
 * body's (AP style's anonymous sources); null when the words end in no such group. Not "people in …", which is as often
 * the object of a verb before it ("giving people in 15 states the opportunity", fresh NASA pages).
 */
export function sourcesInBody(before: string): number | null {
  const group =
    /(?:^|[\s,;:—–(])((?:sources|insiders|(?:an?|one|another)\s+(?:[\p{L}-]+\s+)?(?:source|insider))\s+(?:in|at|within|inside|close\s+to|familiar\s+with)\s+[^,;:"“”]{1,80})$/iu.exec(
      before,
    );
  return group?.[1] ? before.length - group[1].length : null;
}

/**
 * A plural group noun opening a clause, "from", then anything up to the verb that names no other clause: `researchers
 * from the University of Colorado at Boulder (CU Boulder) in Colorado and the College of Wooster in Ohio reported`
 * (wikinews-upside-down-rivers-break-antarctic-ice-shelves-2019-10-12), `scientists from China's Tsinghua University and
 * the Chinese Academy of Sciences reported` (wikinews-dinosaurs-flapped-wings-as-they-ran-2019-05-05). A list of bodies
 * set off by commas and closed by "and"/"or" is one "from" phrase too: `students from Springfield High School, Hancock
 * County (Mississippi) Career Technical Center, and Pascagoula High School agreed` (NASA, "Artemis Generation Students
 * Inspired During NASA STEM Event", 2024). So is a group "behind" what it made: `The scientists behind the present study
 * only noted various hypotheses …` (fresh Wikinews, sevengill sharks, February 2019), where "the present study" is no
 * speaker; a capitalised determiner opens the sentence. The group speaks, unnamed (AP style's anonymous sources), not the
 * last body or place its phrase names.
 */
const MEMBERS_FROM =
  /(?:^|[,;:—–(]\s+)((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Aa]\s+team\s+of|[Aa]\s+group\s+of)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}+s)\s+(?:from|behind)\s+[^,;:"“”]{1,160}(?:(?:,\s+\p{Lu}[^,;:"“”]{0,120}?){0,4},?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[^,;:"“”]{0,120})?)$/u;

/**
 * The start in `before` (speaker words ending right before a cue verb) of a plural group noun and the "from" phrase
 * after it (`MEMBERS_FROM`), when the noun is one for people who speak as a group (`groupSpeakers.ts`, `UNNAMED_GROUP`);
 * null otherwise. A start of 0 opens a clause only when `before` starts one, which the caller knows.
 */
export function membersFrom(before: string): number | null {
  const m = MEMBERS_FROM.exec(before);
  const noun = m?.[2] ?? '';
  if (!m?.[1] || !(GROUP_SPEAKERS.has(noun) || UNNAMED_GROUP.exec(noun)?.[0].length === noun.length)) return null;
  return before.length - m[1].length;
}

/**
 * Where an unnamed group that speaks starts in speaker words `before`: sources inside a body (`sourcesInBody`), or a
 * plural group from bodies and places (`membersFrom`), the latter at the words' start only when `opensClause` (the
 * words start their sentence); null when neither ends them.
 */
export function groupInBody(before: string, opensClause: boolean): number | null {
  const sources = sourcesInBody(before);
  if (sources !== null) return sources;
  const members = membersFrom(before);
  return members !== null && (members > 0 || opensClause) ? members : null;
}

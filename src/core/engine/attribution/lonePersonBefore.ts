import type { FoundEntity } from '../entities/types';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import type { Discourse } from './coreference';
import { titleWords } from './heldTitle';
import type { Referent } from './types';

/**
 * `…," said study co-author Karen Alley. The Wooster professor added, "…"` (wikinews-upside-down-rivers-break-antarctic-
 * ice-shelves-2019-10-12), `Mexico's Foreign Secretary Marcelo Ebrard said …. The foreign minister said …`
 * (wikinews-gunman-opens-fire-el-paso-walmart-2019-08-08): a definite title nobody in the article holds, right after a
 * sentence about one person and naming no other, describes that person anew, as news style does to avoid repeating a
 * name (AP Stylebook, "second reference"). `words` are the title's words in lower case, `head` its noun, `texts` the
 * blocks. Null when the sentence before names no one or several people.
 */
export function lonePersonBefore(discourse: Discourse, words: ReadonlyArray<string>, head: string, texts: ReadonlyArray<string>): Referent | null {
  const last = discourse.sentences.at(-1);
  const focus = last?.focus;
  // A person the text only describes ("An official from TfL stated") has no name a new title could stand for.
  if (!last || focus?.entity.type !== 'person' || /^(?:a|an|the|one)\s/i.test(focus.entity.name)) return null;
  if (otherKindOfRole(focus.entity, words, head) || otherOwnedTitle(focus.entity, words, texts)) return null;
  return last.people.every((p) => p.entity === focus.entity) ? focus : null;
}

const ROLE_KINDS = new Map(SOURCE_ROLES);

/** Lower-case title words written right before a name: "field co-ordinator " of "MSF field co-ordinator Alfred Davies". */
const LOWER_TITLE_BEFORE = /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u;

/** The words of lower-case words before a name that end in a role noun ("field co-ordinator"), hyphens dropped; none otherwise ("said"). */
function writtenTitle(words: string | undefined): Array<string> {
  const title = (words ?? '')
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/-/g, ''));
  const last = title.at(-1) ?? '';
  return ROLE_KINDS.has(last) || PERSON_ROLE_NOUNS.includes(last) ? title : [];
}

/**
 * Whether a title a body's possessive owns ("the organisation's general director") is another title than the one the
 * text gave `person`, by role words or written in lower case before one of their names (`texts`, the blocks): "MSF field
 * co-ordinator Alfred Davies said, … MSF have called for "a transparent account" with the organisation's general director
 * complaining …" (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24) names the body's head,
 * someone else than its field co-ordinator. A person given no title may still hold it.
 */
function otherOwnedTitle(person: FoundEntity, words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  const owner = words.findIndex((w) => /\p{L}['’]s?$/u.test(w));
  if (owner < 0) return false;
  const written = person.mentions.flatMap((m) => writtenTitle(LOWER_TITLE_BEFORE.exec((texts[m.block] ?? '').slice(Math.max(0, m.start - 60), m.start))?.[1]));
  const title = new Set([...titleWords(person), ...written].filter((w) => w !== ''));
  return title.size > 0 && !words.slice(owner + 1).some((w) => title.has(w));
}

/**
 * Whether the text gave `person` a role of another kind than the noun's `head` (`sourceRoles.ts`), or another office: "The
 * teacher said" after "Mayor John Smith visited the site" is someone else, for a mayor is an official and a teacher no
 * official; so is "the mayor" after a prime minister. The
 * foreign minister may still be "Foreign Secretary Marcelo Ebrard" (a word of the phrase is in the title) and the
 * Wooster professor "study co-author Karen Alley" (both experts' roles).
 */
function otherKindOfRole(person: FoundEntity, words: ReadonlyArray<string>, head: string): boolean {
  const title = titleWords(person);
  if (words.some((w) => w !== head && title.has(w))) return false;
  const kinds = [...title].flatMap((w) => (ROLE_KINDS.has(w) ? [ROLE_KINDS.get(w)] : []));
  // "The mayor said" after "Israeli Prime Minister Benjamin Netanyahu consulted …": an office is held by title, and one
  // official's office never describes another's anew, as an expert's descriptions may.
  const otherOffice = ROLE_KINDS.get(head) === 'official' && kinds.includes('official') && !title.has(head);
  return otherOffice || (kinds.length > 0 && !kinds.includes(ROLE_KINDS.get(head)));
}

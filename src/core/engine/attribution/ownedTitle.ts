import type { FoundEntity } from '../entities/types';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * After an owner's name: the rest of its name set off by a comma ("University of California, San Diego"), its
 * possessive, then up to six lower-case words describing someone of the owner ("chief information officer", "longtime
 * tag team partner"), an optional short parenthesis ("(G-6)"), and a comma or a space before that someone's name.
 */
/** Words that start a clause or a phrase of their own, so end a description ("report from", "remarks about"). */
const NOT_TITLE = '(?!(?:and|or|to|by|on|with|about|against|that|who|which|from|over|after|before|than)(?![\\p{L}-]))';
const OWNED_DESCRIPTION = new RegExp(
  `^(,\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})?['’]s?\\s+((?:${NOT_TITLE}[\\p{Ll}-]+\\s+){0,5}${NOT_TITLE}[\\p{Ll}-]+)(?:\\s+\\([^()]{1,20}\\))?(,?\\s+)`,
  'u',
);
/** Title words written before the person's name: "Lt. Gen.", "Dr.", "Project Manager". */
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** Every role word that says what kind of voice a source is (`sourceRoles.ts`): "advisor", "spokesman". */
const ROLE_WORDS = new Set(SOURCE_ROLES.map(([role]) => role));
/** How far after the possessive the person's name may start, in UTF-16 code units. */
const REACH = 120;

/** Whether the description ends in a noun for a person ("officer", "chief executive"). */
const endsInPersonNoun = (description: string) => {
  const words = description.split(/\s+/);
  return PERSON_ROLE_NOUNS.includes(words.at(-1) ?? '') || PERSON_ROLE_NOUNS.includes(words.slice(-2).join(' '));
};

/**
 * `said the Army’s chief information officer (G-6), Lt. Gen. Robert Ferrell`, `writes Huber's longtime tag team
 * partner Erick Rowan`, `said University of California, San Diego's chancellor, Pradeep Khosla`: a possessive
 * description of someone of the owner named at [`start`, `end`) of `text`, then that someone's name (AP style's
 * "organisation's title, Name"). The named person speaks, not the owner: their subject, the reference running from
 * `start` to the end of their name. When the description ends in a person noun and a capitalised name the name pass
 * did not take follows its comma (`said Microsoft's chief executive, Satya Nadella`), the speaker is someone the text
 * names but the engine cannot link: an unattributed subject, so that no sieve gives the quote to the owner. Null when
 * the words after the owner are no such description. Offsets are UTF-16, half-open.
 */
export function ownedTitle(text: string, block: number, start: number, end: number, owner: FoundEntity, mentions: MentionIndex): Subject | null {
  const capitalised = capitalisedTitle(text, block, end, owner, mentions);
  if (capitalised) return { ref: { block, start, end: capitalised.end }, entity: capitalised.entity, resolution: 'name', antecedent: null };
  const described = OWNED_DESCRIPTION.exec(text.slice(end, end + REACH));
  // "Jessie Tai's report from Wired Taiwan": a document of the owner's is no one of theirs.
  if (!described || DOCUMENT_NOUNS.has(described[2]?.split(/\s+/).at(-1) ?? '')) return null;
  // "Malaysia's health agency said Kim died …" (a fresh Wikinews page, session 49): a speech verb ends the owner's
  // subject; the name after it opens what was said, and is no one of the owner's.
  if (described[2]?.split(/\s+/).some(isSpeechVerb)) return null;
  // "University of California, San Diego's": the rest of the owner's name is a place's, never a person's ("Sadie Weiner, Hagan's").
  const rest = described[1] ? mentions.between(block, end, end + described[1].length).find((m) => m.start > end) : undefined;
  if (described[1] && (!rest || rest.entity.type !== 'place' || rest.end !== end + described[1].length)) return null;
  const nameFrom = end + described[0].length;
  const person = mentions.between(block, nameFrom, nameFrom + 40).find((m) => m.start >= nameFrom && m.entity.type === 'person');
  // "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died …": the owner named again starts a clause.
  if (person?.entity === owner) return null;
  if (person && TITLE_WORDS.test(text.slice(nameFrom, person.start)))
    return { ref: { block, start, end: person.end }, entity: person.entity, resolution: 'name', antecedent: null };
  const unnamed = described[3]?.startsWith(',') && endsInPersonNoun(described[2] ?? '') && /^\p{Lu}\p{Ll}/u.test(text.slice(nameFrom));
  return unnamed ? { ref: { block, start, end: nameFrom - (described[3]?.length ?? 0) }, entity: null, resolution: 'unattributed', antecedent: null } : null;
}

/** A possessive, then a title written in capitals up to a comma or the name: "'s National Security Advisor, Lieutenant General ". */
const CAPITALISED_TITLE = /^['’]s\s+((?:\p{Lu}[\p{L}.-]*|of|for|the)(?:\s+(?:\p{Lu}[\p{L}.-]*|of|for|the)){0,8})$/u;

/** Whether a title written in capitals holds a word for a person ("Advisor", "Press Secretary"). */
const holdsPersonNoun = (title: string) => {
  const words = title.toLowerCase().replace(/,/g, ' ').split(/\s+/);
  return words.some((w, i) => PERSON_ROLE_NOUNS.includes(w) || ROLE_WORDS.has(w) || PERSON_ROLE_NOUNS.includes(words.slice(i, i + 2).join(' ')));
};

/**
 * `said Trump's National Security Advisor, Lieutenant General H.R. McMaster` (wikinews-trump-defends-sharing-classified-
 * information-russia-2017-05-16): an owner's title written in capitals, perhaps with a comma and the holder's own titles,
 * before the holder's name: the holder speaks, not the owner. The person mentioned next after the owner (at `end`), when
 * only capitalised title words stand between and one of them is a person's role; null otherwise.
 */
function capitalisedTitle(text: string, block: number, end: number, owner: FoundEntity, mentions: MentionIndex): { entity: FoundEntity; end: number } | null {
  const person = mentions.between(block, end, end + REACH).find((m) => m.start > end && m.entity.type === 'person' && m.entity !== owner);
  if (!person) return null;
  const between = text.slice(end, person.start).replace(/,\s+/, ' ').trimEnd();
  const title = CAPITALISED_TITLE.exec(between);
  // "Trump's Press Secretary Sean Spicer": the name pass may take the title's last words into the name.
  return title && holdsPersonNoun(`${title[1] ?? ''} ${text.slice(person.start, person.end)}`) ? { entity: person.entity, end: person.end } : null;
}

/** What follows an owner's name in a possessive description: "'s spokesman", "' sister". */
export const POSSESSED = /^(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?=[\s,.;:]|$)/u;
/** A possessive description ending where the speaker words end: "Foke's spokesman". */
export const POSSESSIVE_END = /(?:^|[\s,;:—–(])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)$/u;

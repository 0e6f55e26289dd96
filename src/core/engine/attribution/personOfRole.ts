import type { FoundEntity } from '../entities/types';
import { describedPerson } from './describedPerson';
import { holdsRole, titleWords } from './heldTitle';
import type { RolePhrase, RoleReach } from './roleReading';
import { titleHoldersBefore } from './titleBeforeName';
import type { Referent } from './types';

const NATIONALITY = /^[a-z]+(?:ian|ese|ish|i|ch|an)$/;
/** Words that tell when someone held an office, not which office: "the former minister" may be "Minister X". */
const TIME_WORDS = /^(?:former|then|ex|acting|interim|outgoing|incoming|retired|current|new|late|longtime)$/;

/**
 * Whether a person holds the office `role` names: its head noun as their role word (`holds`), and, where the phrase
 * gives them, its nationality and the qualifier or modifier before the head (`office`).
 */
function officeOf({ words, head, qualifier }: RolePhrase): {
  holds: (e: FoundEntity) => boolean;
  office: (e: FoundEntity) => boolean;
  fits: (e: FoundEntity) => boolean;
} {
  const holds = (e: FoundEntity) => holdsRole(e, head);
  const nationality = (e: FoundEntity) =>
    words.every((w) => !NATIONALITY.test(w) || e.roleWords.has(w) || (e.role ?? '').toLowerCase().includes(w.slice(0, 4)));
  // "the city's home minister" is not "Prime Minister Narendra Modi": a word before the head that the holder's title
  // puts another word in place of names another office.
  const before = words[words.indexOf(head) - 1];
  const modifier = before && /^[a-z]+$/.test(before) && !NATIONALITY.test(before) && !TIME_WORDS.test(before) ? before : null;
  const office = (e: FoundEntity) => {
    if (qualifier !== null) return titleWords(e).has(qualifier);
    if (modifier === null) return true;
    const title = titleWords(e);
    return title.has(modifier) || ![...title].some((w) => w !== head && /^[a-z]+$/.test(w) && !NATIONALITY.test(w) && !words.includes(w));
  };
  return { holds, office, fits: (e) => holds(e) && nationality(e) && office(e) };
}

/** Where an indefinite description brings in someone new: after a sentence's stop, or after a preposition that takes it. */
const NEWCOMER_BEFORE = /(?:[.!?]["”’]?\s+|\b(?:of|from|by|with|to|for|about)\s+)$/;

/** Whether the words before offset `at` of `text` (UTF-16) leave a description there bringing in someone new (`NEWCOMER_BEFORE`, or the block's start). */
const newcomerAt = (text: string, at: number): boolean => /^\s*$/.test(text.slice(0, at)) || NEWCOMER_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/**
 * A person's role noun ("the Russian president"): the one holding the office, with the nationality and modifier the
 * phrase gives (`officeOf`), most recently named first; else the one person titled so in lower case before their name;
 * else the person a describing noun refers back to (`describedPerson`). Null when the text ties the role to nobody, or
 * to several people, or the phrase is one of many or sets the one meant apart ("one victim", "the other official").
 */
export function personOfRole(role: RolePhrase, reach: RoleReach): Referent | null {
  const { phrase, words, head, block, at, texts } = role;
  const { mentions, index } = reach;
  // "Ellen Laipson, the other ex-CIA official also stated" after "ex-CIA official Paul Pillar" (wikinews-newspaper-
  // alleges-us-plans-attack-iran-2006-02-12): "the other" sets the one meant apart from the holder named before; "One
  // victim described an encounter" (wikinews-un-military-attacks-darfur-violated-law-2008-03-20) is one of many, no
  // one named. The role names none of its holders. ("Nurta Hussein, another resident said" is read as the name's
  // appositive before the role is.) Nor does an indefinite one that opens its sentence or that a preposition takes: "an
  // audiotape of a man who said he was with the pirates" (a fresh Wikinews page, November 2008) brings in someone new,
  // not the minister named before (an indefinite noun phrase is discourse-new: Prince 1992; Lee et al. 2013). After a
  // name's comma ("Ivan Bolshakov, a deputy chairman of …") or "as" ("As a woman working in …, Worth is") it describes
  // someone named, and is read as before.
  if (words[0] === 'other' || /^one\s/i.test(phrase) || (/^an?\s/i.test(phrase) && newcomerAt(texts[block] ?? '', at))) return null;
  const { holds, office, fits } = officeOf(role);
  const person = mentions.latest(fits, block, at) ?? mentions.firstAfter(fits, block, at);
  if (person) return person;
  // A nationality the text never tied to the title: only a title nobody else holds.
  const holders = index.entities.filter((e) => holds(e) && office(e));
  if (holders.length === 1) return mentions.latest(holds, block, at) ?? mentions.firstAfter(holds, block, at);
  // "The commissioner said" after "trade and industry commissioner Albert Muchanga": a title written before the name
  // in lower case; several people so titled leave the noun to none of them.
  const written = holders.length === 0 ? titleHoldersBefore(head, texts, index) : [];
  if (written.length === 1) return mentions.latest((e) => e === written[0], block, at);
  if (written.length > 1) return null;
  return describedPerson(role, reach, holders.length);
}

import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { classify } from './classify';
import { LOWER_ROLES, PLACES, ROLE_WORDS, TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * A Twitter or blog handle in brackets, perhaps after the language tag of the name's link: "(@AguilB)", "[es]
 * (@Staisy09)", "(@ Gsusologo)" (Spanish-language posts may put a space after the at sign).
 */
const GLOSSING_HANDLE = /(?:\s\[\p{Ll}{2}\])?\s\(@\s?[\p{L}\p{N}_]{1,30}\)/gu;

/** One word a name is written with: capitalised, perhaps hyphened or with an apostrophe ("Abdel-Latif", "O'Neil"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** An initial standing for a name's word: "K", "A.". */
const INITIAL = /^\p{Lu}\.?$/u;

/** At most this many words make a person's name before its handle ("Dan Gamboa Bohórquez", "Damian Mac Con Uladh"). */
const MOST_WORDS = 4;

/** Whether `word` can be a word of a person's name here: written as one, and no word that never is one or that says a role. */
function nameWord(word: string): boolean {
  if (INITIAL.test(word)) return true;
  const lower = word.toLowerCase();
  return NAME_WORD.test(word) && !NOT_NAMES.has(word) && !TITLE_WORDS.has(lower) && !ROLE_WORDS.has(lower) && !LOWER_ROLES.has(lower);
}

/**
 * The name words right before `end` of `text`, read back to the first word that is no name's (a role, "Labour Day.", a
 * lower-case word, a comma): [start, end) and the words, or null when none.
 */
function nameBefore(text: string, end: number): { start: number; words: Array<string> } | null {
  const words: Array<string> = [];
  let start = end;
  for (const found of [...text.slice(Math.max(0, end - 120), end).matchAll(/\S+/g)].reverse()) {
    const word = found[0];
    const at = Math.max(0, end - 120) + found.index;
    // "Labour Day. Sthaisy Smith": a word with a full stop after it is no name's unless an initial, so the sentence
    // before ends the name.
    if (at + word.length !== (words.length === 0 ? end : start - 1) || words.length === MOST_WORDS || !nameWord(word)) break;
    words.unshift(word);
    start = at;
  }
  // An initial opens no name ("K Ahmed" is read as "Ahmed"); it stands inside or at its end ("Ahmed K").
  while (words.length > 0 && INITIAL.test(words[0] ?? '')) {
    start += (words.shift() ?? '').length + 1;
  }
  return words.length > 0 ? { start, words } : null;
}

/**
 * "Aguil Lual (@AguilB) called on Sudanese and South Sudanese …", "Raian Gibrel (@bro0ownsugar) envisioned …", "Ali
 * (@kashiff111) noted his vision …" (gv-sudan-south-sudan-newsudans-hashtag-2012-05-03), "Leilani Gonzalez (@Le1lani)
 * [es] on the other hand sees …" (gv-panama-may-day-protests-and-work-2012-05-02): citizen media name a
 * Twitter user by the name the account shows, then the handle in brackets. A name the lexicons cannot place (an
 * Arabic, Nilotic or other given name the first-name list lacks) and nothing else placed there is a person's when so
 * glossed: two to four name words that nothing classifies as a place or a body, or one listed given name. One word the
 * list lacks ("Bicitekas (@Bicitekas)", "Daltonicum (@Daltonicum)") is as often a group's or a site's account, and is
 * left alone; so is a name the name pass already took, as whatever it took it for ("Agenda 507 (@agenda507)"), and a
 * name before a handle in a picture's credit, which a later pass clears.
 */
export function addHandleGlossedPeople(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const mentions = [...registry.entities.values()].flatMap((e) => e.mentions);
  const glossed: Array<{ block: number; start: number; end: number; words: Array<string> }> = [];
  texts.forEach((text, block) => {
    for (const handle of text.matchAll(GLOSSING_HANDLE)) {
      const named = nameBefore(text, handle.index);
      if (!named) continue;
      const { start, words } = named;
      const name = words.join(' ');
      if (mentions.some((m) => m.block === block && m.start < handle.index && m.end > start)) continue;
      if (words.length === 1 ? !isFirstName(name) || PLACES.has(name) : classify(name, words) !== null) continue;
      glossed.push({ block, start, end: handle.index, words });
    }
  });
  // Full names first, so that "Moez Ali (@his_moezness)" does not join "Ali (@kashiff111)" written before it: one word
  // glossed by its own handle is that account's holder, not a short form of a longer name.
  glossed.sort((a, b) => Number(a.words.length === 1) - Number(b.words.length === 1));
  for (const { block, start, end, words } of glossed) {
    if (words.length === 1) registry.keepApart(block, start);
    registry.add('person', words.join(' '), block, start, end);
  }
}

import { CONNECTORS } from '../lexicon/connectors';
import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { ROLE_WORDS } from './lookups';
import type { NameGroup } from './nameGroups';
import { nameShapedWord } from './names';
import { peoplesBeforeName } from './peoplesBefore';
import { MATCH_MINUTE_AFTER } from './personCues';
import { MONTH_NAME } from '../lexicon/monthNames';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { PLACE_PAPER_HEADS } from '../lexicon/placePaperHeads';

/** A run of capitalised words in block `block`, whose text is `text`. */
export interface RunInBlock {
  block: number;
  group: NameGroup;
  text: string;
}

/** A run without the non-names at its front: `words` from `start` (UTF-16 code units) to the group's end, `droppedWords` those cut off. */
export interface TrimmedRun extends RunInBlock {
  words: Array<string>;
  start: number;
  droppedWords: Array<string>;
}

/**
 * "Will Kerrigan, NCA director, said", "said Will Carver": whether a run starting with a first name that is also a
 * common word is a person's name, being name-shaped with speech or an appositive next to it, or with a role noun in
 * lower case right before it: "emergency relief coordinator Jan Egeland has said" (wikinews-un-optimistic-tsunami-aid-
 * effort, where "Jan" is no month's abbreviation); or with a match minute after it, as a match report's box lists
 * players ("Jan Vertonghen 90+4'", wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10).
 */
function firstWordNamesPerson({ group, text }: RunInBlock, words: ReadonlyArray<string>): boolean {
  if (!(words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? '') && words.every(nameShapedWord) && !NOT_NAMES.has(words[1] ?? ''))) return false;
  // The words around are read only for the few runs shaped so: most runs open with no given name.
  const nextWord = /^\s*,?\s*([a-z]+)/.exec(text.slice(group.end))?.[1] ?? '';
  const previousWord = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, group.start - 20), group.start))?.[1] ?? '';
  const after = text.slice(group.end);
  return /^,\s/.test(after) || MATCH_MINUTE_AFTER.test(after) || isSpeechVerb(nextWord) || isSpeechVerb(previousWord) || ROLE_WORDS.has(previousWord);
}

/**
 * "Pan-democrat Gary Fan of the Neo Democrats", "Kurdish-led Syrian Democratic Forces", "Co-developer Jing Wang": a
 * capitalised word whose part after its hyphen is in lower case describes what follows and never opens a name; a title's
 * "-elect" or "-designate" ("President-elect Joe Biden") stays for the titled-name pass, and a given name opening it is a
 * double given name written so ("Charles-guy de Kerimel").
 */
const hyphenedDescriptor = (word: string): boolean => /^\p{Lu}\p{Ll}+-(?!elect$|designate$)\p{Ll}+$/u.test(word) && !isFirstName(word.split('-')[0] ?? '');

/**
 * "March for Life President Jeanne Mancini told" (wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-
 * 01-27), "the May Day Committee": a month's name followed by "for" or "of" and a capitalised word that may open a name is
 * the first word of an event's or organisation's name, not a date, so the run keeps it. A month before a year ("March of
 * 2010") has no capitalised word after its "of" and stays a date. So does a month and a day before a body's name that
 * the run took in whole ("the January 25 Youth Coalition").
 */
const MONTH = new RegExp(`^(?:${MONTH_NAME})$`);
const monthOpensName = (words: ReadonlyArray<string>): boolean =>
  MONTH.test(words[0] ?? '') &&
  ((/^(?:for|of)$/.test(words[1] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[2] ?? '') && !NOT_NAMES.has(words[2] ?? '')) ||
    // "the January 25 Youth Coalition": the day a movement is named after, joined with its head by connectorJoin.ts.
    (/^\d{1,2}$/.test(words[1] ?? '') && words.length > 2));

/**
 * "the Sunday Telegraph", "The Sunday Times" (wikinews-newspaper-alleges-us-plans-attack-iran-2006-02-12): the day a
 * paper comes out, right before a newspaper's head word, is the first word of the paper's name, not a date.
 */
const dayOpensPaper = (words: ReadonlyArray<string>): boolean =>
  words.length === 2 && /^(?:Saturday|Sunday)$/.test(words[0] ?? '') && (OUTLET_HEADS.includes(words[1] ?? '') || PLACE_PAPER_HEADS.has(words[1] ?? ''));

/**
 * The run without the words at its front that never start a name ("The", "On Monday") and connectors after them, or a
 * people in the plural before a name ("Ethiopians Dejene Debela", `peoplesBefore.ts`), unless its first word names a
 * person, a month opens an event's name or a day a paper's; null when nothing is left.
 */
export function trimLeadingNonNames(run: RunInBlock): TrimmedRun | null {
  const { group, text } = run;
  const words = [...group.words];
  let start = group.start;
  const droppedWords: Array<string> = [];
  const wordNamesPerson = firstWordNamesPerson(run, words) || monthOpensName(words) || dayOpensPaper(words);
  while (
    !wordNamesPerson &&
    words.length > 0 &&
    (NOT_NAMES.has(words[0] ?? '') ||
      (droppedWords.length > 0 && CONNECTORS.has(words[0] ?? '')) ||
      (words.length > 1 && hyphenedDescriptor(words[0] ?? '')) ||
      (droppedWords.length === 0 && peoplesBeforeName(words)))
  ) {
    const dropped = words.shift() ?? '';
    droppedWords.push(dropped);
    start = text.indexOf(words[0] ?? '', start + dropped.length);
    if (start < 0) break;
  }
  if (words.length === 0 || start < 0) return null;
  return { ...run, words, start, droppedWords };
}

/**
 * Where word `index` of a trimmed run starts in its text (UTF-16 code units), each word looked for after the one before,
 * so that a word the run writes twice ("Putin Kremlin Putin Putin", a headline the property test made) is found where it
 * stands, not at its first use.
 */
export function wordStart({ text, words, start }: Pick<TrimmedRun, 'text' | 'words' | 'start'>, index: number): number {
  let at = start;
  for (const word of words.slice(0, index)) at = text.indexOf(word, at) + word.length;
  return text.indexOf(words[index] ?? '', at);
}

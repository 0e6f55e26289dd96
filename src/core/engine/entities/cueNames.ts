import { isFirstName } from '../lexicon/firstNames';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { NOT_NAMES } from '../lexicon/notNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { classify } from './classify';
import { ROLE_WORDS, TITLE_WORDS } from './lookups';
import { firstNameStart, isInitial, nameShapedWord, surnameAfterFirstName } from './names';
import type { EntityRegistry } from './registry';

/** A word and where it sits in its block's text: [start, end) in UTF-16 code units, punctuation after it left out. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** "St." in "Karen St. Germain": the one abbreviation a surname opens with. */
const SAINT = 'St.';

/** A speech verb a quote ends on, then the words up to the next comma, colon or parenthesis. */
const AFTER_QUOTE = /[,.!?]?[”"],?\s+(\p{Ll}+)\s+([^,;:()"“”]{1,160})/gu;

/** Where the words after the verb stop holding the speaker's name: an affiliation or clause after it. */
const NAME_STOP = /\s(?:of|from|at|in|who|with|on|for|to|and|as)\s/;

/** "Sheldon Yett of UNICEF observed, "…"": a name opening its clause, its body, then a speech verb and the quote. */
const BEFORE_QUOTE =
  /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^.,;:"“”]{0,70}?\s+(?:also\s+)?(\p{Ll}+)[,:]?\s*[“"]/gu;

/** Words that make what follows them a thing's name, not a person's: "said the Daily Mail". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "the president of the Tunisian League for the Defence of Human Rights, Jamel Msallem, said": a name set off by
 * commas right before the speech verb, after the role it holds (AP style's "title of organisation, Name, said"). A
 * word after the first may be an Arabic name's particle glued to a capital: "Yemen's Foreign Minister, Abu Bakr
 * al-Qirbi, asked" (AMALGUM_news_agrees, English Wikinews 2010).
 */
const APPOSITIVE_NAME = /,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}'’.-]+){1,3}),\s+(?:also\s+|\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu;

/**
 * "Yasmine Bouchène wrote:", "Manohla Dargis, film critic for the New York Times, said": two or three capitalised
 * words opening a sentence (or following a quote), with at most a lower-case appositive, then a speech verb (or the
 * passive of an outlet's report, "was quoted as saying"); then, when no appositive tells who the words name, a colon or
 * the quote the verb opens.
 */
const SUBJECT_NAME =
  /(^|[.!?]\s+|[.,!?]?[”"],?\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(,\s+(?!which\b)\p{Ll}[^,;:"“”()]{2,100}?,)?\s+(?:also\s+)?(?:(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+(?:by\s+[^,;:"“”()]{1,60}?\s+)?as\s+)?(\p{Ll}+)(\s*:|,?\s*[“"])?/gu;

/** "One blogger (Fahmidul Haque) says:": a role noun, the name in parentheses, then a verb. */
const PARENTHESISED_NAME = /\b(\p{Ll}+)\s+\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\)\s+(?:also\s+)?(\p{Ll}+)\b/gu;

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const titleOrRole = (w: string) => TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')) || ROLE_WORDS.has(w.toLowerCase());

/** The words of `phrase`, found at `offset` of its block. */
function wordsOf(phrase: string, offset: number): Array<Word> {
  return [...phrase.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/**
 * The name that closes the words after a speech verb ("selection committee member Ulf Danielsson", "LRO Deputy Project
 * Scientist Maria Banks", "Karen St. Germain"): the name-shaped words at the end, when two to four, opened by a first
 * name or set right after the verb or a role or title. Null when the words end in anything else.
 */
function closingName(words: ReadonlyArray<Word>): ReadonlyArray<Word> | null {
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1]?.text ?? '';
    const surname =
      from === words.length &&
      surnameAfterFirstName(
        words.map((x) => x.text),
        from - 1,
      );
    if (!(capitalised(w) && (nameShapedWord(w) || w === SAINT) && !titleOrRole(w) && (!NOT_NAMES.has(w) || surname))) break;
    from -= 1;
  }
  // "Principal Investigator Connie Miller": a capitalised title no list holds ends where a first name starts.
  const shift = firstNameStart(words.slice(from).map((w) => w.text));
  const name = words.slice(from + shift);
  if (name.length > 2 && !name.some((w) => isFirstName(w.text) || isInitial(w.text))) return null;
  if (name.length < 2 || name.length > 4 || isInitial(name[0]?.text ?? '') || name.at(-1)?.text === SAINT) return null;
  // "said selection committee member Ulf Danielsson": lower-case words between the verb and a name describe the speaker.
  const before = shift > 0 ? undefined : words[from - 1]?.text;
  return before === undefined || titleOrRole(before) || (/^\p{Ll}[\p{Ll}-]+$/u.test(before) && !DETERMINERS.has(before)) || isFirstName(name[0]?.text ?? '')
    ? name
    : null;
}

/** The words up to the end of their sentence: a full stop after a word that is neither an initial nor "St.". */
function sentenceWords(words: ReadonlyArray<Word>): Array<Word> {
  const kept: Array<Word> = [];
  for (const w of words) {
    const ends = w.text.endsWith('.') && !isInitial(w.text) && w.text !== SAINT;
    kept.push(ends ? { ...w, text: w.text.slice(0, -1), end: w.end - 1 } : w);
    if (ends || /[!?]$/.test(w.text)) break;
  }
  return kept;
}

/** Whether [start, end) of `block` overlaps a mention some entity already has. */
function taken(registry: EntityRegistry, block: number, start: number, end: number): boolean {
  for (const entity of registry.entities.values()) if (entity.mentions.some((m) => m.block === block && m.start < end && start < m.end)) return true;
  return false;
}

/** Adds `words` as a person's name, unless they read as a place or organisation or overlap a name found already. */
function addName(registry: EntityRegistry, block: number, text: string, words: ReadonlyArray<Word>): void {
  const start = words[0]?.start ?? 0;
  const end = words.at(-1)?.end ?? 0;
  const name = text.slice(start, end);
  if (classify(name, name.split(' ')) || taken(registry, block, start, end)) return;
  registry.add('person', name, block, start, end);
}

/**
 * The clause that ends a text: back to a comma, a colon, a quote mark or a full stop, but not past the full stop of an
 * initialism ("The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told the press:",
 * Wikinews, December 2019), which is no sentence end.
 */
const CLAUSE_END = /(?:[^,.;:"“”]|(?<=(?:^|[^\p{L}])\p{Lu})\.)*$/u;

/**
 * A preposition opening a phrase of where or when between a name set off by commas and its verb: "A spokesman for
 * Gaddafi, Moussa Ibrahim, in a briefing for foreign reporters echoed the message of defiance and said: …" (a fresh
 * Wikinews page, August 2011).
 */
const PLACE_OR_TIME = /^(?:in|at|during|on|after|before|speaking)$/;

/** Whether a speech verb stands in the rest of the clause `after` opens, before its sentence ends or a quote opens. */
const speechVerbInClause = (after: string): boolean =>
  [...(/^[^.!?;:"“”]{0,160}/.exec(after)?.[0] ?? '').matchAll(/\p{Ll}+/gu)].some((w) => isSpeechVerb(w[0]) && !LISTENER_VERBS.has(w[0]));

/**
 * Adds the name of an APPOSITIVE_NAME match as a person's when its verb is a speech verb (or a phrase of where or when
 * leads to one) and the clause before its comma holds a role noun the name answers ("the president of …, Jamel Msallem, said"), or it opens with a first name.
 */
function addAppositiveName(registry: EntityRegistry, block: number, text: string, m: RegExpExecArray): void {
  const run = m[1] ?? '';
  if (!isSpeechVerb(m[2] ?? '') && !(PLACE_OR_TIME.test(m[2] ?? '') && speechVerbInClause(text.slice(m.index + m[0].length)))) return;
  const words = wordsOf(run, m.index + m[0].indexOf(run));
  if (!words.every((w) => nameShapedWord(w.text) && !titleOrRole(w.text) && !NOT_NAMES.has(w.text)) || isInitial(words[0]?.text ?? '')) return;
  // "… buried today in Ira, Kwara State’, said Shorunmu": a place closing a quotation is no name set off by commas.
  if (/['’]$/.test(run)) return;
  const clause = CLAUSE_END.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[0] ?? '';
  const role = clause.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()));
  if (role || isFirstName(words[0]?.text ?? '')) addName(registry, block, text, words);
}

/**
 * Adds the name of a SUBJECT_NAME match as a person's when its verb reports speech, and a quote stands right before
 * the name, its comma inside the marks, or right after the verb, or an appositive describes the name ("Sharif Hotak, of the … council, described").
 * Without one, "Edison Research also reported that …" and "Brahmins Matrimony says that …" would be people.
 */
function addSubjectName(registry: EntityRegistry, block: number, text: string, m: RegExpExecArray): void {
  const run = m[2] ?? '';
  const verb = m[4] ?? '';
  if (!isSpeechVerb(verb) || LISTENER_VERBS.has(verb)) return;
  // "…purpose.” Brahmins Matrimony says that": a quote that ends its sentence is no cue's.
  if (!(/^[,!?][”"]/.test(m[1] ?? '') || m[3] || m[5])) return;
  const all = wordsOf(run, m.index + m[0].indexOf(run));
  // "Fourteen-year-old Zoe, on the top deck of the bus, said": an age is no part of the name, and says the one common
  // first name after it is a person's (AP style names a child by first name so).
  const aged = /-old$/.test(all[0]?.text ?? '');
  const words = aged ? all.slice(1) : all;
  const nameWord = (w: Word) => nameShapedWord(w.text) && !titleOrRole(w.text) && !NOT_NAMES.has(w.text) && !/-old$/.test(w.text);
  const lone = words.length === 1 && aged && isFirstName(words[0]?.text ?? '');
  if ((all.length === words.length || lone) && words.every(nameWord) && !isInitial(words[0]?.text ?? '')) addName(registry, block, text, words);
}

/**
 * People a speech cue names in full that nothing else told were people: the name after the speech verb of a cue that
 * follows its quote (`"…," said selection committee member Ulf Danielsson.`, `said Karen St. Germain, NASA … director`),
 * a name followed by its organisation then a speech verb that opens a quote (`Sheldon Yett of UNICEF observed, "…"`),
 * and a name set off by commas between its role and the verb (`the president of the League, Jamel Msallem, said`).
 * AP and Wikinews style name a speaker in full in exactly these places, so a name-shaped run there is a person's.
 * Run after the first pass, so a name already classified (an organisation, a place) is left as it is; `texts` are the
 * blocks' texts.
 */
export function addNamesInSpeechCues(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    // A pattern that needs a quote mark or a bracket is run only over the blocks that hold one: the rest of a long paste
    // holds none, and each pattern is tried at every offset of a block.
    const straight = text.includes('"');
    for (const m of straight || text.includes('”') ? text.matchAll(AFTER_QUOTE) : []) {
      const verb = m[1] ?? '';
      if (!isSpeechVerb(verb) || LISTENER_VERBS.has(verb)) continue;
      const phrase = m[2] ?? '';
      const offset = m.index + m[0].length - phrase.length;
      const name = closingName(sentenceWords(wordsOf(phrase.split(NAME_STOP)[0] ?? '', offset)));
      if (name) addName(registry, block, text, name);
    }
    for (const m of text.matchAll(APPOSITIVE_NAME)) addAppositiveName(registry, block, text, m);
    for (const m of text.matchAll(SUBJECT_NAME)) addSubjectName(registry, block, text, m);
    for (const m of text.includes('(') ? text.matchAll(PARENTHESISED_NAME) : []) {
      const run = m[2] ?? '';
      if (!ROLE_WORDS.has(m[1] ?? '') || !isSpeechVerb(m[3] ?? '') || LISTENER_VERBS.has(m[3] ?? '')) continue;
      const words = wordsOf(run, m.index + m[0].indexOf(run));
      if (words.every((w) => nameShapedWord(w.text) && !titleOrRole(w.text) && !NOT_NAMES.has(w.text))) addName(registry, block, text, words);
    }
    for (const m of straight || text.includes('“') ? text.matchAll(BEFORE_QUOTE) : []) {
      const run = m[1] ?? '';
      if (!isSpeechVerb(m[2] ?? '')) continue;
      const words = wordsOf(run, m.index + m[0].indexOf(run));
      if (words.every((w) => nameShapedWord(w.text) && !titleOrRole(w.text) && !NOT_NAMES.has(w.text)) && !isInitial(words[0]?.text ?? ''))
        addName(registry, block, text, words);
    }
  });
}

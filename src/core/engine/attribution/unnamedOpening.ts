import { articleWords } from '../articleWords';
import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { NOT_NAMES } from '../lexicon/notNames';
import type { MentionIndex } from './mentions';
import type { FoundEntity } from '../entities/types';
import type { Referent, SentenceInfo } from './types';

/**
 * Two to five words opening a sentence before a comma, the first capitalised and the others capitalised or a surname's
 * particle: "Abdelhak al'Koush, blogging on Afinina [Ar], launched …" (Global Voices, fresh page gv/78917).
 */
const NAME_BEFORE_COMMA = /^\s*\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}|al|el|ibn|bin|de|da|di|fi|van|von|der)[\p{L}'’-]*){1,4},/u;
/** Words that open a sentence or a phrase before a comma without being anyone's name. */
const OPENERS =
  /^\s*(?:However|Meanwhile|Moreover|Instead|Still|Also|Finally|Then|Today|Yesterday|Later|Earlier|Last|This|That|These|Those|In|On|At|For|After|Before|During|Since|When|While|If|As|The|A|An|Like|Unlike|With|Without|Despite|Because|According|Following|Under|Over|By|From|To|Of|Among|Amid|Given|Through|Across|Beyond|Besides|Unless|Until|Once|Although|Though|Whether|Where|Why|How|What|Who)\b/u;

/** A name-shaped subject set off by a comma opening the sentence, with nobody found in it. */
function opensOnUnknownName({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  const opening = NAME_BEFORE_COMMA.exec(sentence);
  if (!opening || OPENERS.test(sentence)) return false;
  return mentions.between(block, range.start, range.start + opening[0].length).length === 0;
}

/**
 * A description in lower case (perhaps led by one capitalised word: "Russian", "Journalist") opening a sentence, then two
 * or three capitalised words, then the verb: "Russian celebrity and recent oppositionist figure Ksenia Sobchak also
 * weighed in on the sit-in" (Global Voices, May 2012). Group 1 is the name-shaped words.
 */
const DESCRIBED_NAME =
  /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:(?:and|\p{Ll}[\p{Ll}-]+)\s+){1,6}(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?\p{Ll}{2,}(?:ed|s)\b/u;

/** A description and then a name-shaped pair as the sentence's subject, with nobody found in the name. */
function opensOnDescribedUnknownName({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const found = DESCRIBED_NAME.exec((texts[block] ?? '').slice(range.start, range.end));
  const name = found?.[1];
  if (!found || !name || OPENERS.test(found[0])) return false;
  const start = range.start + found[0].indexOf(name);
  return mentions.between(block, start, start + name.length).length === 0;
}

/**
 * Whether a sentence's subject is a person the name pass found nobody in: a name-shaped subject set off by a comma
 * ("Abdelhak al'Koush, blogging on Afinina [Ar], launched …") or a description and then a name ("Russian celebrity and
 * recent oppositionist figure Ksenia Sobchak also weighed in", Global Voices, May 2012). That person is whom a he or
 * she in the next sentences most likely means, though the text gives the resolver nobody to point at; a pronoun read
 * past it would go to whoever was named before (there, "He wrote:" went to Obama, whom the blogger attacks, and "she
 * wrote" to the woman quoted two paragraphs up).
 */
export function opensOnUnknownPerson(sentence: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  return opensOnUnknownName(sentence, texts, mentions) || opensOnDescribedUnknownName(sentence, texts, mentions);
}

/** "A NASA-led study combined …": an indefinite article, up to three words of a description, then a verb in the past. */
const INDEFINITE_THING = /^\s*(?:A|An)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*\s+\p{Ll}+ed\b/u;

/**
 * Whether a sentence the name pass found no subject in opens on a thing the text brings in with "a" ("A NASA-led study
 * combined stream-gauge measurements …", usgov NASA page, development half): an "it" right after means that thing, not
 * the organisation named before it (there, the journal the study was published in).
 */
export function opensOnIndefiniteThing({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  return focus === null && INDEFINITE_THING.test((texts[block] ?? '').slice(range.start, range.end));
}

/** "The report offers …": "The", up to two words of a description, a document's noun, then a verb in the present or past. */
const DEFINITE_DOCUMENT = /^\s*The\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:also\s+)?\p{Ll}{2,}(?:s|ed)\b/u;

/**
 * Whether a sentence the name pass found no subject in opens on a document the text calls by its noun ("The report
 * offers several pieces of advice for Indian policy makers, …. It advises laws be created …", a fresh Wikinews page,
 * session 48, where "It" went to an association named two sentences before): an "it" right after means that document,
 * not an organisation named earlier.
 */
export function opensOnDefiniteDocument({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  const noun = DEFINITE_DOCUMENT.exec((texts[block] ?? '').slice(range.start, range.end))?.[1];
  return focus === null && noun !== undefined && DOCUMENT_NOUNS.has(noun);
}

/** Two to four capitalised words opening a sentence, then its verb in the present or past: "Thambraas Muhurtham wants". */
const NAME_RUN_THEN_VERB = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:(?:also|then|\p{Ll}+ly)\s+)?\p{Ll}{2,}(?:s|ed)\b/u;

/**
 * Whether a sentence opens on a name the name pass found nothing in, as its subject: `Thambraas Muhurtham wants that
 * "…". It also points out that "…"` (gv-india-caste-communities-orkut-2009-06-09, where "It" went to the community
 * site the sentence before was about). An "it" right after means that unknown group or site, so it goes no further back.
 */
export function opensOnUnknownNameRun({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  const opening = NAME_RUN_THEN_VERB.exec(sentence);
  const name = opening?.[1];
  if (!opening || !name || OPENERS.test(sentence) || name.split(/\s+/).some((w) => NOT_NAMES.has(w))) return false;
  const start = range.start + opening[0].indexOf(name);
  return mentions.between(block, start, start + name.length).length === 0;
}

/** "SebaSpace refused to answer …", "Day had one child, …": one capitalised word opening a sentence, then a lower-case one. */
const WORD_THEN_LOWER = /^\s*(\p{Lu}[\p{L}'’-]*)\s+(?!(?:and|or|of)\b)(?=\p{Ll})/u;

/**
 * The capitalised word opening a sentence as its one-word subject ("SebaSpace refused to answer the questions from Red
 * Pepper.", fresh page gv/79012) where the name pass found nobody, not an opener; null when the sentence opens
 * otherwise. A name after it is an object, not who the sentence is about. `name` when the word is shaped as one: a
 * capital inside it, or written capitalised inside a sentence elsewhere ("…, SebaSpace a Ugandan blogger"), and never
 * in lower case nor a word that never starts a name ("Agents use the FAQs", "Journalist and teacher Jeso Carneiro").
 */
export function unknownOpeningWord(
  { block, range }: SentenceInfo,
  texts: ReadonlyArray<string>,
  mentions: MentionIndex,
): { word: string; start: number; end: number; name: boolean } | null {
  const text = texts[block] ?? '';
  const opening = WORD_THEN_LOWER.exec(text.slice(range.start, range.end));
  const word = opening?.[1];
  if (!opening || !word || OPENERS.test(word)) return null;
  const start = range.start + opening[0].indexOf(word);
  const end = start + word.length;
  if (mentions.between(block, start, end).length > 0) return null;
  const { inside, lower } = usesOf(word, texts);
  const shaped = /.\p{Lu}/u.test(word) || inside;
  // "Russian celebrity and recent oppositionist figure Ksenia Sobchak also weighed in …": a nationality adjective before a
  // lower-case word describes the subject, as the capitalised adjective written inside other sentences does.
  return { word, start, end, name: shaped && !NOT_NAMES.has(word) && !lower && !COUNTRY_BY_ADJECTIVE.has(word) };
}

/** Whether a word is written capitalised inside a sentence somewhere in the article, and whether in lower case. */
function usesOf(word: string, texts: ReadonlyArray<string>): { inside: boolean; lower: boolean } {
  const { words, inside } = articleWords(texts);
  return { inside: inside.has(word), lower: words.has(word.toLowerCase()) };
}

/**
 * Who a sentence opening on a word the name pass left out is about: the one person named in full whose surname it is
 * ("Day had one child, record producer Terry Melcher, …" is about Doris Day), nobody (null) when the word is shaped as a
 * name of someone else, and undefined (the names after it decide) otherwise.
 */
export function openingSubject(
  info: SentenceInfo,
  texts: ReadonlyArray<string>,
  mentions: MentionIndex,
  people: ReadonlyArray<FoundEntity>,
): Referent | null | undefined {
  const opening = unknownOpeningWord(info, texts, mentions);
  if (!opening) return undefined;
  const named = people.filter(
    (p) => p.name.includes(' ') && p.name.endsWith(opening.word) && /\s/.test(p.name.charAt(p.name.length - opening.word.length - 1)),
  );
  const only = named.length === 1 ? named[0] : undefined;
  if (only) return { entity: only, at: { block: info.block, start: opening.start, end: opening.end } };
  return opening.name ? null : undefined;
}

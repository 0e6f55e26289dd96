import { LANGUAGE_TAG } from '../languageTag';
import type { SentenceRange } from '../../sentences';
import type { Gender } from '../attribution/gender';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { DESCRIPTIVE_NOUNS } from '../lexicon/descriptiveNouns';
import { NOT_NAMES } from '../lexicon/notNames';
import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { IRREGULAR_PAST } from '../lexicon/irregularPast';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import { isPossessiveHer, PREPOSITION_BEFORE } from './genderCues';
import { possessiveReportsOnEarlier } from './reportedPossessive';

const PRONOUNS: Readonly<Record<string, Gender>> = { he: 'male', his: 'male', himself: 'male', she: 'female', herself: 'female' };
/** Nouns that head a description of one person ("the head of NATO", "his wife"). */
export const PERSON_HEADS = new Set([...PERSON_ROLE_NOUNS, ...FEMALE_WORDS, ...MALE_WORDS]);
/** Words that may name another person a pronoun could refer to: those, and any role or describing noun ("the coach"). */
const OTHER_PERSON = new Set([...PERSON_HEADS, ...SOURCE_ROLES.map(([role]) => role), ...DESCRIPTIVE_NOUNS.keys()]);
/** How far before a name its sentence's opening may be, and how far after it a pronoun bound to it. */
const LOOK_BACK = 200;
const LOOK_AHEAD = 400;
/** ", one of Usov's film crew members,": an appositive right after a name, which the subject's pronoun skips. */
export const APPOSITIVE = /^,\s+(?!(?:I|he|she|we|they|you)\b)(?:\p{Ll}|\d)[^,;:"“”]{0,120},/u;
/**
 * ", in her fourth year at Kabardino-Balkarian State University,", ", during his message to the regional
 * parliamentarians …,": an appositive that is a prepositional phrase, whose possessive is the subject's own.
 */
const PREPOSITIONAL = /^,\s+(?:in|during|on|at|with|along\s+with|for|after|before|despite|throughout|following)\s/;
/**
 * What may stand before a name that such a phrase follows: title words, after a description the name is set off from
 * ("The new governor of the region, Alexander Moor,"); not a clause ("Day had one child, record producer Terry Melcher,
 * with her first husband": the her is the clause's subject's).
 */
const NAME_OPENING = /^(?:(?:The|A|An)\s[^,;:"“”]*,\s+)?(?:[\p{L}\d.'’-]+\s+){0,4}$/u;
/** "Elena Poniatowska (@EPoniatowska) [es]": the person's own handle and the language tag of the link after a name. */
const HANDLE = new RegExp(String.raw`^(?:\s*\(@[\w.]+\)|\s*${LANGUAGE_TAG})+`);
/** What may stand before a sentence's subject: a phrase set off by a comma, then up to four title words ("Political scientist"). */
const SUBJECT_OPENING = /^(?:[^,;:"“”]*,\s+){0,2}(?:[\p{L}\d.'’-]+\s+){0,4}$/u;
/** "On November 28, 2004, president Ricardo Lagos said": a date's comma sets off no phrase of its own. */
const DATE_COMMA = /(\d{1,2}),(?=\s+\d{4}\b)/g;
/** "told NPR", "told Gabonese TV": an acronym names a body or a medium, not a person a pronoun could be. */
const NO_ONE = /^\p{Lu}{2,5}$/u;
const PERSONAL = /\b(?:I|he|she|we|they|you)\b/i;

export interface Found {
  gender: Gender;
  at: Located;
}

/** What a person's words in one block say of their gender, with the other people's mentions there. */
export interface BlockView {
  block: number;
  text: string;
  /** The text with its short quoted fragments blanked (`blankFragments`), for reading pronouns past them. */
  plain: string;
  sentences: ReadonlyArray<SentenceRange>;
  people: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>;
  /** Where the block names an organisation or a place. */
  named: ReadonlyArray<{ start: number; end: number }>;
}

/** The pronouns and person words of a stretch of text, in order. */
function* wordsIn(text: string, from: number, to: number): Generator<{ word: string; start: number }> {
  for (const w of text.slice(from, to).matchAll(/[\p{L}-]+|["“”]/gu)) yield { word: w[0], start: from + w.index };
}

/**
 * "… she and her husband Jonathan Socoolas left the country … Nick Adderley wrote to the US Embassy in London asking to
 * waive her diplomatic immunity": a his or her that the text just before the sentence already used of someone of that
 * gender may be theirs, so it says nothing of the subject (the guide's "never one past an intervening candidate of the
 * same gender"; the nearest antecedent in the discourse, Hobbs 1978).
 */
function possessiveOfAnother(text: string, sentenceStart: number, found: Found): boolean {
  const word = text.slice(found.at.start, found.at.end).toLowerCase();
  if (word !== 'his' && word !== 'her') return false;
  const earlier = text.slice(Math.max(0, sentenceStart - 300), sentenceStart);
  return (found.gender === 'female' ? /\b(?:she|her|hers|herself)\b/i : /\b(?:he|his|him|himself)\b/i).test(earlier);
}

/** The first pronoun from `from` to `to` that can only be the entity's, or null where another candidate comes first. */
export function firstPronoun(view: BlockView, entity: FoundEntity, from: number, to: number): Found | null {
  const others = view.people.filter((p) => p.entity !== entity && p.start >= from && p.start < to);
  const text = view.plain;
  for (const { word, start } of wordsIn(text, from, to)) {
    if (others.some((p) => p.start <= start)) return null;
    // "Blogger Shooky Galili has written [he] about …" (gv-israel-racism-african-asylum-seekers-2012-05-21): Global
    // Voices' tag for a link in Hebrew (`languageTag.ts`) is no pronoun and tells no one's gender.
    if (text[start - 1] === '[' && text[start + word.length] === ']') continue;
    const lower = word.toLowerCase();
    const gender = PRONOUNS[lower] ?? (lower === 'her' && isPossessiveHer(text, start) ? 'female' : undefined);
    if (gender) return { gender, at: { block: view.block, start, end: start + word.length } };
    if (/^["“”]$/.test(word) || lower === 'him' || lower === 'her' || OTHER_PERSON.has(lower)) return null;
    // "Reynolds: My first formal mentor … and she was": past a speaker's own I or my, a she is someone they speak of.
    if (/^(?:I|me|my|My|we|We|us|our|Our)$/.test(word)) return null;
    // "once Basargin has established himself": a name the text did not tell as anyone's may be the pronoun's; a day, a
    // month, a platform or an acronym is no one's ("posted a message on Facebook on Friday announcing he").
    if (
      /^\p{Lu}/u.test(word) &&
      !NO_ONE.test(word) &&
      !NOT_NAMES.has(word) &&
      !POSTING_PLATFORMS.has(word) &&
      !view.named.some((n) => n.start <= start && start < n.end)
    )
      return null;
  }
  return null;
}

/**
 * "Mayor of London, Sadiq Khan, gave his condolences via Twitter, adding" (wikinews-seven-killed-forty-eight-injured-
 * attack-london-bridge-2017-06-04): a comma may stand between a subject and its verb, and what it opens is the
 * predicate, not an aside to skip; its his or her is the subject's. A phrase set off so that opens on a past verb is
 * no appositive (null); any other is returned as found.
 */
function predicateAsAside(skip: RegExpExecArray | null): RegExpExecArray | null {
  const first = skip && /^,\s+(\p{Ll}+)/u.exec(skip[0])?.[1];
  return first && (IRREGULAR_PAST.has(first) || /ed$/.test(first)) ? null : skip;
}

/**
 * "Political scientist Boni Dulani says that he should be excused", "Artem Shevchenko, one of Usov's film crew members,
 * shared his views", "Rick Santorum himself has acknowledged": a he, she, his, himself or herself later in the
 * sentence whose subject the person is, before any other person, role noun, quote mark or ambiguous him/her, is theirs.
 */
export function boundInSentence(view: BlockView, entity: FoundEntity, sentence: SentenceRange, start: number, end: number): Found | null {
  // A subject opens its sentence, or follows a quote's verb: a bounded look back either way, however long the sentence.
  const far = start - sentence.start > LOOK_BACK;
  const before = view.text.slice(Math.max(sentence.start, start - LOOK_BACK), start);
  // "When she walked almost a kilometre to see Atupele Muluzi, I asked her": only a name opening its sentence is its subject.
  const title = before.slice(before.lastIndexOf(',') + 1);
  // '"…," said a senior official, who spoke on condition of anonymity because he': the speaker after the verb is the subject.
  const verb = /["”]\s*(\p{L}+)\s+$/u.exec(before)?.[1];
  const inverted = verb !== undefined && isSpeechVerb(verb);
  if (
    (!inverted && (far || !SUBJECT_OPENING.test(before.replace(DATE_COMMA, '$1')) || PERSONAL.test(title))) ||
    PREPOSITION_BEFORE.test(before) ||
    /['’]s?\s*$/.test(view.text.slice(end, end + 2))
  )
    return null;
  // Another person named before, not after a preposition ("In an interview with Terry Gross, Stephen Colbert"), is the subject.
  if (
    view.people.some(
      (p) =>
        p.entity !== entity &&
        p.start >= sentence.start &&
        p.end <= start &&
        !PREPOSITION_BEFORE.test(view.text.slice(Math.max(sentence.start, p.start - 40), p.start)),
    )
  )
    return null;
  const handle = end + (HANDLE.exec(view.text.slice(end, end + 60))?.[0].length ?? 0);
  const skip = predicateAsAside(APPOSITIVE.exec(view.text.slice(handle, Math.min(sentence.end, handle + 130))));
  const from = handle + (skip?.[0].length ?? 0);
  // "Madina Bizheva, in her fourth year at …, won" (Wikinews, 2019): a his or her inside such a phrase is the subject's.
  const inside = skip && PREPOSITIONAL.test(skip[0]) && NAME_OPENING.test(before) ? firstPronoun(view, entity, handle, from) : null;
  const found =
    (inside && /^(?:his|her)$/i.test(view.text.slice(inside.at.start, inside.at.end)) ? inside : null) ??
    firstPronoun(view, entity, from, Math.min(sentence.end, from + LOOK_AHEAD));
  // "As Smith left, he said": a he or she past a comma opens a clause of its own, unless the name opened the sentence
  // ("Hoop Scheffer, he has explained") or the clause is the name's own (", who spoke … because he").
  const stretch = found ? view.text.slice(end, found.at.start) : '';
  // "Thomas Gray, 24, who cited only his experience": the name's own who-clause keeps its possessive.
  if (found && !/,\s+who\s[^,]*$/.test(stretch) && possessiveOfAnother(view.text, sentence.start, found)) return null;
  // "One neighbour spoke of his losing life savings" (Global Voices, 2012): what a speaker speaks of is as often another
  // person's as their own, so a possessive there states no gender of the speaker's.
  if (found && /\b(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:of|about)\s+$/.test(view.text.slice(Math.max(0, found.at.start - 30), found.at.start)))
    return null;
  // "Fernando Dallorso … said his roommates said they last saw him", after a sentence about Andrea Zamperoni.
  if (found && possessiveReportsOnEarlier(view.text, view.sentences, view.people, entity, sentence, found.at)) return null;
  const ownClause = /^,\s+who\s/.test(stretch) || /^\s*(?:(?:And|But|So|Now)\s+)?$/.test(before);
  return found && /^(?:he|she)$/i.test(view.text.slice(found.at.start, found.at.end)) && stretch.includes(',') && !ownClause ? null : found;
}

import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { TITLES } from '../lexicon/titles';
import { ADVERBS } from '../lexicon/adverbs';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { withOwnedDocument } from './ownedDocument';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));
const ROLE_NOUN_WORDS = [...PERSON_ROLE_NOUNS, ...ORG_ROLE_NOUNS].sort((a, b) => b.length - a.length);
/**
 * A person's role noun after an organisation's ("A Hampshire Police spokesman", "A hospital official", "a government
 * official"): the phrase runs on to it, as the person speaks, not the body (wikinews-bus-hits-bridge-winchester-children-
 * injured-2020-09-10; fresh Wikinews pages of 2019 and 2020).
 */
const PERSON_ROLE_WORDS = [...PERSON_ROLE_NOUNS].sort((a, b) => b.length - a.length);
/**
 * The body a role belongs to may follow it after "with", as after "at" or "for": "A senior official with the Trump
 * administration also told reporters …" (wikinews-travel-ban-2-exempts-iraqis-us-permanent-residents-2017-03-06), AP
 * style's way of placing an unnamed source. Not "from": "a report from ABC Australia" is the outlet's report, whose
 * source the according-to reading names (wikinews-australia-stores-lower-toilet-paper-limits-2020-03-13).
 *
 * A preposition before the role noun that makes it the one spoken to or against ("Assembly president Richard Ferrand in
 * relaying the news to parliament said": parliament does not speak), so that no role phrase runs across it. Other
 * prepositions may name who speaks ("Another report from the Mexican government said", "the participants in her study").
 *
 * An article opens a noun phrase of its own, so no modifier is one: in "described an encounter with an armed man:"
 * (wikinews-un-military-attacks-darfur-violated-law-2008-03-20) the man is the one met, and no role phrase runs from
 * "an encounter" to him.
 *
 * A modifier may hold a digit when it opens with a capital, a designation ("The Badr-6 programme manager stated",
 * wikinews-40th-ariane-5-launches-protostar-1-badr-6-satellites-2008-07-07); an age does not make a role phrase ("The
 * 31-year-old Ethiopian-born man" describes someone a role reading would tie to the person named before). So does a
 * year, a document's edition ("according to the 2010 Global Trends report by the United Nations High Commissioner for
 * Refugees (UNHCR)", a fresh Wikinews page of session 48, whose sentence was otherwise read as no one's report at all).
 */
const NOT_A_MODIFIER = '(?!(?:to|into|toward|towards|against|a|an|the)\\s)';
/**
 * An organisation's noun followed by another is that one's modifier: "An air force statement says that …" (wikinews-
 * rescue-workers-search-wreckage-brazilian-air-crash-2006-10-02) is the statement, not the air force.
 */
const NOT_BEFORE_ORG_NOUN = `(?!\\s+(?:${[...ORG_ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?=[\\s,.;:]|$))`;
const ROLE_PHRASE = new RegExp(
  `^(?:the|a|an|one|another|its|his|her|their)\\s+(?:${NOT_A_MODIFIER}(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*|\\p{N}{4}(?:[-–]\\p{N}{2,4})?|(?!\\p{Lu})[\\p{L}'’.-]+)\\s+){0,4}?(?:${ROLE_NOUN_WORDS.join('|')})${NOT_BEFORE_ORG_NOUN}(?:\\s+(?:${PERSON_ROLE_WORDS.join('|')}))?(?:\\s+(?:for|of|at|with|close\\s+to|familiar\\s+with|with\\s+knowledge\\s+of)\\s+(?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){0,4})?(?=[\\s,.;:]|$)`,
  'iu',
);
/** Headlines drop the article: "UN chief warns", "Chipmaker CEO calls", "…, says Russian president" (at the headline's end). */
const HEADLINE_ROLE = new RegExp(`^(?:[\\p{L}.-]+\\s+)?(?:${PERSON_ROLE_NOUNS.join('|')})(?=\\s|$)`, 'iu');

/**
 * A role phrase without the clause the case-insensitive ROLE_PHRASE ran on into: its "capitalised" words match any
 * word, so "A developer for OPM Alert said that the" ends before its speech verb, "a rally in the city of Bulawayo the
 * claims" before its second article and "A senior official with the Trump administration also told" before the adverb
 * or auxiliary that leads to the verb ("a senior official at the environment ministry" stays whole), and a preposition
 * left at its end goes with the clause.
 */
function roleWithoutClause(phrase: string): string {
  const complement = /\s(?:for|of|at|with|close\s+to|familiar\s+with|with\s+knowledge\s+of)\s+(?:the\s+)?/iu.exec(phrase);
  if (!complement) return phrase;
  const after = complement.index + complement[0].length;
  const clause = [...phrase.slice(after).matchAll(/\s([\p{L}'’.-]+)/gu)].find(
    // "The spokesperson for the German government strongly condemned the attack" (wikinews-germany-navalny-poisoned-
    // novichok-2020-09-05): an adverb before the verb is the clause's, as an auxiliary is.
    // A negated auxiliary ("didn't agree") is the clause's too.
    (m) =>
      isSpeechVerb(m[1] ?? '') ||
      /^(?:that|who|which|the|a|an|also|later|earlier|then|has|have|had)$/i.test(m[1] ?? '') ||
      /n[’']t$/i.test(m[1] ?? '') ||
      ADVERBS.has(m[1] ?? ''),
  );
  // "said a spokeswoman for the NATO's antipiracy mission in the UK" (a fresh Wikinews page, October 2009): cut before
  // "the", the place's preposition goes too, so the description does not end on "in". So it does where the phrase stops
  // before a one-letter article: "said the office of the Maldives President in a statement" (wikinews-malaysia-says-
  // debris-maldives-could-be-mh370-2015-08-12).
  return (clause ? phrase.slice(0, after + clause.index) : phrase).replace(/\s+(?:in|at|on|from|near|outside|inside)$/iu, '');
}

/**
 * The role noun phrase that opens `rest` ("the spokesman", "a senior official at the environment ministry", "its chief
 * executive"; in a headline, block 0, also without an article: "UN chief"), without a trailing comma or full stop or
 * the clause it runs on into, with the document noun a possessive's body noun runs on to ("his campaign statement");
 * null when `rest` opens with none. The role nouns are the lexicon's person and organisation role nouns (AP style's
 * descriptions of unnamed sources).
 */
export function rolePhraseAt(rest: string, block: number): string | null {
  const role = ROLE_PHRASE.exec(rest) ?? (block === 0 ? HEADLINE_ROLE.exec(rest) : null);
  return role ? withOwnedDocument(roleWithoutClause(role[0].replace(/[,.]$/, '')), rest) : null;
}

/** Whether a lower-case word is a role noun or a title word ("minister", "spokesman", "president"). */
export function isRoleOrTitleWord(word: string): boolean {
  return ROLE_NOUN_WORDS.includes(word) || TITLE_WORDS.has(word);
}

/** A role noun phrase (its article, up to two words, its noun), then a parenthesis holding nothing but a name. */
const ROLE_THEN_NAME =
  /(?:^|\s)((?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?:(?!(?:and|or|but|while|as|that|who|which)\s)[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+\(([^()]{2,60})\)$/u;

/**
 * The person a role noun's parenthesis names, when it closes the speaker words of a cue: `One blogger (Fahmidul Haque)
 * says:` (gv-bangladesh-movie-theaters-dying-2012-05-09). The writer describes the speaker and names them in the same
 * breath, so the name, not the description, is who speaks, as with a name set off by commas after a role. The words in
 * the parenthesis must be exactly one person's mention and the word before it a person role noun (an acronym or a
 * handle there is `speakerWords.ts`'s). `from` and `stop` bound the speaker words in the block (UTF-16, half-open); the
 * subject's reference runs from the role phrase to the parenthesis. Null otherwise.
 */
export function glossedRoleSubject(reader: SubjectReader, block: number, from: number, stop: number): Subject | null {
  const m = ROLE_THEN_NAME.exec((reader.texts[block] ?? '').slice(from, stop));
  if (!m?.[1] || !m[2] || !m[3] || !PERSON_ROLE_NOUNS.includes(m[2])) return null;
  const start = stop - 1 - m[3].length;
  const name = reader.mentions.between(block, start, stop - 1).find((x) => x.start === start && x.end === stop - 1 && x.entity.type === 'person');
  const subject = name ? reader.subjectAt(block, name.start) : null;
  return subject && { ...subject, ref: { block, start: from + m.index + m[0].indexOf(m[1]), end: stop } };
}

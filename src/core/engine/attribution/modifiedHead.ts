import { IRREGULAR_PAST } from '../lexicon/irregularPast';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { CueReader } from './subjects';
import type { Subject } from './types';

/** How many words the head's modifiers may run to before the verb. */
const MAX_MODIFIER_WORDS = 25;

/** What may open the words after the head name: a comma (an appositive), a parenthesis, or where the person works. */
const MODIFIER_OPENING = /^(?:,\s|\s+\(|\s+(?:of|from|at)\s)/;
/** Marks and stops that end a noun phrase's modifiers: a quotation, a clause's colon or semicolon. */
const CLAUSE_MARK = /["“”;:]/;
/**
 * Words that open or make a clause of their own inside the words after the head: a relative or subordinating word, an
 * auxiliary, a pronoun subject, a conjunction joining a second subject.
 */
const CLAUSE_WORD =
  /^(?:who|whom|whose|which|that|when|after|before|because|if|while|although|though|as|where|since|until|and|or|but|is|was|were|are|has|have|had|will|would|can|could|should|did|does|do|may|might|must|he|she|they|we|it)$/i;
/** Words in the lead before the head name that make it an object, not the subject: a preposition, a conjunction. */
const NOT_A_TITLE = /^(?:of|for|to|by|with|from|about|against|and|or|but|that|who|which|when|after|as|if|while)$/i;

/** A determiner opening a noun phrase: the sentence then opens on its subject, not an adverbial phrase. */
const OPENING_NOUN_PHRASE = /^\s*(?:the|a|an|this|that|these|those|his|her|its|their|our|my|one)\s/i;

/** Whether a word may be a finite verb: a past in -ed, an irregular past, a speech verb. */
const mayBeVerb = (word: string) => /^\p{Ll}{2,}ed$/u.test(word) || IRREGULAR_PAST.has(word) || isSpeechVerb(word);

/**
 * `Ben Summerskill of the British gay rights organization, Stonewall, said: "…"`, `Esteban Magnani, author of El Cambio
 * Silencioso (The Silent Change), a book about worker cooperatives in Argentina told UpsideDownWorld.org, "…"`
 * (wikinews-gay-iranian-awaits-decision-asylum-2008-03-14, wikinews-argentinian-workers-preparing-to-defend-control-of-
 * factory-2005-04-26): a person named at the head of the sentence (after an opening phrase and title words) whose
 * modifiers — an affiliation, an appositive, a gloss in parentheses, with no verb and no clause of their own — run to the
 * speech verb at `verbStart` is that verb's subject, though the modifiers end on words no name was found in (a body the
 * name pass left out, an appositive left unclosed). Null when the head is no person the text names, a possessive
 * ("X's lawyer"), or the words hold a verb, a clause word, a mark or another person. `sentenceStart` bounds the look-back.
 */
export function modifiedHeadBefore(cues: CueReader, block: number, verbStart: number, sentenceStart: number): Subject | null {
  const text = cues.texts[block] ?? '';
  // A description read as an unnamed source ("a book about worker") names no one: only names count.
  const people = cues.mentions
    .between(block, sentenceStart, verbStart)
    .filter((m) => m.start >= sentenceStart && m.entity.type === 'person' && /^\p{Lu}/u.test(text.slice(m.start, m.end)));
  const head = people[0];
  if (!head || people.some((m) => m.entity !== head.entity)) return null;
  // The lead: an opening phrase closed by a comma ("In October 2007, "), then at most five title words.
  const lead = text.slice(sentenceStart, head.start);
  const titles = lead.slice(lead.lastIndexOf(', ') + 1).trim();
  if (/[;:"“”()]/.test(lead) || /['’]s\b/.test(lead) || titles.split(/\s+/).filter(Boolean).length > 5) return null;
  // "The account of the United States Ambassador in Mexico, Embajador Wayne (@USEmbassyMex) [es], tweeted:": a noun phrase
  // before the comma is the subject itself, the name its appositive; only an adverbial opening ("In October 2007, ") is
  // passed over.
  if (lead.includes(',') && OPENING_NOUN_PHRASE.test(lead)) return null;
  if (titles.split(/\s+/).some((w) => NOT_A_TITLE.test(w))) return null;
  const modifiers = text.slice(head.end, verbStart);
  // A handle in the modifiers ("(@USEmbassyMex)") is an account, which may be the source itself (`parenthesisedHandle.ts`).
  if (!MODIFIER_OPENING.test(modifiers) || CLAUSE_MARK.test(modifiers) || modifiers.includes('@')) return null;
  const words = modifiers.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length > MAX_MODIFIER_WORDS || words.some((w) => CLAUSE_WORD.test(w) || mayBeVerb(w))) return null;
  const subject = cues.subjectAt(block, head.start);
  return subject?.entity === head.entity && subject.resolution === 'name' ? subject : null;
}

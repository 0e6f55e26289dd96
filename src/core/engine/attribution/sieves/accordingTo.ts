import { LANGUAGE_TAG } from '../../languageTag';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { nameAfterRole } from '../reported/appositiveName';
import { ownerAfter } from '../reported/ownerAfter';
import { LOOK_BACK } from '../subjectEndingAt';
import { attributeCase, type DirectCase, type DirectSieve } from './direct';
import type { FoundQuote, Located, Subject } from '../types';

/**
 * `"…," according to X.`, `"…," as stated in the ACC.`: the source named right after the closing mark and its comma; or after "as" and a speech verb's
 * participle and "by", which credits the words as "according to" does (`"What we are going through as a family …" as said
 * by the girl's mother, Selva Herbón, on several occasions.`, gv-argentina-death-with-dignity-law-2012-05-11), the
 * source then read as a speech verb's inverted subject is, a role set off before the name allowed.
 */
function sourceAfter(c: DirectCase): FoundQuote | null {
  const { block, text, direct, cues } = c;
  if (direct.close === null) return null;
  // Lower case only: a capital "According to" after the mark opens the next sentence, whose source is not the quote's
  // (`… an occasion "to remember the 270 people …". According to Alex Salmond, First Minister of Scotland, the
  // investigation …`, wikinews-lockerbie-convict-al-megrahi-buried-2012-05-20, where the words were David Cameron's).
  const after = /^[,.!?]?[”"]?,?\s+(?:according to|as\s+(?:stated|noted|written|set\s+out)\s+in|as\s+(\p{Ll}+)\s+by)\s+/u.exec(text.slice(direct.close + 1));
  if (after?.[1] !== undefined && !isSpeechVerb(after[1])) return null;
  const at = direct.close + 1 + (after?.[0].length ?? 0);
  const subject = !after ? null : after[1] === undefined ? cues.subjectAt(block, at) : cues.invertedSubjectAt(block, at);
  const start = direct.close + 1 + (after?.[0].search(/according|as\s/) ?? 0);
  return subject?.entity ? attributeCase(c, subject, { block, start, end: subject.ref.end }, 'according-to') : null;
}

/**
 * "according to", and the phrases that credit a view as it does: `was, in the opinion [pt] of the journalist Rodrigo Vianna
 * "a lesson …"` (gv-brazil-falha-countersues-folha-2012-05-07), "in the view of", "in the words of"; a language tag may
 * follow the noun, as Global Voices links its sources. "As noted in" a document credits its words so too (`As noted in the
 * Capstone Concept for Joint Operations (CCJO), "The most likely occasions …"`, an ARCIC story of 2013).
 */
const ACCORDING_TO = new RegExp(
  String.raw`(?:according to|in the (?:opinion|view|words)(?:\s+${LANGUAGE_TAG})?\s+of|as\s+(?:stated|noted|written|set\s+out)\s+in)\s+`,
  'i',
);

/** Whether the quote opens its sentence: nothing but an opening mark before it, so no clause of its own claims it. */
function opensSentence(c: DirectCase): boolean {
  return /^[\s"“‘'(]*$/.test(c.text.slice(c.range.start, c.direct.open));
}

/**
 * `according to X, "…"`: the source named before the opening mark, in the same sentence; and `"…," according to X.`
 * for a quote that opens its sentence: the source named right after the closing mark and its comma, the order the AP
 * Stylebook gives for attributing a quote to a document or a person at the end. A semicolon between the phrase and the
 * mark starts a clause with a subject of its own (`According to the U.S. embassy, the man died; Chinese authorities
 * referred to him as "Chinese-American."`), so the phrase does not reach past it.
 */
export const accordingTo: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  if (opensSentence(c)) {
    const found = sourceAfter(c);
    if (found) return found;
  }
  const leftStart = Math.max(range.start, direct.open - LOOK_BACK);
  const according = ACCORDING_TO.exec(text.slice(leftStart, direct.open));
  if (!according) return null;
  const from = leftStart + according.index + according[0].length;
  if (text.slice(from, direct.open).includes(';')) return null;
  if (relayedAside(text.slice(range.start, leftStart + according.index))) return null;
  const source = bodyBeforeName(c, from, cues.subjectAt(block, from));
  // "According to a witness, Sergeant First Class Michael Marciello, … Artiga was, "livid"" (wikinews-veteran-sergeant-us-
  // torture-coverup-2004-12-08): the name set off after a described source is who the source is.
  const subject = source
    ? (nameAfterRole({ block, text, cues, end: direct.open }, source, source.ref.end + 1)?.subject ??
      ownerAfter({ block, text, cues, end: direct.open }, source, source.ref.end))
    : null;
  const between = subject && cueBetween(c, subject.ref.end);
  if (between?.named) return null;
  if (between) return attributeCase(c, { ref: between.verb, entity: null, resolution: 'unattributed', antecedent: null }, between.verb, 'according-to');
  return subject ? attributeCase(c, subject, { block, start: leftStart + according.index, end: subject.ref.end }, 'according-to') : null;
};

/**
 * `and according to Amnesty International Juan Wilfredo 'had previously been imprisoned for 12 years …'`
 * (gv-cuba-remembering-dissidents-soto-ferrer-2012-05-11): with no comma after the source, a body's name run straight into
 * a person's is two subjects, the source and the clause's, as when the source leads its sentence ("According to the Arts
 * and Humanities Citation Index Professor Chomsky is …", `reported/bareSource.ts`); a role word between ("according to
 * NASA astronaut John Smith") makes the body the person's employer instead. The body is the source then. `read` is the
 * subject the cue reader found at `from` (UTF-16 offset right after "according to"), returned unchanged otherwise.
 */
function bodyBeforeName(c: DirectCase, from: number, read: Subject | null): Subject | null {
  if (read?.entity?.type !== 'person') return read;
  const [body, person] = c.cues.mentions.between(c.block, from, read.ref.end);
  if (!body || !person || body.start !== from || body.entity.type !== 'organization' || person.entity !== read.entity) return read;
  if (!/^\s+$/.test(c.text.slice(body.end, person.start))) return read;
  return { ref: { block: c.block, start: body.start, end: body.end }, entity: body.entity, resolution: 'name', antecedent: null };
}

/**
 * Whether "according to X" is an aside set off right after a speech verb, so that X only passes on the verb's subject's
 * words: "Twitter suspended one of Anonymous' most followed accounts '@YourAnonNews', claiming, according to Anonymous,
 * that the profile posted "private and confidential information"" (Wikinews, "Internet security firm to donate revenue
 * to charity after Anonymous protest of Westboro Baptist Church", 2012, fresh text): the words in marks are Twitter's
 * claim, not Anonymous's. `before` runs from the sentence's start to "according".
 */
function relayedAside(before: string): boolean {
  const verb = /(\p{L}+),\s*$/u.exec(before)?.[1];
  if (verb !== undefined && isSpeechVerb(verb)) return true;
  // "Judge Mohammed Oreibi al-Khalifa told al-Majid that, according to a New York Times report, he had "been convicted …""
  // (wikinews-ali-hassan-al-majid-two-others-sentenced-death-iraqi-court-2007-06-24): an aside right after the "that" of a
  // speech verb, its listener between, tells where the writer read the verb's subject's words.
  const clause = /(?:^|\s)((?:[^\s,;:"“”()]+\s+){1,5})that,\s*$/u.exec(before)?.[1] ?? '';
  return clause.split(/\s+/).some((word) => /^\p{Ll}+$/u.test(word) && isSpeechVerb(word));
}

/**
 * The speech verb with a subject of its own between the source and the mark, and whether the text names that subject:
 * `According to … ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism
 * charges"` (fresh Wikinews page): the words in marks sit in that speaker's reported clause, so they are his (the guide:
 * a direct quote inside a reported span gets its speaker), the outlet only passing them on. `According to the BBC, a
 * witness to the attack heard one or more of the perpetrators say "this is for Allah."`
 * (wikinews-seven-killed-forty-eight-injured-attack-london-bridge-2017-06-04): the subject is someone the cue reader
 * cannot name, and still not the outlet, so the quote is nobody's for sure ('unnamed', the verb's span). A passive (`has
 * been told to prepare a "…"`, wikinews-north-korea-quasi-state-of-war-2015-08-21) has no speaker of its own and leaves
 * the quote to the source; so does a participle or a relative clause, which may go on from the source itself ("…,
 * saying", "…, who told"). Null when no such verb stands there.
 */
function cueBetween(c: DirectCase, from: number): { named: boolean; verb: Located } | null {
  const { block, text, direct, cues } = c;
  for (const verb of text.slice(from, direct.open).matchAll(/\p{L}+/gu)) {
    const at = from + verb.index;
    const before = text.slice(from, at);
    // A capitalised "States" is a name's word ("the United States' Centers for Disease Control"), no verb.
    if (!/^\p{Ll}/u.test(verb[0]) || !isSpeechVerb(verb[0]) || /\b(?:was|were|is|are|been|being|be)\s+$/i.test(before)) continue;
    const speaker = cues.subjectBefore(block, at, from);
    const span = { block, start: at, end: at + verb[0].length };
    if (speaker?.entity && speaker.resolution === 'name') return { named: true, verb: span };
    const ownSubject = speaker ? !speaker.entity : !/ing$/.test(verb[0]) && !/(?:[,;]|\b(?:who|which|that|and|to))\s+$/iu.test(before);
    if (ownSubject) return { named: false, verb: span };
  }
  return null;
}

/**
 * `X called it a "…," according to NBC.`: a quote inside a clause is its clause's speaker's first (the guide: words
 * told to an outlet that the article then credits to it go to the named speaker), so the source after the mark is
 * read only once the cue sieves have found no speaker in the clause.
 */
export const laterAccordingTo: DirectSieve = (c) => (opensSentence(c) ? null : sourceAfter(c));

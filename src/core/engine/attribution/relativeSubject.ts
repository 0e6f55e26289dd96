import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { relativeClauseStart } from './relativeSpeech';
import type { Subject } from './types';

/**
 * "who" ending the words before a speech verb, after a comma, a dash or a space, perhaps with an adverb: "comes from
 * Ndagha who says …", "Deputy Prime Minister Tharman Shanmugaratnam – who said that …", "talk show host Faisal Al
 * Qassem who apparently said:". "which" is left alone: "The New York Times, which writes the issue".
 */
const RELATIVE_WHO = /(?:,\s*|\s+[–—]\s+|\s+)who\s+(?:also\s+|then\s+|[a-z]+ly\s+)?$/;

/**
 * An intensifying reflexive between a subject and its verb, perhaps with an adverb after it: "Morozov himself states
 * that he has quit public politics" (Global Voices, "Russia: The RuNet's Enduring Tomatoes", May 2012, fresh text),
 * "the company itself also said". English grammars call this the emphatic use of the reflexive (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985): it repeats the subject, so the speaker is the name before it.
 */
const INTENSIFIER = /\s+(?:himself|herself|themselves|itself)(?=\s+(?:(?:also|then|\p{Ll}+ly)\s+)?$)/u;

/**
 * A person set off before an appositive that ends where "who" begins: "a letter from Patrick Karam, a Guadeloupean-born
 * former junior minister in Sarkozy's government, who unexpectedly expresses …" (Global Voices, French Guiana,
 * Guadeloupe, Martinique, May 2012, fresh text). "who" stands for the appositive's head, the person, never a body
 * named inside the description.
 */
const APPOSITIVE_BEFORE = /,\s+(?:a|an|the)\s+[^,;:"“”()]{1,120}$/;

/**
 * An appositive whose last words are a name inside the complement of its noun: "Uri Geller, a friend of both Jackson and
 * Mark Lester, who said" (wikinews-shorts-badminton-nagasaki-lester-2009-08-09). The person named there is who the
 * description relates the head to; "who" after the closing comma goes back to the head, the person set off before it.
 */
const COMPLEMENT_NAME = /\s(?:of|for|to|with)\s+(?:both\s+|either\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+|\s+and\s+))*\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A reduced relative clause set off by commas that says where a place or a body is, closing the speaker words: "Professor
 * René Chura Quispe from ESFM Mariscal Andrés de Santa Cruz Calahumana, located in the Department of La Paz, said:"
 * (Global Voices, Bolivia, May 2012, fresh text). What it names is where the thing before it lies, never who speaks.
 */
const LOCATED_ASIDE = /,\s+(?:located|based|situated|headquartered)\s+(?:in|at|near|on)\s+[^,;:"“”()]{1,80},\s*$/u;

/**
 * A relative clause with "which" set off by commas, closing the words before the verb, perhaps with an auxiliary or an
 * adverb after it: "The United States, which has retreated from a previous goal of ousting Syrian President Bashar
 * al-Assad, has stated reconstruction will cost …" (wikinews-block-of-flats-collapses-aleppo-2019-02-05). The clause
 * tells of the body before it, which is the subject; a name inside it (the president it wanted ousted) never speaks.
 */
const CLOSED_WHICH = /,\s+which\s+[^,;:"“”()]{1,160},\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u;

/**
 * Whether the words of a sentence (opening at `sentenceStart`) before a verb at `end` close with a "which" clause set off
 * by commas (`CLOSED_WHICH`): the subject is then the body before the clause, never a name inside it. UTF-16 offsets.
 */
export const closesWhichAside = (text: string, end: number, sentenceStart: number): boolean =>
  CLOSED_WHICH.test(text.slice(Math.max(sentenceStart, end - 200), end));

/**
 * The speaker the words before a verb ending at `end` stand for through a relative "who", an intensifying reflexive or
 * a reduced relative saying where something is (`RELATIVE_WHO`, `INTENSIFIER`, `LOCATED_ASIDE`), read by
 * `subjectBefore` on the words before them; null when the words end in
 * neither, a reflexive follows no one the text names, or "who" follows no one who speaks (a place closing an address: "Petr Pravec, at the … Academy of Sciences
 * in Ondřejov, Czech Republic, who observed …"). Offsets are UTF-16 code units of `text`; the sentence opens at
 * `sentenceStart`.
 */
function whoSubject(text: string, end: number, sentenceStart: number, subjectBefore: (end: number) => Subject | null): Subject | null {
  const located = LOCATED_ASIDE.exec(text.slice(Math.max(sentenceStart, end - 120), end));
  const placed = located ? subjectBefore(end - located[0].length) : null;
  if (placed?.entity && placed.entity.type !== 'place') return placed;
  const before = text.slice(Math.max(sentenceStart, end - 30), end);
  const reflexive = INTENSIFIER.exec(before);
  // "Also through Twitter, the police itself warned the citizens …:" (gv-spain-barcelona-ecb-meeting-police-2012-05-07):
  // a subject that stands for no one the text names is left to the plain reading, which sets off no quote there.
  const repeated = reflexive ? subjectBefore(end - before.length + reflexive.index + 1) : null;
  if (repeated?.entity) return repeated;
  const which = reflexive ? null : CLOSED_WHICH.exec(text.slice(Math.max(sentenceStart, end - 200), end));
  if (which) {
    const body = subjectBefore(end - which[0].length);
    return body?.entity && body.entity.type !== 'person' ? body : null;
  }
  const relative = reflexive ? null : RELATIVE_WHO.exec(before);
  if (!relative) return null;
  const whoAt = end - relative[0].length;
  const antecedent = subjectBefore(whoAt);
  const appositive = APPOSITIVE_BEFORE.exec(text.slice(sentenceStart, whoAt));
  const head = appositive ? subjectBefore(sentenceStart + appositive.index) : null;
  if (antecedent?.entity?.type === 'person' && !(head?.entity?.type === 'person' && appositive && COMPLEMENT_NAME.test(appositive[0]))) return antecedent;
  if (head?.entity?.type === 'person') return head;
  return antecedent?.entity && antecedent.entity.type !== 'place' ? antecedent : null;
}

/**
 * A relative clause set off after a name with its own finite verb and no closing comma, right before the verb: `Alain
 * Bouillard, who is in charge of BEA's recovery effort said, "…"` (a fresh Wikinews page, April 2011). The clause has
 * its verb already ("is"), so the verb after it is the main clause's, whose subject is the person before "who".
 */
const UNCLOSED_WHO = /,\s+who\s+(?:is|was|has|had|heads|leads|runs|chairs|oversees|serves)\s+[^,;:"“”()—–]{1,100}?\s+$/u;

/** The person named right before such an unclosed relative clause (`UNCLOSED_WHO`) ending at `end`; null otherwise. */
function unclosedWhoSubject(text: string, end: number, sentenceStart: number, subjectBefore: (end: number) => Subject | null): Subject | null {
  const clause = UNCLOSED_WHO.exec(text.slice(Math.max(sentenceStart, end - 160), end));
  if (!clause || /\b(?:said|says|told|stated|added)\b/.test(clause[0])) return null;
  // Only a speech verb that leads straight into its words ("said, “…”", "said that …") is read past the clause: "who has
  // a 26-year history of trafficking controlled substances pleaded guilty", "who had been running an investigation into
  // alleged Russian involvement" (development half) hold no such verb.
  const verb = /^(\p{Ll}+)(?=\s*[,:]|\s+that\b)/u.exec(text.slice(end, end + 20))?.[1];
  if (!verb || !isSpeechVerb(verb)) return null;
  const person = subjectBefore(end - clause[0].length);
  return person?.entity?.type === 'person' && person.resolution === 'name' ? person : null;
}

/**
 * The speaker the words before a verb ending at `end` stand for through a relative clause: "who" right before the verb
 * (`whoSubject`), or a restrictive relative that reports speech of its own, whose antecedent is then the subject ("A
 * woman who said she was a neighbour told reporters …", `relativeClauseStart`). Null when the words end in neither.
 */
export function relativeSubject(text: string, end: number, sentenceStart: number, subjectBefore: (end: number) => Subject | null): Subject | null {
  const who = whoSubject(text, end, sentenceStart, subjectBefore) ?? unclosedWhoSubject(text, end, sentenceStart, subjectBefore);
  if (who) return who;
  const antecedentEnd = relativeClauseStart(text, sentenceStart, end);
  return antecedentEnd === null ? null : subjectBefore(antecedentEnd);
}

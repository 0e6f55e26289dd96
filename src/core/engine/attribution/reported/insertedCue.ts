import { isClauseSpeechVerb, isCueClause } from './midCue';
import { reportedQuote, insideDirect, type ReportedCase, type ReportedSieve } from './reported';
import type { Subject } from '../types';

/**
 * A sentence's opening that is only a subordinate clause: its conjunction. What follows the cue is the main clause.
 */
const SUBORDINATE_LEAD = /^(?:If|Because|Although|Though|Unless|When|Whenever|Since|Once|Even\s+if|Even\s+though)\s/u;

/**
 * The first word of a predicate: an auxiliary, a modal, or a past in -ed. After a subject set before the cue (`around 50
 * gallons of diesel fuel, officials said, spilled and ignited`), the words the cue reports are the predicate.
 */
const PREDICATE_START =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|remains|remain|(?!(?:need|red|shed)\b)\p{Ll}{2,}ed)\b/u;

/** A cue clause between commas: at most eight words, none a mark of a quote or a clause's stop. */
const BETWEEN_COMMAS = /,\s+([^,;:"“”()]{3,80}?),\s+(?=\p{Ll})/gu;

/**
 * "Video, I believe, is the most powerful communication medium" (fresh Global Voices, an interview's answer): the speaker's
 * own hedge on their words, not a report of someone's.
 */
const FIRST_PERSON = /^(?:I|we)\s/u;

/** "says the study", "said the report": a speech verb and a lower-case document or group after "the". */
const INVERTED_THE = /^(?:says|said)\s+the\s+\p{Ll}+$/u;

/**
 * Whether the words before a cue clause (`lead`) only lead into the words after it (`rest`): a subordinate clause up to
 * the sentence's first comma, or a subject whose predicate the rest is. A subordinate clause with a comma of its own has
 * its main clause before the cue (`Although researchers have made numerous estimates …, estimates of … have been few and
 * more uncertain, said JPL's Cédric David, a co-author of the study`, usgov-nasa-global-accounting-earths-rivers-2024-04-26).
 */
const leadsIn = (lead: string, rest: string) => (SUBORDINATE_LEAD.test(lead) && !lead.includes(',')) || PREDICATE_START.test(rest);

/**
 * The speaker of a cue clause [start, end) (UTF-16 offsets in the block): its subject before the verb, or the one after a
 * verb that opens it (`says Mr. Hunstable`, `says the study`); an unnamed group ("scientists say", "the government's critics
 * say") stays unattributed, as docs/annotation-guide.md gives it (`null` or the description).
 */
function clauseSpeaker(c: ReportedCase, start: number, end: number): Subject {
  const words = [...c.text.slice(start, end).matchAll(/\p{L}[\p{L}'’.-]*/gu)];
  const verb = words.find((w) => isClauseSpeechVerb(w[0]));
  if (!verb || verb.index === 0) {
    const after = start + (words[0]?.[0].length ?? 0) + 1;
    return c.cues.invertedSubjectAt(c.block, after) ?? unnamed(c, after, end);
  }
  const verbAt = start + verb.index;
  const named = c.cues.subjectBefore(c.block, verbAt, start);
  return named && named.ref.start >= start ? named : unnamed(c, start, c.text.slice(0, verbAt).trimEnd().length);
}

const unnamed = (c: ReportedCase, start: number, end: number): Subject => ({
  ref: { block: c.block, start, end },
  entity: null,
  resolution: 'unattributed',
  antecedent: null,
});

/**
 * A cue clause set between commas inside a sentence, after an opening that is only a subordinate clause or only the
 * subject: `If these findings are accurate, scientists say, containing COVID-19 may require a different approach`
 * (wikinews-covid-19-may-spread-like-flu-2020-02-22), `Because warmer water is more buoyant, says the study, it rises
 * above cooler water` (wikinews-upside-down-rivers-break-antarctic-ice-shelves-2019-10-12), `Ustream’s mission, says Mr.
 * Hunstable, is to provide …` (gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10), `… and which, the government's
 * critics say, has been economically disastrous` (voa-zimbabwe-harare-denies-passport-seizure-list-2005-09-06). The main
 * clause or the predicate after the cue is the quote, the opening optional (docs/annotation-guide.md, "Reported content
 * that goes on after its cue", as the dev gold of these articles gives it). Null for any other sentence: a whole clause
 * before the cue (`The guardrail would be examined, Roberts said, …`) is the final-clause sieve's.
 */
export const insertedCue: ReportedSieve = (c) => {
  const { text, range, end } = c;
  const sentence = text.slice(range.start, end);
  for (const m of sentence.matchAll(BETWEEN_COMMAS)) {
    const clause = m[1] ?? '';
    if (!(isCueClause(clause) || INVERTED_THE.test(clause)) || /\d/.test(clause) || FIRST_PERSON.test(clause)) continue;
    // "Japanese officials said the man showed symptoms …; his death, they reported, was …" (fresh Wikinews, February 2020):
    // an opening with a cue of its own is the cue-verb sieve's sentence, whose first report would be lost here.
    if ((sentence.slice(0, m.index).match(/\p{L}+/gu) ?? []).some(isClauseSpeechVerb)) return null;
    const clauseStart = range.start + m.index + m[0].indexOf(clause);
    const contentStart = range.start + m.index + m[0].length;
    if (insideDirect(c, clauseStart) || !leadsIn(sentence.slice(0, m.index), text.slice(contentStart, end))) continue;
    const speaker = clauseSpeaker(c, clauseStart, clauseStart + clause.length);
    const cue = { block: c.block, start: clauseStart, end: clauseStart + clause.length };
    const quote = reportedQuote(c, speaker, cue, contentStart, end, 'reported-inserted-cue');
    return quote ? [quote] : null;
  }
  return null;
};

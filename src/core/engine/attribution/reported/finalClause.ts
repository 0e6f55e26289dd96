import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { isSpeechVerb, reportingVerbOf } from '../../lexicon/reportingVerbs';
import { UNNAMED_GROUP } from '../groupSubjects';
import { rolePhraseAt } from '../rolePhrase';
import type { Subject } from '../types';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';
import { describedBefore } from './unnamedGroup';
import { isClauseSpeechVerb, midSentenceCueEnd, participleAfterCue, type ParticipleAfterCue } from './midCue';

/** What may follow the verb of a final cue without making it a clause of its own: a time, a place, an audience. */
const CIRCUMSTANCE =
  /^\s+(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|to|via|through|after|before|while|when|told|reporters|journalists|\p{Lu})/u;

/**
 * A sentence's end after a word (not an initial or an abbreviation such as "St.") and the next one's opening words: a
 * capitalised word, then one in lower case.
 */
const NEXT_SENTENCE = /\p{Ll}{2,}[.!?]["”’]?\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u;

/** Capitalised words, then an opening quote mark right after them: "Cummings “worked", "MSNBC Cummings “was". */
const NAME_THEN_QUOTE = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}["“]/u;

const hasSpeechVerb = (clause: string) => (clause.match(/\p{L}+/gu) ?? []).some((word) => isSpeechVerb(word));

/**
 * "…, Cassilly said, improving agencywide standards …": a short cue set between commas before a participle that goes on
 * with the content (docs/annotation-guide.md, "Reported content that goes on after its cue": the part before the cue is
 * the quote).
 */
const PARTICIPLE_AFTER_CUE = /^(?:(?:he|she|they)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:said|says|added|noted|explained)\s*,\s+\p{Ll}{3,}ing\s/u;

/**
 * Where the comma before an inverted cue ("…, said Jane Rigby, …") is, when the sentence ends in an appositive after it
 * that has no speech verb and at most 30 words; null otherwise. The commas are tried from the end, at most four back.
 */
function invertedCueBefore(sentence: string, lastComma: number): number | null {
  let at = lastComma;
  for (let tries = 0; tries < 4; tries++) {
    at = sentence.lastIndexOf(', ', at - 1);
    if (at <= 0) return null;
    const rest = sentence.slice(at + 2);
    if (/^(?:said|says|added|adds|noted|explained|wrote|reported|argued|stated|warned|insisted|according)\s/i.test(rest) || PARTICIPLE_AFTER_CUE.test(rest))
      return rest.split(/\s+/).length <= 30 && !hasSpeechVerb(rest.slice(rest.indexOf(', '))) ? at : null;
  }
  return null;
}

/**
 * Whether a direct quote opens at `from` (a UTF-16 offset after a cue's dash) or after a short aside closed by a dash,
 * comma or colon, within the same sentence.
 */
function leadsIntoDirect(c: ReportedCase, from: number): boolean {
  return c.directs.some((d) => d.open >= from && d.open < c.range.end && /^(?:|(?:\S+\s+){0,11}?\S+\s*[–—,:]\s*)$/u.test(c.text.slice(from, d.open)));
}

/** A description opened by a determiner or an owner's name: "the family ", "his wife ", "Smith's lawyers ". */
const OPENED_DESCRIPTION = /^(?:the|his|her|their|its|a|an|one|some|several|many|other|both|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}'’.-]+\s+){1,3}$/iu;

/**
 * "…, his family reported.", "…, the family said.", "…, her brother said.": a description of an unnamed speaker that the
 * subject readers do not take is the whole cue clause before its verb, as at a clause's start (`unnamedGroup.ts`); the
 * quote stays unattributed (docs/annotation-guide.md: an unnamed speaker is `null`).
 */
function unnamedBefore(c: ReportedCase, verbAt: number, clauseStart: number): Subject | null {
  // Only an opened description: "…, not just filing reports" is the writer's own clause.
  if (!OPENED_DESCRIPTION.test(c.text.slice(clauseStart, verbAt)) || !describedBefore(c, verbAt)) return null;
  return {
    ref: { block: c.block, start: clauseStart, end: c.text.slice(0, verbAt).trimEnd().length },
    entity: null,
    resolution: 'unattributed',
    antecedent: null,
  };
}

/** A sentence without its closing stop, closing quote mark and the white space around them (read from the end, once). */
function withoutClosingMarks(sentence: string): string {
  let end = sentence.trimEnd().length;
  if (sentence[end - 1] === '"' || sentence[end - 1] === '”') end = sentence.slice(0, end - 1).trimEnd().length;
  if (sentence[end - 1] === '.' || sentence[end - 1] === '!' || sentence[end - 1] === '?') end = sentence.slice(0, end - 1).trimEnd().length;
  return sentence.slice(0, end);
}

/**
 * `In a post entitled "A brave lady Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser commended Medea
 * Benjamin's courage and quoted her words:` (Global Voices, Yemen, May 2012): a verb whose object is what was said
 * (`objectSpeechVerbs.ts`), before a name or a determined phrase, has its object there, not an inverted subject; the
 * words before the comma are the writer's scene, and the object is read by `cueVerb`.
 */
const takesObject = (verb: string, afterVerb: string): boolean =>
  OBJECT_SPEECH_VERBS.has(verb.toLowerCase()) && /^\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|our)\s)/u.test(afterVerb);

/**
 * Whether the words before the comma at `comma` (an offset in the sentence) end in a name set off by commas: `The governor
 * of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency` (fresh Wikinews page) is a subject, its
 * appositive and a verb with its object, not content and an inverted cue.
 */
function appositiveSubject(c: ReportedCase, comma: number): boolean {
  const { block, text, range, cues } = c;
  const named = cues.subjectBefore(block, range.start + comma, range.start);
  return named?.resolution === 'name' && named.entity !== null && /,\s*$/.test(text.slice(range.start, named.ref.start));
}

/** The second quote of `…, Zapata said, adding it required …`: the words after the participle, the participle its cue. */
function addedQuote(c: ReportedCase, subject: Subject, { participle, contentStart }: ParticipleAfterCue) {
  const { block, range, end } = c;
  const cue = { block, start: range.start + participle.start, end: range.start + participle.end };
  return reportedQuote(c, subject, cue, range.start + contentStart, end, 'reported-final-clause');
}

/**
 * "…, Peskov said." and "…, said Peskov on Thursday.": the last clause after a comma is the cue, read
 * word by word for its speech verb; the content is everything before that comma.
 */
export const finalClause: ReportedSieve = (c) => {
  const { block, text, range, directs, cues } = c;
  const raw = text.slice(range.start, range.end);
  // No comma, no final clause: most sentences end here, before any reading.
  if (!raw.includes(', ')) return null;
  const whole = withoutClosingMarks(raw);
  // "…, NASA researchers said – even more so compared to …": the cue clause ends at a dash, and what follows the dash
  // goes on with the same speaker's words; a day may follow the verb ("…, they said Sunday — …").
  const dash = [...whole.matchAll(/\s+[–—]\s+/g)].find(
    (m) =>
      /,\s+(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}'’-]+$/u.test(whole.slice(0, m.index)) &&
      isSpeechVerb(/(\p{L}+)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|yesterday|today))?$/u.exec(whole.slice(0, m.index))?.[1] ?? ''),
  );
  // "…, President Erdogan said — as reported by Hurriyet Daily News — "Ayasofya …"": a cue whose dash aside leads into a
  // direct quote introduces that quote; the words before its comma are the writer's scene-setting, not content.
  if (dash && leadsIntoDirect(c, range.start + dash.index + dash[0].length)) return null;
  const midCue = dash ? null : midSentenceCueEnd(whole);
  const participle = dash || midCue !== null ? null : participleAfterCue(whole);
  const sentence = dash ? whole.slice(0, dash.index) : whole.slice(0, midCue ?? participle?.cueEnd ?? whole.length);
  let lastComma = sentence.lastIndexOf(', ');
  if (lastComma <= 0) return null;
  let clause = sentence.slice(lastComma + 2);
  // "…, said Jono Bacon, director of community at GitHub.", "…, said Jane Rigby, Webb operations project scientist at
  // NASA's Goddard Space Flight Center in Greenbelt, Maryland.": the cue is the clause before a closing appositive, which
  // may hold commas and a relative clause of its own.
  const inverted = hasSpeechVerb(clause) ? null : invertedCueBefore(sentence, lastComma);
  if (inverted !== null) {
    clause = sentence.slice(inverted + 2);
    lastComma = inverted;
  }
  // The closing appositive only describes the speaker: what follows the verb is read up to it.
  const appositiveAt = inverted === null ? clause.length - (sentence.length - sentence.lastIndexOf(', ')) : clause.indexOf(', ');
  const clauseWords = [...clause.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  // A capitalised verb is a name's word: "…, Ohio in the United States in 1922" has no cue.
  const verbMatch = clauseWords[clauseWords.findIndex((w, i) => i <= 8 && isClauseSpeechVerb(w[0]))];
  if (!verbMatch || clauseWords.length > 18) return null;
  const clauseStart = range.start + lastComma + 2;
  const verbAt = clauseStart + verbMatch.index;
  const verb = verbMatch[0];
  const afterVerb = clause.slice(verbMatch.index + verb.length, appositiveAt > verbMatch.index ? appositiveAt : undefined);
  const afterWords = afterVerb.split(/\s+/).filter(Boolean).length;
  // "…, said the team was ready" is a clause of its own: "Name, appositive, said X was …" read backwards otherwise.
  // "…, urged the immunity be waived": a subjunctive "be" makes one too.
  const finiteAfter = /\b(?:was|were|is|are|be|would|will|had|has|could|should|might|must|did)\b/.test(afterVerb);
  // "…, says economist Ama Boateng": a role noun and a name after the verb are its inverted subject; not a clause of its
  // own ("…, but Wilson said the NESC has found an equilibrium").
  const roleThenName = /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+\p{Lu}/u.test(afterVerb) && afterWords <= 6 && !finiteAfter;
  // "Cyberattack No. 1 threat, says brigade commander at NIE 16.1" (an Army News Service headline, 2015): a headline
  // drops the article before the role noun that is the verb's inverted subject.
  const headlineRole = block === 0 && afterWords <= 6 && !finiteAfter && rolePhraseAt(afterVerb.trimStart(), 0) !== null;
  // "…, reported officials, with 25 others injured": an unnamed group after the verb is its inverted subject.
  const group = afterWords <= 3 && UNNAMED_GROUP.exec(afterVerb.trim())?.[0].length === afterVerb.trim().length;
  // "…, the organization claims to have planted …": "to" and a verb is what was claimed, not an audience ("said to reporters").
  const infinitive = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|reporters|journalists|lawmakers|me|us|him|them)\b)\p{Ll}/u.test(afterVerb);
  // "…, said Cummings “worked until his last breath”": a name and an opening mark after the verb are the subject and
  // predicate of the reported clause, the verb's subject being before it; no inverted cue (wikinews-elijah-cummings-dies-2019-10-18,
  // wikinews-actor-doris-day-dies-at-97-2019-05-16).
  const nameThenQuote = NAME_THEN_QUOTE.test(afterVerb);
  const onlyCircumstance =
    afterVerb === '' ||
    (afterWords <= 7 && CIRCUMSTANCE.test(afterVerb) && !finiteAfter && !infinitive) ||
    // "…, said the minister": a noun phrase after the verb is its subject; after ", and the NEOC announced the decision
    // that night" it is the object of a clause of its own, which reports nothing before it.
    (afterWords <= 4 && /^\s+(?:the|a|an)\s/.test(afterVerb) && !finiteAfter && !/^(?:and|but)\s/i.test(clause) && !appositiveSubject(c, lastComma)) ||
    roleThenName ||
    headlineRole ||
    group;
  if (!onlyCircumstance || nameThenQuote || insideDirect(c, verbAt) || takesObject(verb, afterVerb)) return null;
  // "…, which he denied.", "Bolton claims Trump asked Xi …, which Trump denied.": what is denied is someone else's
  // accusation; the denier's own words are not in the sentence (docs/annotation-guide.md: the content is what was said).
  if (/^which\s/i.test(clause) && reportingVerbOf(verb)?.lemma === 'deny') return null;
  // "…, for which he was criticized.": a passive cue tells what was said of the subject, not by it.
  if (/\b(?:was|were|is|are|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(clauseStart, verbAt))) return null;
  // "…, CNN Philippines reported the governor said.": the one a second speech verb after the first gives said it; the
  // outlet only passed it on.
  const relayed = hasSpeechVerb(afterVerb) ? cues.subjectAt(block, verbAt + verb.length + 1) : null;
  // "…, argued the government's lawyer, Richard Keen.": an inverted subject is read as a direct quote's trailing cue reads it.
  const found =
    relayed ??
    cues.subjectBefore(block, verbAt, clauseStart) ??
    cues.invertedSubjectAt(block, verbAt + verb.length + 1) ??
    unnamedBefore(c, verbAt, clauseStart);
  // "State prosecutors charged the suspect …, they said Sunday": "they" is the unnamed group the sentence opens with,
  // no organisation named before it.
  const theyOpen = found && /^they$/i.test(text.slice(found.ref.start, found.ref.end)) && UNNAMED_GROUP.test(text.slice(range.start, range.end));
  const subject = theyOpen ? { ...found, entity: null, resolution: 'unattributed' as const, antecedent: null } : found;
  // A speaker is never taken from the next sentence ("…, urged the immunity be waived. The embassy declined …"); a
  // title's abbreviation ("said Brig. Gen. Terry McKenrick") ends none.
  if (!subject || NEXT_SENTENCE.test(text.slice(verbAt, Math.max(subject.ref.end, verbAt)))) return null;
  const cue = { block, start: Math.min(subject.ref.start, verbAt), end: Math.max(subject.ref.end, verbAt + verb.length) };
  const quote = reportedQuote(c, subject, cue, range.start, range.start + lastComma, 'reported-final-clause');
  if (!quote || directs.some((d) => d.start <= quote.start && d.end >= quote.end)) return null;
  // "… with capital murder, they said Sunday — murder carrying the possibility of the death penalty": words after the dash
  // that open by restating the content's last word gloss it in the writer's voice.
  const after = whole.slice(dash ? dash.index + dash[0].length : whole.length);
  const restates = /^(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() === /(\p{L}+)\W*$/u.exec(whole.slice(0, lastComma))?.[1]?.toLowerCase();
  const goesOn =
    dash && !restates ? reportedQuote(c, subject, cue, range.start + dash.index + dash[0].length, range.start + whole.length, 'reported-final-clause') : null;
  const added = participle ? addedQuote(c, subject, participle) : null;
  return goesOn ? [quote, goesOn] : added ? [quote, added] : [quote];
};

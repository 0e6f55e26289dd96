import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { UNNAMED_GROUP } from '../groupSubjects';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';
import { describedBefore } from './unnamedGroup';
import { documentByAuthor } from './documentByAuthor';

/** Whether any word of `clause` is a speech verb (`reportingVerbs.ts`): a clause that says something of its own. */
export const hasSpeechVerb = (clause: string) => (clause.match(/\p{L}+/gu) ?? []).some((word) => isSpeechVerb(word));

/**
 * What may stand before the verb of an inverted cue (`…, also said X`, `…, later wrote X`): adverbs only, and the marks
 * of a quote that closes on one (`…, specifically,” said Center Director Eugene Tu`, a NASA page whose opening mark was lost).
 */
const INVERSION_OPENING = /^[\s"”’]*(?:(?:also|then|later|further|again|once|too|now|\p{Ll}+ly)[\s,"”’]+)*$/u;

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

/** A final cue clause as `finalClause` reads it: its speech verb, where it and the clause stand (UTF-16, in the block). */
interface CueClause {
  verb: string;
  verbAt: number;
  clauseStart: number;
  /** What follows the verb in the clause, up to a closing appositive. */
  afterVerb: string;
}

/**
 * Who speaks in a final cue clause: one a second speech verb after the first names (the outlet only passed it on), the
 * subject before the verb, an inverted subject after it, or an unnamed description (`unnamedBefore`); a "they" that an
 * unnamed group the sentence opens with stands for stays unattributed. Null when none is found.
 */
export function finalSubject(c: ReportedCase, { verb, verbAt, clauseStart, afterVerb }: CueClause): Subject | null {
  const { block, text, range, cues } = c;
  // "…, CNN Philippines reported the governor said.": the one a second speech verb after the first gives said it; the
  // outlet only passed it on.
  const relayed = hasSpeechVerb(afterVerb) ? cues.subjectAt(block, verbAt + verb.length + 1) : null;
  // "…, argued the government's lawyer, Richard Keen.": an inverted subject is read as a direct quote's trailing cue reads it.
  // A participle is never inverted: in "Workers completed stacking of the Saturn V in October, adding the Apollo spacecraft
  // in early December" (NASA, "55 Years Ago: Six Months Until the Moon Landing") the words after "adding" are its object,
  // and its subject is the sentence's own, so nobody is quoted.
  // "…, will provide enduring platform-centric assured PNT distribution capabilities" (an ARCIC page, fresh): an inverted
  // subject follows a verb that opens its clause, adverbs aside; words before the verb make it a modifier in a predicate.
  // "…," Dominique Broxton, a student at NIU, told the Chicago Tribune." (fresh Wikinews, February 2008): the name after
  // "told" is whom it was told to, never an inverted subject; the subject is the name and appositive before the comma.
  const opensClause = INVERSION_OPENING.test(text.slice(clauseStart, verbAt)) && !/^(?:told|tells?)$/i.test(verb);
  const invertedSubject = (/ing$/.test(verb) && verb !== 'according') || !opensClause ? null : cues.invertedSubjectAt(block, verbAt + verb.length + 1);
  // "…, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:": the document after the verb speaks as its named author.
  const issued = opensClause && !invertedSubject && documentByAuthor(afterVerb) ? cues.subjectAt(block, verbAt + verb.length + 1) : null;
  const found =
    relayed ?? cues.subjectBefore(block, verbAt, clauseStart) ?? invertedSubject ?? (issued?.entity ? issued : null) ?? unnamedBefore(c, verbAt, clauseStart);
  // "State prosecutors charged the suspect …, they said Sunday": "they" is the unnamed group the sentence opens with,
  // no organisation named before it.
  const theyOpen = found && /^they$/i.test(text.slice(found.ref.start, found.ref.end)) && UNNAMED_GROUP.test(text.slice(range.start, range.end));
  return theyOpen ? { ...found, entity: null, resolution: 'unattributed' as const, antecedent: null } : found;
}

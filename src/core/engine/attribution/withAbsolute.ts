import { titleOfBodyBefore } from './governedName';
import type { Subject } from './types';

/** "the latter" or "the former" as the whole of the speaker words. */
const PICKER = /^the\s+(?:latter|former)$/i;

/** "having" right before a past participle: `with analyst Kevin Bonham having declared it …`. */
const HAVING = /\s+having\s+$/;
/**
 * "with" opening a phrase (at the sentence's start, or after a comma or dash) and at most three lower-case words (a
 * role: "analyst", "former senator") before the name. Inside a clause "with" takes an object ("Carroll agreed with La
 * Riva saying …"), and the participle then hangs on the clause.
 */
const WITH_BEFORE_NAME = /(?:^|[,—–]\s*)[Ww]ith\s+((?:\p{Ll}[\p{L}-]*\s+){0,3})$/u;
/** Words that make the name a preposition's object or part of a list, not the participle's subject. */
const NOT_ROLE = /^(?:the|a|an|of|to|from|by|for|in|on|at|and|or|as|than|his|her|their|its|help|support)$/;

/**
 * The speaker of a participle in an absolute phrase after "with": `Some political analysts considered this a foregone
 * conclusion, with analyst Kevin Bonham having declared it on his blog as "…"` (Wikinews, Groom by-election, November 2020),
 * `with Cernan summing it up best, "…"` (NASA, "55 Years Ago" Apollo 10 feature). "with" takes the name as the subject of the participle
 * (-ing, or "having" and a past participle) after it, so the name speaks, not the clause's subject (Quirk et al. 1985, a
 * non-finite clause with "with" as its subordinator). Only a name counts, or "the latter" or "the former" picking one of a pair
 * just named (`latterFormer.ts`): a pronoun or a role noun is left to the other readings. The name may carry its title
 * and the body it is held in between it and the participle (`titleOfBodyBefore`).
 * `verbStart` is the verb's offset (UTF-16) in `text`; `subjectBefore` reads the speaker words that end at an offset.
 */
export function withAbsolute(text: string, sentenceStart: number, verbStart: number, subjectBefore: (end: number) => Subject | null): Subject | null {
  const verb = /^\p{L}+/u.exec(text.slice(verbStart))?.[0] ?? '';
  const having = HAVING.exec(text.slice(sentenceStart, verbStart));
  if (!(having ? /(?:ed|en|aid|ote|old)$/.test(verb) : /ing$/.test(verb))) return null;
  const verbEnd = having ? sentenceStart + having.index : verbStart;
  // "with Anne Smillie chief executive of Badminton Scotland saying that …" (wikinews-shorts-badminton-nagasaki-lester-
  // 2009-08-09): when no speaker words end at the verb, the name may end before its title and body.
  const atVerb = subjectBefore(verbEnd);
  const titled = atVerb === null ? titleOfBodyBefore(text.slice(sentenceStart, verbEnd)) : null;
  const end = titled === null ? verbEnd : sentenceStart + titled;
  const subject = titled === null ? atVerb : subjectBefore(end);
  // "his first child with wife Kim Kardashian, screaming "…"", "Carroll agreed with La Riva, saying …" (Wikinews, 2020):
  // a participle set off by a comma hangs on the clause, and the name after "with" is only the preposition's object.
  // "with the latter yesterday confirming" (`latterOrFormer`): the one of a pair just named counts as a name.
  const named = subject?.resolution === 'name' || (subject?.resolution === 'role' && PICKER.test(text.slice(subject.ref.start, subject.ref.end)));
  if (!subject?.entity || !named || !/^\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(subject.ref.end, end))) return null;
  const lead = WITH_BEFORE_NAME.exec(text.slice(sentenceStart, subject.ref.start));
  if (!lead) return null;
  return lead[1]?.split(/\s+/).some((w) => NOT_ROLE.test(w)) ? null : subject;
}

import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { callContentStart } from './directives';
import { framesObject } from './objectFrame';
import { insideDirect, type ReportedCase } from './reported';

/**
 * "A mother called the police …, according to Kamloops Police": "called" with a plain object is a phone call, no cue of
 * its own; it speaks only as a call for something (`called for`, `called on X to`) or a judgement (`called it unlikely`).
 */
const phoneCall = (c: ReportedCase, word: string, verbEnd: number, to: number): boolean =>
  /^call(?:s|ed)?$/i.test(word) &&
  callContentStart(word, c.text, verbEnd) === null &&
  !framesObject(word.toLowerCase(), c.text.slice(verbEnd, c.end)) &&
  // `Pelosi called Trump's conduct a "breach of …," according to NBC`: a name given in marks is a judgement too.
  !/["“”]/.test(c.text.slice(verbEnd, to));

/**
 * "Trump has admitted to ordering the payments, according to prosecutors" (wikinews-us-judge-orders-release-trump-tax-
 * records-2019-10-10): a verb of admitting with "to" and an -ing form tells a deed owned up to, which the source reports;
 * the clause is the source's, as one with no speech verb is.
 */
const admitsDeed = (c: ReportedCase, word: string, verbEnd: number): boolean =>
  /^(?:admit|confess)/i.test(word) && /^\s+to\s+\p{Ll}{2,}ing\b/u.test(c.text.slice(verbEnd, verbEnd + 40));

/**
 * Whether the words [from, to) have a speech verb of their own whose subject is a named person (or, with `anyNamed`,
 * any named speaker).
 */
export function saysSomeone(c: ReportedCase, from: number, to: number, anyNamed = false): boolean {
  for (const verb of c.text.slice(from, to).matchAll(/\p{L}+/gu)) {
    const verbEnd = from + verb.index + verb[0].length;
    if (!isSpeechVerb(verb[0]) || insideDirect(c, from + verb.index) || phoneCall(c, verb[0], verbEnd, to) || admitsDeed(c, verb[0], verbEnd)) continue;
    const subject = c.cues.subjectBefore(c.block, from + verb.index, from);
    if (subject?.entity && (anyNamed || subject.entity.type === 'person') && subject.resolution === 'name') return true;
  }
  return false;
}

/** Whether the words [from, to) hold a speech verb with a that-clause: a cue of their own, named or not. */
export const saysThat = (c: ReportedCase, from: number, to: number) =>
  [...c.text.slice(from, to).matchAll(/(\p{L}+)\s+that\b/gu)].some((m) => isSpeechVerb(m[1] ?? '') && !insideDirect(c, from + m.index));

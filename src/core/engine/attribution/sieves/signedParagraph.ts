import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';

/**
 * A paragraph's closing signature: after a sentence's end, an optional dash, then two to four capitalised words
 * alone to the paragraph's end (`… the mainstream media laughs about it. — Rick Santorum`, `… she was suppressive.
 * Valeska Paris`).
 */
const SIGNATURE = /[.!?…\]]\s+(?:([-—–]{1,2})\s*)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\.?\s*$/u;
/** The speaker's own voice: a pull quote without a dash is told in the first person, a caption or a credit is not. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)\b/;

/**
 * `[The santorum neologism is] offensive beyond, … and the mainstream media laughs about it. — Rick Santorum`,
 * `I was basically hauled in and told that my mum had attacked the church … because she was suppressive. Valeska
 * Paris`: a paragraph without quote marks that ends in a person's full name is a pull quote whose marks the text lost
 * (the annotation guide's pull quotes, "ending `— Name`"): the words before the name are that person's. Observed on
 * real news: Wikinews quote boxes as the GUM corpus keeps them, which drop the marks, and sometimes the dash too.
 * Without a dash the words must be in the first person, so that a caption's closing credit ("… its narrow-field-of-view
 * camera. Intuitive Machines") or a list of names is no quote. The name must lead to a person the article names;
 * null otherwise.
 */
export function signedParagraph(block: number, text: string, cues: CueReader): FoundQuote | null {
  if (text.length > 900 || /["“”«»]|``/.test(text)) return null;
  const signature = SIGNATURE.exec(text);
  if (!signature?.[2]) return null;
  const dashed = signature[1] !== undefined;
  const nameAt = signature.index + signature[0].lastIndexOf(signature[2]);
  const words = text
    .slice(0, nameAt)
    .replace(/[-—–]{1,2}\s*$/, '')
    .trimEnd();
  if (!dashed && !FIRST_PERSON.test(words)) return null;
  const subject = cues.subjectAt(block, nameAt);
  if (!subject?.entity || subject.entity.type !== 'person' || subject.resolution !== 'name') return null;
  if (!/^\s*\.?\s*$/.test(text.slice(subject.ref.end))) return null;
  const quote = unattributed(block, { start: 0, end: words.length }, 'direct');
  // The cue is the signature as the golds write a trailer's: from its dash ("— Rick Santorum"), or the name alone.
  const cueStart = dashed ? signature.index + signature[0].indexOf(signature[1] ?? '') : nameAt;
  return attributed(quote, subject, { block, start: cueStart, end: subject.ref.end }, 'trailer-dash');
}

import { LOOK_BACK } from '../subjects';
import { attributeCase, type DirectSieve } from './direct';

/** `according to X, "…"`: the source named before the opening mark, in the same sentence. */
export const accordingTo: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const leftStart = Math.max(range.start, direct.open - LOOK_BACK);
  const according = /according to\s+/i.exec(text.slice(leftStart, direct.open));
  if (!according) return null;
  const subject = cues.subjectAt(block, leftStart + according.index + according[0].length);
  return subject ? attributeCase(c, subject, { block, start: leftStart + according.index, end: subject.ref.end }, 'according-to') : null;
};

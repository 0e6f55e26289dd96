import { LOOK_BACK } from '../subjects';
import { attributeCase, type DirectSieve } from './direct';

/**
 * `according to X, "…"`: the source named before the opening mark, in the same sentence; and `"…," according to X.`:
 * the source named right after the closing mark and its comma, the order the AP Stylebook gives for attributing a
 * quote to a document or a person at the end.
 */
export const accordingTo: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  if (direct.close !== null) {
    const after = /^[,.!?]?[”"]?,?\s+according to\s+/i.exec(text.slice(direct.close + 1));
    const subject = after ? cues.subjectAt(block, direct.close + 1 + after[0].length) : null;
    const start = direct.close + 1 + (after?.[0].search(/according/i) ?? 0);
    if (subject?.entity) return attributeCase(c, subject, { block, start, end: subject.ref.end }, 'according-to');
  }
  const leftStart = Math.max(range.start, direct.open - LOOK_BACK);
  const according = /according to\s+/i.exec(text.slice(leftStart, direct.open));
  if (!according) return null;
  const subject = cues.subjectAt(block, leftStart + according.index + according[0].length);
  return subject ? attributeCase(c, subject, { block, start: leftStart + according.index, end: subject.ref.end }, 'according-to') : null;
};

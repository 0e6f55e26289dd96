import { attributeCase, type DirectSieve } from './direct';

/**
 * `"…" —Commissioner Delia Fontaine` and `"…" - Name, title`: a dash after the closing mark, then the
 * speaker's name and nothing but a description to the end of the paragraph (the trailer of a pull
 * quote or a statement round-up).
 */
export const trailerDash: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null) return null;
  const after = direct.close + 1;
  const dash = /^[,.]?\s*[-—–]{1,2}\s*/.exec(text.slice(after));
  if (!dash) return null;
  const subject = cues.subjectAt(block, after + dash[0].length);
  if (!subject || subject.resolution !== 'name') return null;
  const rest = text.slice(subject.ref.end);
  if (!/^(?:,[^"“”]{0,80})?\s*[.]?\s*$/.test(rest)) return null;
  return attributeCase(
    c,
    subject,
    { block, start: after + dash[0].length - (dash[0].length - dash[0].trimStart().length), end: subject.ref.end },
    'trailer-dash',
  );
};

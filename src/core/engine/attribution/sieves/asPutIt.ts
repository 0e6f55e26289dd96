import { attributeCase, type DirectSieve } from './direct';

/**
 * "as the Supreme Court decision put it", "as Smith put it": the subject's words, then "put it" (or "phrased it"); or
 * "says", "said", "notes", "noted" closing the aside ("as the National Science Foundation’s Jessica Arriens says)"), so
 * that "as Smith said goodbye" tells of a time, not of the words.
 */
const AS_PUT_IT =
  /^as\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?)\s+(?:(?:put|puts|phrased|phrases)\s+it\b|(?:says|said|notes|noted)(?=\s*(?:[,.;:!?)—–]|$)))/iu;

/** What may stand between the quote and an aside after it: a closing comma, a dash, or nothing but a space. */
const AFTER_CLOSE = /^[”"]?\s*(?:[,—–]\s*)?/u;

/**
 * "as X put it" before the quote's opening mark and a comma, a dash or a colon; an appositive set off by commas and an
 * adverb may stand between the subject and "put it" (`Or as Chris Ferguson, Director of GDS’s digital group, recently
 * put it, “Get on with it …”`, usgov-gsa-18f-uk-digital-service-visit-2015-12-22).
 */
const BEFORE_OPEN =
  /\bas\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?)(?:,[^,;:"“”]{1,80},)?\s+(?:\p{L}+ly\s+)?(?:put|puts|phrased|phrases)\s+it\s*[,—–:]\s*$/iu;

/**
 * `traffic "ground to a halt" — as the Supreme Court decision put it — at part of the George Washington Bridge` (fresh
 * Wikinews page on Kelly v. United States, May 2020), `The plan was, as Smith put it, "a total disaster"`,
 * `(“things you’ve already worked hard on” as the National Science Foundation’s Jessica Arriens says)` (usgov-gsa-medium-
 * federal-terms-of-service-2015-07-17): an aside "as X put it" (or "as X says") right after the quote, or "as X put it"
 * right before its mark, says whose words they are. The speaker is read where the
 * subject starts (a document's author is its owner: `CueReader.subjectAt`); a subject the text names no one for leaves
 * the quote to the other sieves.
 */
export const asPutIt: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const closeAt = direct.close === null ? null : direct.close + 1;
  const after = closeAt === null ? null : AFTER_CLOSE.exec(text.slice(closeAt, range.end));
  const asideStart = after && closeAt !== null ? closeAt + after[0].length : null;
  const following = asideStart === null ? null : AS_PUT_IT.exec(text.slice(asideStart, range.end));
  const preceding = following ? null : BEFORE_OPEN.exec(text.slice(range.start, direct.open));
  const match = following ?? preceding;
  const matchStart = following && asideStart !== null ? asideStart : preceding ? range.start + preceding.index : null;
  if (!match?.[1] || matchStart === null) return null;
  const subjectStart = matchStart + match[0].indexOf(match[1], 2);
  const subject = cues.subjectAt(block, subjectStart);
  if (!subject?.entity || subject.ref.end > subjectStart + match[1].length) return null;
  return attributeCase(
    c,
    subject,
    { block, start: matchStart, end: matchStart + match[0].replace(/[\s,—–:]+$/u, '').length },
    following ? 'trailing-cue' : 'leading-cue',
  );
};

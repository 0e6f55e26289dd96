import { attributeCase, type DirectSieve } from './direct';
import { speaksAsOnePerson } from './personWords';

/** The dash that closes the aside after the quote, then the main clause's subject. */
const CLOSING_DASH = /^[,.]?["”]?\s*[–—]\s+/;
/**
 * A "she" or "he" as a subject before the aside ("Although she decided not to become a planetary scientist –"): the clause
 * the aside interrupts is the person's own act, so its words are theirs. Without it, or with another's words named
 * ("Inspired by her teacher's advice – “I tell every student …” – Flores applied"), the aside may quote someone else.
 */
const ABOUT_THE_SUBJECT = /(?<![\p{L}'’])(?:[Ss]he|[Hh]e)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
/** A lower-case word right after the subject: its verb ("credits"), so the name opens the main clause. */
const VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b/u;

/**
 * `Although she decided not to become a planetary scientist – “I considered it, but I didn’t want to spend another
 * five years on a Ph.D.; I was ready to get a job” – Flores credits the JPL internship with helping her …` (NASA, JPL
 * interns feature, nasa_article_180.md of katie-hofschen/NASA_RAG, not in the corpus): a first-person quote set off by
 * dashes as an aside, with no cue of its own, in a sentence about one person, is that person's words, the subject who
 * opens the main clause after the closing dash. Abstains when no "she" or "he" acts before the aside or a possessive
 * names someone else's words there, when the sentence names any other person, when the quote
 * does not speak as one person or speaks of a "he" or "she", or when no name and verb follow the dash.
 */
export const dashedAside: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const close = direct.close;
  // The dash is looked for in the last characters only: a sentence thousands of words long is not read again per quote.
  if (close === null || !/\s[–—]\s*["“]?$/.test(text.slice(Math.max(range.start, direct.open - 12), direct.open))) return null;
  const lead = text.slice(range.start, direct.open);
  if (!ABOUT_THE_SUBJECT.test(lead) || /\p{L}['’]s\b/u.test(lead)) return null;
  if (!speaksAsOnePerson(text.slice(direct.start, direct.end))) return null;
  const dash = CLOSING_DASH.exec(text.slice(close + 1, range.end));
  if (!dash) return null;
  const at = close + 1 + dash[0].length;
  const subject = cues.subjectAt(block, at);
  if (subject?.resolution !== 'name' || subject.entity?.type !== 'person' || !VERB_AFTER.test(text.slice(subject.ref.end, range.end))) return null;
  const others = cues.mentions
    .between(block, range.start, range.end)
    .filter((m) => (m.end <= direct.open || m.start > close) && m.entity.type === 'person' && m.entity !== subject.entity);
  if (others.length > 0) return null;
  return attributeCase(c, subject, { block, start: subject.ref.start, end: subject.ref.end }, 'trailing-cue');
};

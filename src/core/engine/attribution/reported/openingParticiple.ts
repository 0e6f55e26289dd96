import { cueVerb } from './cueVerb';
import { hasClause } from './notACue';
import { insideDirect, reportedQuote, type ReportedSieve } from './reported';

/** Speech participles that open a sentence with what the main clause's subject said, lower case. */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying',
  'confirming',
  'noting',
  'adding',
  'arguing',
  'claiming',
  'insisting',
  'warning',
  'explaining',
  'stressing',
  'acknowledging',
  'admitting',
]);

/** The sentence's first word, capitalised, then the content up to its first comma (with "that" left out). */
const OPENING = /^(\p{Lu}\p{Ll}+)\s+(?:that\s+)?([^,;:]{3,200}),\s+/u;

/**
 * "Saying Rocky Linux is for the community, Kurtzer said he …" (wikinews-gregory-kurtzer-rocky-linux-interview-2020-12-18),
 * "Confirming life can thrive in atmospheres that do not have oxygen, Seager said …" (wikinews-seager-2020-12-25): a
 * speech participle opening the sentence reports the clause it takes, and its subject is the main clause's (a
 * participle phrase hangs on the subject after it, AP Stylebook "dangling modifiers"). The content is a clause of its
 * own up to the comma; the main clause is then read by the cue verbs as any sentence is. Abstains when the sentence does
 * not open so, or no speaker stands right after the comma.
 */
export const reportedOpeningParticiple: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const opening = OPENING.exec(text.slice(range.start, end));
  if (!opening?.[1] || !opening[2] || !OPENING_PARTICIPLES.has(opening[1].toLowerCase())) return null;
  const contentStart = range.start + opening[0].length - opening[2].length - (/,\s+$/.exec(opening[0])?.[0].length ?? 0);
  const contentEnd = contentStart + opening[2].length;
  if (insideDirect(c, contentEnd) || !hasClause(opening[2])) return null;
  const subject = cues.subjectAt(block, range.start + opening[0].length);
  if (!subject?.entity) return null;
  const cue = { block, start: range.start, end: range.start + opening[1].length };
  const quote = reportedQuote(c, subject, cue, contentStart, contentEnd, 'reported-cue-verb');
  return quote ? [quote, ...(cueVerb(c) ?? [])] : null;
};

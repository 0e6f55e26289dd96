import { insideDirect, reportedQuote, type ReportedSieve } from './reported';

/** A verb that characterises what the clause's gapped object is, then "as": "described as", "characterized as". */
const DESCRIBED_AS = /\b(?:described|characterized|characterised)\s+as\s+/gu;

/** What stands before the named subject of a relative clause whose object is gapped: a noun ("a process"), "that" or "which". */
const GAPPED_OBJECT = /(?:\b(?:that|which)|\p{Ll}{3,})\s+$/u;

/**
 * The comma that closes the relative clause where the sentence's own clause resumes: a capitalised subject (`In a
 * debate Jones described as combative, Trump refused …`) or its verb (`The drug, which Jones described as promising,
 * will be tested …`). A relative or a participle after the comma (`…, which makes the surface very smooth`) goes on.
 */
const CLAUSE_CLOSES = /,\s+(?=\p{Lu}|(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall|does|did)\b)/u;

/**
 * "…, a process Zapata described as being tricky because the boat could not be kept still in the moving waters of the
 * Channel." (wikinews-zapata-crosses-channel-flyboard-2019-08-06), "…, that Wang described as resembling human hairs …"
 * (wikinews-slippery-coating-self-cleaning-toilets-2019-11-21): a relative clause, its object gapped, whose subject is a
 * person named right before "described as". What the person said of the thing is the words from "as" to the sentence's
 * end or to the comma that closes the clause (the guide's content of a characterising verb); the cue is the name and the verb. A name opening the sentence is
 * its main subject, which the other sieves read, and words in marks after "as" are a direct quote's, which the
 * characterising sieve reads.
 */
export const describedAs: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  for (const m of text.slice(range.start, end).matchAll(DESCRIBED_AS)) {
    const verbAt = range.start + m.index;
    const asAt = verbAt + m[0].search(/as\s+$/u);
    if (insideDirect(c, verbAt) || /^["“]/u.test(text.slice(verbAt + m[0].length))) continue;
    const subject = cues.subjectBefore(block, verbAt, range.start);
    if (subject?.entity?.type !== 'person' || subject.resolution !== 'name' || !/^\s+$/u.test(text.slice(subject.ref.end, verbAt))) continue;
    if (!GAPPED_OBJECT.test(text.slice(range.start, subject.ref.start))) continue;
    const cue = { block, start: subject.ref.start, end: asAt - 1 };
    const closes = text.slice(asAt, end).search(CLAUSE_CLOSES);
    const quote = reportedQuote(c, subject, cue, asAt, closes < 0 ? end : asAt + closes, 'reported-cue-verb');
    if (quote) return [quote];
  }
  return null;
};

import type { SentenceRange } from '../../sentences';
import type { FoundQuote, Referent } from './types';

/**
 * Subject words that say the speaker is several, or the reader or writer: "and", a plural noun, "you", "we". "Police"
 * and "people" are plurals without an -s: "Police state she contacted them earlier …. He is alleged to have attacked
 * her" (wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11) speaks of no he or she; "the chief
 * of police" is one.
 */
const NOT_ONE = /\b(?:and|you|we|they|i|both|all)\b|\p{Ll}{2,}[^s\s]s\W*$|(?<!\bof\s+(?:the\s+)?)\b(?:police|people)\W*$/iu;

/**
 * Whether a sentence (`range`, UTF-16 half-open, of block `block` of `text`) holds a quote with a cue whose speaker is
 * one the text does not name: the words before the cue name no person (`people`, the sentence's) and say no group, no
 * "you" or "we" ("[The source] also remarked that Father Garatea has made …", gv-peru-priest-gaston-garatea-banned-2012-05-21).
 * That unnamed speaker is the previous speaker, whom a he or she after the sentence may mean (Muzny et al. 2017), so a
 * person the quoted words name is no antecedent to prefer.
 */
export function unnamedCue(text: string, quotes: ReadonlyArray<FoundQuote>, people: ReadonlyArray<Referent>, block: number, range: SentenceRange): boolean {
  return quotes.some((q) => {
    const cue = q.cue;
    if (q.speaker !== null || cue?.block !== block || cue.start < range.start || cue.start >= range.end) return false;
    // The cue may hold its subject ("leaders have called for"): what the subject reader took for it is read too.
    const ref = q.speakerRef?.block === block ? text.slice(q.speakerRef.start, q.speakerRef.end) : '';
    const subject = `${text.slice(range.start, cue.start).trim()} ${ref}`.trim();
    return /\p{L}/u.test(subject) && !NOT_ONE.test(subject) && !people.some((p) => p.at.block === block && p.at.start < cue.start);
  });
}

import { PROVISION_VERBS } from '../../lexicon/provisionVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { unattributed, type FoundQuote } from '../types';
import type { ReportedCase } from './reported';

/** ", which", perhaps "also", a verb, then "that": group 1 is the verb. */
const WHICH_REPORTS = /,\s+which\s+(?:also\s+)?(\p{Ll}+)\s+that\s+/gu;

/** Whether `verb` reports words or a document's terms: a speech verb ("says") or a verb of provision ("stipulates"). */
const reportsWords = (verb: string) => PROVISION_VERBS.has(verb) || isSpeechVerb(verb);

/**
 * The first ", which V that" in the content [start, end) of a block's text whose V reports words (UTF-16 offsets); null
 * when there is none.
 */
function relativeCue(text: string, start: number, end: number): RegExpExecArray | null {
  for (const m of text.slice(start, end).matchAll(WHICH_REPORTS)) if (reportsWords(m[1] ?? '')) return m;
  return null;
}

/**
 * Where the reported content [start, end) should stop when it runs into a relative clause that reports words of its
 * own: `Yaron mentioned the agreement between Mofaz and Netanyahu, which stipulates that the new coalition will pass a
 * law …` (gv-israel-mofaz-derided-unity-government-2012-05-09). What the agreement stipulates is the agreement's, not
 * the words of the one who mentioned it, so the content ends at the comma before "which". `end` when there is no such
 * clause. UTF-16 offsets into the block's text.
 */
export function beforeRelativeReport(text: string, start: number, end: number): number {
  const m = relativeCue(text, start, end);
  return m ? start + m.index : end;
}

/**
 * The reported words of a ", which V that …" clause right after each reported quote of a sentence (cut there by
 * `beforeRelativeReport`): the "that" clause, to the sentence's end, with the relative clause as its cue and no
 * speaker, as the thing "which" stands for (an agreement, a report) is no person or body the text names (the guide
 * accepts no speaker for a document's content it does not tie to its issuer). Offsets are UTF-16, into the block.
 */
export function relativeReports(c: ReportedCase, outer: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  return outer.flatMap((quote) => {
    if (quote.kind !== 'reported' || quote.block !== c.block) return [];
    const m = relativeCue(c.text, quote.end, c.end);
    if (!m || !/^[\s,]*$/.test(c.text.slice(quote.end, quote.end + m.index))) return [];
    const start = quote.end + m.index + m[0].length;
    let end = c.end;
    while (end > start && /[\s,.;:—–-]/.test(c.text[end - 1] ?? '')) end--;
    if (c.text.slice(start, end).split(/\s+/).length < 3 || c.directs.some((d) => d.open < end && d.end > start)) return [];
    const cueStart = quote.end + m.index + m[0].indexOf('which');
    const cueEnd = quote.end + m.index + m[0].indexOf(m[1] ?? '', m[0].indexOf('which') + 5) + (m[1] ?? '').length;
    return [{ ...unattributed(c.block, { start, end }, 'reported'), cue: { block: c.block, start: cueStart, end: cueEnd } }];
  });
}

import type { CueReader } from './subjects';
import { attributed, type FoundQuote } from './types';

/** A paragraph that is only a signature: a dash, then a name and at most a description after a comma. */
const SIGNATURE = /^[-—–]{1,2}\s*(?=\p{Lu})/u;

/**
 * Whether a paragraph is shaped as a pull quote's signature (`—Muammar Gaddafi`): a dash, a capital, short, with no
 * quote mark. Such a line belongs to a box set beside the story, not to its sentences.
 */
export const isSignatureLine = (text: string): boolean => SIGNATURE.test(text) && text.length <= 250 && !/["“”]/.test(text);

/**
 * `“Don’t be afraid to go after the things …` / `“And if you are not doing something that you love, …”` / `— Meghan
 * Everett, International Space Station Program Deputy Chief Scientist, NASA’s Johnson Space Center`: a paragraph that
 * is only a dash and a name signs the quote paragraph right before it, and the ones before that which run on into it
 * (a profile's pull quote, a round-up of advice from several people, each signed). Their quotes, none of which a cue of
 * its own attributes, are given to the signed name; the annotation guide's pull quotes ("ending
 * `— Name` or `Name, title`"). Observed on real news: the fresh NASA "Faces of NASA" pages and a digital.gov round-up,
 * where the engine left each signed quote unattributed, or gave it by continuation to the speaker signed before.
 * `quotes` are in reading order; returns them with the signed ones attributed.
 */
export function signPullQuotes(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  quotes: ReadonlyArray<FoundQuote>,
  cues: CueReader,
): Array<FoundQuote> {
  const signed = [...quotes];
  texts.forEach((text, block) => {
    const dash = SIGNATURE.exec(text);
    if (!dash || !quotable[block] || !isSignatureLine(text)) return;
    const subject = cues.subjectAt(block, dash[0].length);
    if (!subject?.entity || subject.entity.type !== 'person' || subject.resolution !== 'name') return;
    if (!/^(?:,[^"“”]*)?\s*\.?\s*$/.test(text.slice(subject.ref.end))) return;
    const cue = { block, start: 0, end: subject.ref.end };
    for (let before = block - 1; before >= 0; before--) {
      const own = signed.flatMap((q, i) => (q.block === before ? [i] : []));
      const prior = texts[before] ?? '';
      // Only a quote left open at its paragraph's end goes on into the next (the AP convention for a quote running over
      // paragraphs): a closed one before the signed quote is someone else's, signed by a line the scrape may have lost.
      const goesOn = before === block - 1 || !/[”"]\s*$/.test(prior);
      if (
        !own.length ||
        !goesOn ||
        !quoteAlone(
          prior,
          own.map((i) => signed[i] as FoundQuote),
        )
      )
        break;
      for (const i of own) signed[i] = attributed(signed[i] as FoundQuote, subject, cue, 'trailer-dash');
    }
  });
  return signed;
}

/**
 * Whether a paragraph is direct quotes alone, none of them given a speaker by a cue of its own: the paragraph opens
 * with a quote mark and its quotes cover it but for marks, spaces and punctuation.
 */
export function quoteAlone(text: string, quotes: ReadonlyArray<FoundQuote>): boolean {
  if (!/^["“]/.test(text) || quotes.some((q) => q.kind !== 'direct' || (q.resolution !== 'unattributed' && q.resolution !== 'continuation'))) return false;
  let rest = text;
  for (const q of [...quotes].sort((a, b) => b.start - a.start)) rest = rest.slice(0, q.start) + rest.slice(q.end);
  return /^[\s"“”'‘’.,;:!?…]*$/.test(rest);
}

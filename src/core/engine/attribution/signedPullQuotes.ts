import type { CueReader } from './subjects';
import { attributed, unattributed, type FoundQuote } from './types';

/** A paragraph that is only a signature: a dash, then a name and at most a description after a comma. */
const SIGNATURE = /^[-—–]{1,2}\s*(?=\p{Lu})/u;

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
    if (!dash || !quotable[block] || text.length > 250 || /["“”]/.test(text)) return;
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
function quoteAlone(text: string, quotes: ReadonlyArray<FoundQuote>): boolean {
  if (!/^["“]/.test(text) || quotes.some((q) => q.kind !== 'direct' || (q.resolution !== 'unattributed' && q.resolution !== 'continuation'))) return false;
  let rest = text;
  for (const q of [...quotes].sort((a, b) => b.start - a.start)) rest = rest.slice(0, q.start) + rest.slice(q.end);
  return /^[\s"“”'‘’.,;:!?…]*$/.test(rest);
}

/** First-person words: a pull quote is the speaker's own words, a photo caption describes what it shows. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|my|me|mine|myself)\b/u;
/** A name of two to four capitalised words closing a paragraph, after a dash or alone after a full sentence. */
const UNMARKED_SIGNATURE = /(?:(?<=[.!?\]])\s+|\s*[—–]\s*|\s+--?\s+)(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})(,[^"“”.!?]{0,100})?\.?\s*$/u;

/**
 * `I was basically hauled in and told that my mum had attacked the church … because she was suppressive. Valeska Paris`,
 * `[The santorum neologism is] offensive beyond, you know, anything … laughs about it. — Rick Santorum`: a pull-quote box
 * whose marks the text lost (Wikinews pages as the GUM corpus keeps them), a paragraph with no marks ending with the
 * speaker's name. The words before the name are a direct quote by that person (the annotation guide's pull quotes,
 * "ending `— Name` or `Name, title`"). Only a person the engine knows by a name of two words or more. Without a dash the
 * paragraph must speak in the first person and the name stand alone: a photo caption ending in the photographer's name
 * ("Seedlings germinating for the APEX-09 C4 Space investigation. Pubudu Handakumbura", fresh NASA pages) describes in
 * the third person and stays no quote. `quotes` are in reading order; returns them with these pull quotes added.
 */
export function unmarkedPullQuotes(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  quotes: ReadonlyArray<FoundQuote>,
  cues: CueReader,
): Array<FoundQuote> {
  const added: Array<FoundQuote> = [];
  texts.forEach((text, block) => {
    if (!quotable[block] || /["“”«»`]/.test(text) || quotes.some((q) => q.block === block)) return;
    const signature = UNMARKED_SIGNATURE.exec(text);
    const name = signature?.[1];
    // A sentence must end before the signature: a list of titles by author ("9 An Introduction to Open Data and APIs —
    // John Paul", a fresh digital.gov round-up) and a headline are signed so too, and are no one's words.
    if (!signature || !name || block === 0 || !/[.!?…\]]$/u.test(text.slice(0, signature.index).trimEnd())) return;
    const dashed = /[—–-]/.test(signature[0].slice(0, signature[0].indexOf(name)));
    const words = text.slice(0, signature.index);
    if (!dashed && (signature[2] || !FIRST_PERSON.test(words))) return;
    const at = signature.index + signature[0].indexOf(name);
    const subject = cues.subjectAt(block, at);
    if (subject?.resolution !== 'name' || subject.entity?.type !== 'person' || subject.ref.end !== at + name.length) return;
    const quote = unattributed(block, { start: 0, end: words.trimEnd().length }, 'direct');
    added.push(
      attributed(quote, subject, { block, start: dashed ? signature.index + signature[0].search(/[—–-]/) : at, end: subject.ref.end }, 'trailer-dash'),
    );
  });
  return added.length ? [...quotes, ...added].sort((a, b) => a.block - b.block || a.start - b.start) : [...quotes];
}

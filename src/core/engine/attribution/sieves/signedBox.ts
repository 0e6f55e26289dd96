import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';
import { unfinished } from './transcriptLines';
import { DOUBLE_MARK } from '../../lexicon/quoteMarks';

/** A line that is only a signature: a dash, then a capitalised name, and at most a description after it. */
const SIGNATURE = /^[-—–]{1,2}\s*(?=\p{Lu})/u;
/**
 * A signature line that tells of a quote the scrape lost rather than signing a box (`—Łukasz Szumowski on the failed
 * efforts to save the mayor's life`, `—Zinichev calling a temporary halt to rescue work`, `—Testimony from the chief
 * internal police investigator`, after narrative paragraphs): its capitalised words go on with a preposition or a verb.
 */
const TELLS_OF = /^[-—–]{1,2}\s*(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:on|from|about|at|to|for|with|after|before|during|as|\p{Ll}+ing)\b/u;
/** What a signature may hold after the name: a description after a comma, or a document of theirs (`'s last tweet`, ` statement`). */
const SIGNATURE_REST = /^(?:,[^"“”]*|['’]s(?:\s+\p{Ll}+){1,3}|(?:\s+\p{Ll}+){1,2})?\s*\.?\s*$/u;
/** How many finished paragraphs a box set off by a heading may hold before its signature. */
const MOST_PARAGRAPHS = 4;

/**
 * The paragraphs of pull-quote boxes whose quote marks the text lost, each mapped to the signature line closing its
 * box (`The explosion [at the Iranian embassy] was really strong. … How much longer will this last?` / `—Abu Ahmed,
 * witness to the attack`, Wikinews, Baghdad blasts, April 2010, as AMALGUM keeps it; docs/annotation-guide.md, pull
 * quotes). A signature is a short line of its own opening with a dash and a capital, with no quote marks; the box is
 * the paragraph right before it, finished and without quote marks, and, when a heading (a line without a sentence
 * end) sets the box off within a few paragraphs, the finished paragraphs back to that heading (`Article 9` / two
 * paragraphs of the article / `– Constitution of Japan`, Wikinews, Japan's pacifist constitution, February 2014).
 * The article's lead, its first finished paragraph after the headline (a dateline is unfinished), is never a box: a
 * signature line right after it signs a box the text lost (`Nabil Hasan al-Quaety, a photo- and videojournalist from
 * Yemen, died …` / `—Sabrina Bennoui, of RSF`, Wikinews, June 2020, as the vanatteveldt/wikinews scrape keeps it,
 * with the box's words gone and its signature kept).
 */
export function signedBoxes(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>): Map<number, number> {
  const boxes = new Map<number, number>();
  const finished = (block: number) => {
    const text = texts[block] ?? '';
    return quotable[block] === true && text.trim() !== '' && !unfinished(text);
  };
  const boxed = (block: number) => finished(block) && !DOUBLE_MARK.test(texts[block] ?? '') && (texts[block] ?? '').length <= 900;
  const lead = texts.findIndex((_, block) => block > 0 && finished(block));
  texts.forEach((text, block) => {
    if (!quotable[block] || !SIGNATURE.test(text) || TELLS_OF.test(text) || text.length > 120 || DOUBLE_MARK.test(text)) return;
    if (block - 1 === lead || !boxed(block - 1) || listed(texts, block)) return;
    let first = block - 1;
    while (first - 1 >= 0 && block - first < MOST_PARAGRAPHS && boxed(first - 1)) first--;
    const heading = first - 1 > 0 && quotable[first - 1] === true && headingLine(texts[first - 1] ?? '');
    const from = heading ? first : block - 1;
    for (let at = from; at < block; at++) boxes.set(at, block);
  });
  return boxes;
}

/**
 * Whether the dashed line at `block` is an item of a dashed list rather than a box's signature: the line before it or the
 * line after it opens with a dash as well (a reading list: `- Suggested by Melle S.: A. Sayad, Immigration or the
 * Paradoxes of Alterity` / `- Gérard Noiriel, The French Melting-Pot` / `- Laurent Dornel, Hostile France …`, Global
 * Voices, Europe, May 2012). A box's words never open with a dash, and a signature closes its box.
 */
const listed = (texts: ReadonlyArray<string>, block: number) => [block - 1, block + 1].some((at) => SIGNATURE.test((texts[at] ?? '').trimStart()));

/** A heading that may open a box: a short line without a sentence end, quote marks or a year (not the dateline). */
const headingLine = (text: string) => text.length <= 80 && unfinished(text) && !DOUBLE_MARK.test(text) && !/\b\d{4}\b/.test(text);

/**
 * A box paragraph's words, whole, as a direct quote of the person or organisation its signature line names (`—Abu
 * Ahmed, witness to the attack`, `—Amnesty International statement`, `—Tim Hetherington's last tweet`; the cue the
 * signature from its dash to the name's end); unattributed when the signature names no one the text finds by name
 * there (`– Constitution of Japan`). Offsets are UTF-16 code units into the paragraph's text.
 */
export function boxQuote(block: number, text: string, signature: { block: number; text: string }, cues: CueReader): FoundQuote {
  const quote = unattributed(block, { start: 0, end: text.trimEnd().length }, 'direct');
  const dash = SIGNATURE.exec(signature.text);
  const subject = dash ? cues.subjectAt(signature.block, dash[0].length) : null;
  const named = subject?.entity?.type === 'person' || subject?.entity?.type === 'organization';
  if (!subject || !named || subject.resolution !== 'name' || !SIGNATURE_REST.test(signature.text.slice(subject.ref.end))) return quote;
  return attributed(quote, subject, { block: signature.block, start: 0, end: subject.ref.end }, 'trailer-dash');
}

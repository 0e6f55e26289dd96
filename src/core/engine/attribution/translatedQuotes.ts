import { foreignBlock } from './foreignBlocks';
import { translationOf } from './sieves/translation';
import type { FoundQuote } from './types';

/** How many quotable paragraphs after an original its English may come: the original may run over two before it. */
const TRANSLATION_REACH = 3;

/** The quotes of a block that lie inside its paragraph, not the whole paragraph taken as a block quotation. */
function innerQuotes(byBlock: ReadonlyMap<number, ReadonlyArray<FoundQuote>>, block: number, text: string): Array<FoundQuote> {
  const whole = text.trim().length;
  return (byBlock.get(block) ?? []).filter((q) => q.kind === 'direct' && q.end - q.start < whole - 1);
}

/**
 * Quotes in another language and their English, printed in a paragraph after them (Global Voices prints a source's
 * words in the original, then in English), share a speaker: the side no cue gave one takes the other's. `“Ella me dijo
 * que …” y que “cuando una persona llega …” de la muerte, recordó Bustamante.` … `"She told me that …" and that "when
 * someone reaches …" meaning death, Bustamante recalled.` (gv-argentina-death-with-dignity-law-2012-05-11), whose
 * Spanish cue no English sieve reads. The quotes inside an original paragraph (`foreignProse`) and those inside the
 * first English paragraph after it, within `TRANSLATION_REACH` quotable paragraphs, pair in order only when they are as
 * many and each English quote has a translation's length of its original (`translationOf`). `texts` are the blocks,
 * `quotable` which of them are read for quotes; the quotes are returned in the same order.
 */
export function withTranslatedSpeakers(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  const given = new Map<FoundQuote, FoundQuote>();
  const words = (q: FoundQuote) => (texts[q.block] ?? '').slice(q.start, q.end);
  const byBlock = new Map<number, Array<FoundQuote>>();
  for (const q of quotes) {
    const list = byBlock.get(q.block);
    if (list) list.push(q);
    else byBlock.set(q.block, [q]);
  }
  texts.forEach((text, block) => {
    if (!quotable[block] || !byBlock.has(block) || !foreignBlock(texts, block)) return;
    const originals = innerQuotes(byBlock, block, text);
    const pairs = (english: number) => {
      const found = innerQuotes(byBlock, english, texts[english] ?? '');
      return found.length === originals.length && originals.every((q, i) => translationOf(words(found[i] as FoundQuote), words(q))) ? found : null;
    };
    const first = englishAfter(texts, quotable, block);
    if (first === null || originals.length === 0) return;
    const inRun = englishInRun(texts, quotable, block, first);
    const translations = (inRun !== null ? pairs(inRun) : null) ?? pairs(first);
    if (!translations) return;
    originals.forEach((original, i) => {
      const translation = translations[i] as FoundQuote;
      if (!original.speaker && translation.speaker) given.set(original, sharing(original, translation));
      if (!translation.speaker && original.speaker) given.set(translation, sharing(translation, original));
    });
  });
  return quotes.map((q) => given.get(q) ?? q);
}

/** A quote given the speaker of the same words in the other language. */
const sharing = (quote: FoundQuote, other: FoundQuote): FoundQuote => ({
  ...quote,
  speaker: other.speaker,
  resolution: 'continuation',
  speakerRef: null,
  antecedent: other.speakerRef ?? other.antecedent,
  sieve: 'continuation',
});

/**
 * `“La iglesia …”, ha manifestado el religioso.` / `“La identidad …”, defendió el obispo argentino, …` / `"The church …",
 * the bishop has said.` / `"Identity is given …", the Argentine bishop said, …` (gv-argentina-gender-identity-law-2012-05-12):
 * a run of paragraphs in another language, then their English in the same order. The English paragraph as far into the
 * run after the originals (which starts at `first`) as `block` is into the originals' run; null when that one is not
 * quotable English.
 */
export function englishInRun(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number, first: number): number | null {
  let into = 0;
  for (let i = block - 1; i >= 0 && (!quotable[i] || foreignBlock(texts, i)); i--) if (quotable[i]) into++;
  if (into === 0) return null;
  for (let i = first + 1; i < texts.length; i++) {
    if (!quotable[i]) continue;
    if (foreignBlock(texts, i)) return null;
    if (--into === 0) return i;
  }
  return null;
}

/** The first quotable paragraph after `block`, within reach, that is not in another language: the original's English. */
export function englishAfter(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): number | null {
  for (let i = block + 1, seen = 0; i < texts.length && seen < TRANSLATION_REACH; i++) {
    if (!quotable[i]) continue;
    seen++;
    if (!foreignBlock(texts, i)) return i;
  }
  return null;
}

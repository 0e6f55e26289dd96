import { foreignProse, translationOf } from './sieves/translation';
import type { FoundQuote } from './types';

/** How many quotable paragraphs after an original its English may come: the original may run over two before it. */
const TRANSLATION_REACH = 3;

/** The quotes of a block that lie inside its paragraph, not the whole paragraph taken as a block quotation. */
function innerQuotes(quotes: ReadonlyArray<FoundQuote>, block: number, text: string): Array<FoundQuote> {
  const whole = text.trim().length;
  return quotes.filter((q) => q.block === block && q.kind === 'direct' && q.end - q.start < whole - 1);
}

/**
 * Quotes in another language that no cue gave a speaker take the speakers of their English, printed in a paragraph
 * after them (Global Voices prints a source's words in the original, then in English): `“Ella me dijo que …” y que
 * “cuando una persona llega …” de la muerte, recordó Bustamante.` … `"She told me that …" and that "when someone reaches
 * …" meaning death, Bustamante recalled.` (gv-argentina-death-with-dignity-law-2012-05-11), whose Spanish cue no
 * English sieve reads. The quotes inside an original paragraph (`foreignProse`) and those inside the first English
 * paragraph after it, within `TRANSLATION_REACH` quotable paragraphs, pair in order only when they are as many and each
 * English quote has a translation's length of its original (`translationOf`); an original keeps any speaker it has.
 * `texts` are the blocks, `quotable` which of them are read for quotes; the quotes are returned in the same order.
 */
export function withTranslatedSpeakers(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  const given = new Map<FoundQuote, FoundQuote>();
  texts.forEach((text, block) => {
    if (!quotable[block] || !foreignProse(text)) return;
    const originals = innerQuotes(quotes, block, text);
    if (!originals.some((q) => !q.speaker)) return;
    const english = englishAfter(texts, quotable, block);
    if (english === null) return;
    const translations = innerQuotes(quotes, english, texts[english] ?? '');
    const words = (q: FoundQuote) => (texts[q.block] ?? '').slice(q.start, q.end);
    if (translations.length !== originals.length || !originals.every((q, i) => translationOf(words(translations[i] as FoundQuote), words(q)))) return;
    originals.forEach((q, i) => {
      const translation = translations[i];
      if (q.speaker || !translation?.speaker) return;
      given.set(q, { ...q, speaker: translation.speaker, resolution: 'continuation', speakerRef: null, antecedent: translation.speakerRef, sieve: 'continuation' });
    });
  });
  return quotes.map((q) => given.get(q) ?? q);
}

/** The first quotable paragraph after `block`, within reach, that is not in another language: the original's English. */
function englishAfter(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): number | null {
  for (let i = block + 1, seen = 0; i < texts.length && seen < TRANSLATION_REACH; i++) {
    if (!quotable[i]) continue;
    seen++;
    if (!foreignProse(texts[i] ?? '')) return i;
  }
  return null;
}

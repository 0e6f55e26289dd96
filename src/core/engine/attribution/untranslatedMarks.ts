import { foreignBlock } from './foreignBlocks';
import { namesAThing } from './namedThing';
import { translationOf } from './sieves/translation';
import { englishAfter, englishInRun } from './translatedQuotes';
import type { FoundQuote } from './types';

/** Words in double marks or guillemets, each from its opening mark. */
const MARKED = /“[^”]*”|"[^"]*"|«[^»]*»/g;

/**
 * Whether a translation sets any words in double marks that are not a name, a title or a term (`namesAThing`): `"by
 * right of conquest,"` quotes a decree, `the headlines "Eritreans suspected …"` names headlines. The engine may drop a
 * short quote it finds (a scare quote), so the marks themselves are read, not the quotes found.
 */
const quotesInside = (translation: string): boolean => [...translation.matchAll(MARKED)].some((m) => !namesAThing(translation, m.index));

/** At most this many words in marks read as a title or a term rather than a source's sentence. */
const SHORT_WORDS = 8;

/**
 * `Прочитал пост Алексея Навального Варламовокацное о "Казусах Иноземцева и Каца" …` / `I read Aleksei Navalny's post
 * about the 'Inozemtsev and Kats Cases,' …` (gv-russia-varlamov-omsk-campaign-failure-2012-05-04), `ברור שהכותרות
 * "אריתריאים חשודים בתקיפה בדרום תל-אביב"` / `It is clear that the headlines "Eritreans suspected of an assault …"`
 * (gv-israel-racism-african-asylum-seekers-2012-05-21): words in marks inside a source's original, in another language,
 * are a post's title, a headline or a term when the English Global Voices prints after it (`englishAfter`,
 * `englishInRun`, and a translation's length of it, `translationOf`) sets nothing in double marks but names
 * (`quotesInside`). Only a short
 * quote (`SHORT_WORDS`, no sentence's end inside) that no sieve attributed is left out; a sentence quoted inside the
 * original (`김어준 "선거법 위반 혐의로 …. [수 없이 …"`, gv-south-korea-podcasters-questioned-police-2012-05-…) stays,
 * as do the quotes of a paragraph whose English is not found. Returns the quotes kept, in order.
 */
export function withoutUntranslatedMarks(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  const dropped = new Set<FoundQuote>();
  for (const quote of quotes) {
    if (quote.speaker || quote.kind !== 'direct') continue;
    const text = texts[quote.block] ?? '';
    const words = text.slice(quote.start, quote.end);
    if (quote.end - quote.start >= text.trim().length - 2 || /[.!?。]/u.test(words) || words.trim().split(/\s+/).length > SHORT_WORDS) continue;
    if (!foreignBlock(texts, quote.block)) continue;
    const first = englishAfter(texts, quotable, quote.block);
    if (first === null) continue;
    const english = englishInRun(texts, quotable, quote.block, first) ?? first;
    const translation = texts[english] ?? '';
    if (!translationOf(translation, text)) continue;
    if (!quotesInside(translation)) dropped.add(quote);
  }
  return dropped.size === 0 ? [...quotes] : quotes.filter((q) => !dropped.has(q));
}

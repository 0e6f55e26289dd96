import type { DirectSpan } from '../../directQuotes';
import { QUOTE_MARKS } from '../../lexicon/quoteMarks';
import type { FoundQuote } from '../types';
import { translates } from './blockContinuation';
import { foreignProse } from './translation';

/**
 * A writer's own list or labelled entry after a colon (`1. Thank people …`, `* There can always be …`, `Simultaneous
 * Operations: "Simultaneity" describes …`): numbered or bulleted items, or a label of up to four words and a colon.
 */
const LIST_OR_LABEL = /^(?:\d{1,2}[.)]|[*•–-])\s|\s(?:\d{1,2}\.|[*•])\s.*\s(?:\d{1,2}\.|[*•])\s|^(?:\S+\s+){0,3}\S+:\s/s;

/** The most words of a phrase in marks left open at a block quotation's end that `unclosedPhrase` reads as a slip. */
const UNCLOSED_WORDS = 8;

/**
 * `… so that a constitution we all want can be enacted into law and will “stand a test of time.` (gv-zambia-netizens-
 * draft-constitution-2012-05-08, after `He concludes:`): a short phrase in marks the quoted writer opened near the
 * paragraph's end and never closed, the paragraph ending on its full stop, is a slip inside the quotation, not the
 * writer's own quote running on into the next paragraph, which would carry a sentence or more. `d` is the open quote's
 * span (UTF-16 offsets in `text`).
 */
const unclosedPhrase = (text: string, d: DirectSpan): boolean =>
  d.open > 0 && /[.!?…]$/u.test(text.trimEnd()) && text.slice(d.start, d.end).trim().split(/\s+/).length <= UNCLOSED_WORDS;

/**
 * Whether a paragraph set off after a colon cue is a block quotation that itself quotes: `Blog Brasil Escola explains
 * …:` over `… we created the odd situation where "all others can be racist, except me …". …`; `blogger Varma provided
 * some more details:` over `… redirected to a custom page saying “The site has been blocked …” …`. A block quotation
 * has no marks of its own (the page set it off as a `<blockquote>`), so marks inside it are the quoted source's and do
 * not make the paragraph the writer's (AP and Global Voices style: a quote within a block quotation keeps its double
 * marks). Only a paragraph mostly outside marks, opening without one and leaving none open (one that opens with a mark,
 * or is mostly marked words, is the writer quoting as usual: `"We will win," he said.`), unless it is prose in another
 * language, which an English article's writer does not write, whatever marks it opens with, holds or leaves open (`김어준
 * "선거법 위반 혐의로 …` after `Kim Sang-ho (@sinbi2010) tweeted [ko]:`, Global Voices, South Korea, May 2012; `The newspaper
 * Infobae [es] reported …:` over `Tras más de cuatro horas de debate, el Senado … reconoce el derecho de los pacientes
 * "a aceptar o rechazar …".`; `The news agency Telam [es] tells of Susana's situation:` over `“Ella me dijo que …” y que
 * “…” de la muerte, recordó Bustamante.`, Global Voices), or a later paragraph of a post the walk already reads as going on (`withinPost`: `Citing the past political
 * violence of South Africa, Tutu urged an audience …, “Please, please, …”` inside Michael Jordan's post, up to `He
 * continues:`). `directs` are the paragraph's quote spans (UTF-16 offsets, half-open).
 */
function quotesWithin(text: string, directs: ReadonlyArray<DirectSpan>, withinPost = false): boolean {
  const body = text.trim();
  const foreign = foreignProse(body);
  if (directs.length === 0 || (!foreign && directs.some((d) => d.close === null && !unclosedPhrase(text, d)))) return false;
  if ((QUOTE_MARKS.has(body[0] ?? '') && !foreign) || /:$/.test(body) || LIST_OR_LABEL.test(body)) return false;
  const marked = directs.reduce((sum, d) => sum + (d.end - d.start), 0);
  return body.split(/\s+/).length >= 8 && (withinPost || marked * 2 < body.length || foreign);
}

/**
 * How a paragraph the colon cue before hands on reads as a block quotation: `quotes` where {@link quotesWithin} holds;
 * `translation` where only the English translation of the original before it (`previous`, the quotable paragraph before,
 * in another language: `translates`) makes it one, inside a quotation already going on (`withinPost`). A translation
 * keeps its original's marks, so it may open with one (`"Bongo CFA" means the Gabonese currency …` after `Le "bongo CFA",
 * désigne …`, gv-africa-satire-cartoons-regimes-2012-05-22; `"Lower the cost of living, "Corruption kills", … read the
 * placards` after `“Abajo el alto costo de la vida”, …`, gv-panama-may-day-protests-and-work-2012-05-02), be mostly in
 * marks, or leave one open where its original does (gv-palestine-palfest-gaza-first-time-2012-05-18). Null otherwise.
 * `directs` are the paragraph's quote spans (UTF-16 offsets, half-open).
 */
export function blockReading(
  text: string,
  directs: ReadonlyArray<DirectSpan>,
  withinPost: boolean,
  previous: string | undefined,
): 'quotes' | 'translation' | null {
  if (quotesWithin(text, directs, withinPost)) return 'quotes';
  const body = text.trim();
  const listed = /:$/.test(body) || LIST_OR_LABEL.test(body);
  return withinPost && directs.length > 0 && !listed && body.split(/\s+/).length >= 8 && translates(body, previous) ? 'translation' : null;
}

/**
 * The quotes of a block quotation that quotes (`quotesWithin`): the whole paragraph, the colon cue's, and inside it the
 * direct quotes read in it, with the speaker of their own the text gives them (`Katatny clearly stated, “We will not
 * interfere …”`) or none (`… asking viewers to 'call the governor of your state' …`): a quote inside a quote is an entry
 * of its own (docs/annotation-guide.md, "A quote inside a quote"). Reported speech read inside it is left out: only a
 * direct quote may lie inside another.
 */
export function blockQuotationQuotes(whole: FoundQuote, found: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  return [whole, ...found.filter((q) => q.kind === 'direct')];
}

import { TWITTER_HANDLE } from './twitterHandle';

/** Half-open [start, end) range of a sentence in its block's text. */
export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'ltd',
  'co',
  'coun',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'cpl',
  'pvt',
  'supt',
  'insp',
  'det',
  'rev',
  'hon',
  'sgt',
  'gov',
  'pres',
  'ave',
  'blvd',
  'rd',
  'mt',
  'ft',
  'calif',
  'mass',
  'wash',
  'fla',
  'penn',
  'ariz',
  'colo',
  'conn',
  'ill',
  'mich',
  'minn',
  'tenn',
  'va',
]);

/**
 * The abbreviations written in lower case too ("etc.", "vs.", "no. 5", "10 ft."); the others are a title's, a month's or a
 * state's and are capitalised, so that "attending mass.", "fell ill." and "wash." end their sentence.
 */
const LOWER_CASE_ABBREVIATIONS = new Set(['etc', 'vs', 'no', 'ft']);

/**
 * A nickname in quote marks after a middle initial, then the surname: `Edwin E. “Buzz” Aldrin`, `Harold E. “Bud” Ream`
 * (NASA, "55 Years Ago" Apollo features). One to three words, no punctuation, closed, then a capitalised word.
 */
const NICKNAME_AFTER_INITIAL = /^\s+["\u201c][\p{L}'’.-]+(?:\s[\p{L}'’.-]+){0,2}["\u201d]\s+\p{Lu}/u;

/**
 * Whether a lone capital before a stop is a letter that ends the sentence, not an initial: a quotation opens after it
 * that is no nickname (`… published in the journal Physical Review D. “If we find them, …”`, NASA, "How NASA's Roman
 * Mission Will Hunt for Primordial Black Holes"; "World War I.", "Plan B." end sentences so too). An initial is followed
 * by a name, or by a nickname in marks and then a name.
 */
const letterEndsSentence = (text: string, dot: number): boolean =>
  /^\s+["\u201c]/.test(text.slice(dot + 1, dot + 4)) && !NICKNAME_AFTER_INITIAL.test(text.slice(dot + 1, dot + 80));

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^[A-Z]$/.test(word)) return !letterEndsSentence(text, dot);
  // "a.m." and "p.m." end a sentence as a letter does when a quotation opens after them: `… took place at about 7:45 p.m.
  // "No Coalition troops were injured. …"` (wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10).
  if (/^[ap]\.m$/.test(word)) return !letterEndsSentence(text, dot);
  if (/^([A-Za-z]\.)+[A-Za-z]?$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) && (/^[A-Z]/.test(word) || LOWER_CASE_ABBREVIATIONS.has(word));
}

/**
 * Whether the full stop at `dot` ends a sentence the scrape glued to the next ("from Monrovia.He denies"): a word of
 * three or more lower-case letters before it, a capitalised word right after it, and no web address around it
 * ("www.Example.com", "Challenge.gov").
 */
export function gluedStop(text: string, dot: number): boolean {
  // The word after is read first: most stops that reach here have a space or a figure after them, never a capital.
  const after = /^(\S+)/.exec(text.slice(dot + 1, dot + 41))?.[1] ?? '';
  if (!/^\p{Lu}\p{Ll}+[,;:!?]?$/u.test(after)) return false;
  const before = /(\S+)$/.exec(text.slice(Math.max(0, dot - 40), dot))?.[1] ?? '';
  return /^["'“‘(]?\p{L}*\p{Ll}{3}$/u.test(before);
}

/**
 * What opens the next sentence after a stop and a space: a capital or a figure, after an opening quote mark or bracket
 * or not; or a quotation that opens with a word or an omission in Wikinews's square brackets (`… at the finish line.
 * "[...] I always knew this time would come …", Radcliffe said.`, `"[W]e must get Brexit done …"`); or a straight mark
 * set off by a space on both sides before the capital, as a text rebuilt from GUM or AMALGUM sentence lines leaves an
 * opening mark its tokeniser gave to the sentence before (`… errors of American imperialism. " By using precise …`,
 * AMALGUM_news_ahmadinejad; `… as the new prime minister. " The Supreme Council …`, AMALGUM_news_armed); or a Twitter
 * handle, which a round-up writes as the subject of its sentence (`… which was deemed sensationalist [es]. @LaCaballero
 * writes [es]:`, Global Voices, Colombia, May 2012).
 */
const NEXT_OPENING = new RegExp(
  String.raw`^\s+(?:["'\u201c\u2018(]?[\p{Lu}\p{Nd}]|${TWITTER_HANDLE}\b|["\u201c]\[(?:\p{Lu}|\.\.\.|…)|\(\([a-z]{2,3}\)\)|"\s[\p{Lu}\p{Nd}])`,
  'u',
);

/**
 * Wikinews's language template as the scrape keeps it: `((ko))Korean language: ‍` and the original words, which may run
 * straight into the next English sentence with no stop (`… 전화기가 꺼져 있다 Park's phone was last active …`, fresh
 * Wikinews page on the death of Seoul's mayor). The original ends where a letter of another script than Latin meets a
 * space and a Latin capital.
 */
const LANGUAGE_RUN = /\(\([a-z]{2,3}\)\)[^\n]*?[^\p{Script=Latin}\p{P}\p{N}\s](?=\s+\p{Script=Latin})(?=\s+\p{Lu})/gu;

/** The sentences with each one that holds a language run and goes on in English after it split where the run ends. */
function splitLanguageRuns(text: string, sentences: Array<SentenceRange>): Array<SentenceRange> {
  if (!text.includes('((')) return sentences;
  return sentences.flatMap((range) => {
    const out: Array<SentenceRange> = [];
    let start = range.start;
    for (const m of text.slice(range.start, range.end).matchAll(LANGUAGE_RUN)) {
      const end = range.start + m.index + m[0].length;
      out.push({ start, end });
      start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
    }
    out.push({ start, end: range.end });
    return out;
  });
}

/**
 * A name that keeps its lower-case first letter and has a hyphen or a capital inside it (`youtube-dl`, `iPhone`, `eBay`),
 * then a word: what opens a sentence after a full stop that ends a word of three or more letters (`… without
 * authorisation.  youtube-dl's source code had a number of unit tests …`, fresh Wikinews, Wikinews discusses DRM and
 * youtube-dl with Richard Stallman), not after an abbreviation such as "e.g.".
 */
const LOWER_CASE_BRAND = /^\s+\p{Ll}[\p{Ll}\d]*(?:-\p{Ll}[\p{Ll}\d]*|\p{Lu}[\p{L}\d]*)(?:['’]s)?\s+\p{L}/u;

const opensWithLowerCaseBrand = (text: string, stop: number, rest: string) =>
  text[stop] === '.' && /\p{L}{3}$/u.test(text.slice(Math.max(0, stop - 3), stop)) && LOWER_CASE_BRAND.test(rest);

/**
 * Splits a block's text into sentences: at ".", "!" or "?" (and any closing quote mark or bracket after it) that is
 * followed by a space and a capital or an opening quote, or at a full stop glued to the next sentence (`gluedStop`),
 * but not inside a double-quoted passage nor after an abbreviation such as "Feb.", "U.N." or "Mr.".
 */
export function splitSentences(text: string): Array<SentenceRange> {
  const sentences: Array<SentenceRange> = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\u201c') inQuote = true;
    else if (ch === '\u201d') inQuote = false;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    // Wikinews marks a stop it supplies inside a quotation in brackets ("… who are the victims[.]"): the bracket closes too.
    while (end < text.length && /["'\u201d\u2019)\]]/.test(text[end] ?? '')) {
      if (text[end] === '"' || text[end] === '\u201d') inQuote = false;
      end++;
    }
    i = end - 1;
    if (inQuote) continue;
    const rest = text.slice(end);
    if (!NEXT_OPENING.test(rest) && !(ch === '.' && end === i + 1 && gluedStop(text, i)) && !opensWithLowerCaseBrand(text, i, rest)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    // "HDT Védelmi Ipari Kft. (HDT Limited) acquired …": a gloss in brackets after a company's abbreviation, then the
    // sentence going on in lower case; the stop was the abbreviation's.
    if (ch === '.' && end === i + 1 && /^\s+\([^()]{1,60}\)\s+\p{Ll}/u.test(rest)) continue;
    sentences.push({ start, end });
    start = end + (/^\s+/.exec(rest)?.[0].length ?? 0);
    i = start - 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return splitLanguageRuns(text, sentences);
}

/** Index of the sentence holding the offset (the last one if the offset is past the end). */
export function sentenceIndexAt(sentences: ReadonlyArray<SentenceRange>, offset: number): number {
  const index = sentences.findIndex((s) => offset < s.end);
  return index === -1 ? sentences.length - 1 : index;
}

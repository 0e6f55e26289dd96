import { decodeHTML } from 'entities';
import { isElision } from './attribution/sieves/blockContinuation';
import { isDateline } from './dates';
import { takeHeadline } from './headline';
import { headlineIndex, isByline, scrapeLines } from './scrapeLines';

/** An article's text as the scrape gave it, sorted into what a reader sees. */
export interface CleanedArticle {
  headline: string;
  byline: string | null;
  /** The date line under the headline, which the reader shows as the article's date rather than as a paragraph. */
  dateline: string | null;
  paragraphs: Array<string>;
  figures: Array<{ kind: 'photo' | 'cover'; caption: string; credit: string | null; afterParagraph: number }>;
  sourceCredit: string | null;
}

const CREDIT_AGENCY = "[A-Z][\\w&.'-]*(?:\\s[A-Z][\\w&.'-]*){0,3}";
const SLASH_CREDIT = new RegExp(`\\s+/\\s?(${CREDIT_AGENCY})\\s*$`);
const PAREN_CREDIT = /\s*\((?:photo|photograph|image|picture|credit|file photo|photo credit)s?:\s*([^)]{1,60})\)\s*$/i;
const TRAILING_CREDIT = /\s*(?:photo|photograph|image|credit):\s*([A-Z][^.]{0,50})\s*$/i;
const COVER = /^\(\s*cover(?:\s+(?:photo|image))?:\s*([\s\S]+?)\s*\)$/i;
/**
 * A picture's credit on a line of its own, as NASA pages put it under a caption or the top picture ("Image Credit:
 * NASA/Joel Kowsky", "Credit: NASA", "Photo credit: …", "Video credit: NASA"); not a newsletter's "Credits: Editor,
 * Layout & Design by …", nor a long line that goes on past the credit.
 */
const CREDIT_LINE = /^(?:(?:image|photo|video)\s+)?credits?:\s*(\S.{0,119})$/i;
const NOT_PICTURE_CREDIT = /\b(?:edit\w*|layout|design)\b/i;
/**
 * A writer's name alone on a line below the headline, as NASA pages put it under the text or a picture: "By Ashley
 * Balzer", "Written by Sally Younger", "By Elizabeth M. Jarrell". Two to four capitalised words and nothing else, so
 * that "By January 2019, seven teams …" or "By the time …" stay sentences.
 */
const WRITER_LINE = /^(?:Written b|B)y [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3},?$/;
const SOURCE_CREDIT = /^\(?\s*((?:with input from|with inputs from|additional input from|source:|sources:|contributed by)\s[^)]{1,200}?)\s*\.?\)?$/i;

/**
 * A line of three or more capitalised names parted by slashes, as a press release lists its media contacts ("Steven
 * Siceloff / Danielle Sempsrott / Stephanie Plucinsky"): no caption with a credit.
 */
const SLASHED_NAMES = /^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:\s\/\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}){2,}$/;

/**
 * Wikinews' credit after a caption, "Image:" written so: "A banner for the event. Image: Paul Budd.", "Susan Rice Image:
 * White House.", "Sirhan in 1969 (Image: CDCR)". It may end in a full stop and follow a caption as short as a name. A
 * scrape may glue it to the caption's last word ("A small stand offered hydroponic suppliesImage: Iain Macdonald.",
 * "Republican Senator Scott BrownImage: United States Congress.", Wikinews, development half): no word ends in
 * "…sImage" or "…nImage", so a lower-case letter right before it is the caption's end.
 */
const IMAGE_CREDIT = /(?:\s+\(Image:\s+([^()]{1,60})\)|(?:\s+|(?<=[.\p{Ll}]))Image:\s+(\S[^:]{0,70}?))\.?$/u;

/** The "X /Reuters", "(Photo: AFP)" or "Image: Paul Budd." ending of a caption, split off. */
function splitCredit(line: string): { caption: string; credit: string } | null {
  // Each credit has its slash or its colon: a line with neither (most paragraphs) needs none of the patterns, which,
  // anchored at the line's end, are tried from every character of it.
  const slash = line.includes('/');
  if (!slash && !line.includes(':')) return null;
  for (const pattern of SLASHED_NAMES.test(line) ? [PAREN_CREDIT, TRAILING_CREDIT] : [SLASH_CREDIT, PAREN_CREDIT, TRAILING_CREDIT]) {
    const match = pattern === SLASH_CREDIT && !slash ? null : pattern.exec(line);
    if (match?.[1] && match.index > 20) return { caption: line.slice(0, match.index).trim(), credit: match[1].trim() };
  }
  const image = line.includes('Image:') ? IMAGE_CREDIT.exec(line) : null;
  const credit = image?.[1] ?? image?.[2];
  return image && credit && image.index >= 3 ? { caption: line.slice(0, image.index).trim(), credit: credit.trim() } : null;
}

/**
 * A speaker's label or labelled turn: `((Sara Seager)) No.` (a Wikinews interview answering two questions alike), `@handle:
 * …` (a tweet printed twice, which docs/annotation-guide.md counts once per occurrence), a name alone before an answer
 * (`Isabel:`, `Meenu and Anastasia:`, fresh digital.gov interviews of four fellows, each label again under each question).
 */
const TURN_LABEL = /^(?:\(\([^()]{1,60}\)\)\s|@[\p{L}\p{N}_]{1,30}:\s|\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3}:$)/u;

/**
 * A writer's short hand-back to the speaker quoted last: a pronoun, a verb (an adverb or a language tag may go with it) and
 * the colon that sets off the next quotation: `He added:` (gv-mauritania-debate-al-qaeda-execution-2012-05-22, twice, each
 * before another activist's tweet), `She continues [es]:`. A scrape repeats a page's furniture, never such a line.
 */
const HAND_BACK = /^(?:He|She|They)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?\p{Ll}+(?:\s+on)?(?:\s+\[[A-Za-z]{2}\])?:$/u;

/**
 * Whether a line recurs by nature, not by a scrape's repeat: an elision line (`[...]`) between the parts of a block
 * quotation, a speaker's label or turn ({@link TURN_LABEL}), whose second occurrence is a second turn, or a writer's
 * hand-back to a speaker ({@link HAND_BACK}).
 */
const recursByNature = (line: string): boolean => isElision(line) || TURN_LABEL.test(line) || HAND_BACK.test(line);

/** A short line of capitalised words with no sentence punctuation: a publisher or section name. */
function looksLikePublisher(line: string): boolean {
  return line.length <= 40 && !/[.!?"“”:]$/.test(line) && /^[A-Z0-9][\w&.'’ -]*$/.test(line) && line.split(/\s+/).length <= 4;
}

/**
 * Sorts scraped article text into headline, byline, paragraphs, figures and source credit. Scrape
 * boilerplate goes; a paragraph or caption the scrape repeats is kept once (an elision line `[...]` each time, and words
 * quoted again after a colon); texts are trimmed but otherwise untouched.
 * A first line that reads as a paragraph gives only its first sentence to the headline (see takeHeadline),
 * and a headline the reader wrote is used as takeHeadline says.
 */
export function cleanArticle(raw: string, headline?: string | null): CleanedArticle {
  // Scraped text often keeps HTML's character references ("&ldquo;", "O&rsquo;Neill"): read them as the characters they stand for.
  const text = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i.test(raw) ? decodeHTML(raw) : raw;
  const lines = scrapeLines(text);
  const found = headlineIndex(lines);
  const at = found === -1 ? lines.length : found;
  const above = lines.slice(0, at);
  const result: CleanedArticle = {
    headline: '',
    byline: above.find((line) => isByline(line)) ?? null,
    dateline: null,
    paragraphs: [],
    figures: [],
    sourceCredit: null,
  };
  const seen = new Set(above);
  // A page that names one writer below its headline: a digest of several stories, each with its writer, keeps them in
  // the text, where each stays with its story.
  const writers = lines.slice(at + 1).filter((line) => WRITER_LINE.test(line));
  const writer = new Set(writers).size === 1 ? writers[0] : undefined;
  // A repeat right after a colon (`Kanyanja writes on his Facebook wall:` over words the article quoted earlier from the
  // Zambian Watchdog, Global Voices, Zambia, May 2012), and the repeats that follow it, is a second quotation of the
  // same words, not a scrape's repeat: docs/annotation-guide.md counts each occurrence as published.
  let requoting = false;
  for (const [index, whole] of lines.entries()) {
    const repeat = seen.has(whole) && !recursByNature(whole);
    requoting = repeat && (requoting || /:$/.test(lines[index - 1] ?? ''));
    if (index < at || (repeat && !requoting)) continue;
    seen.add(whole);
    let line = whole;
    if (index === at) {
      const taken = takeHeadline(whole, index < lines.length - 1, headline);
      result.headline = taken.headline;
      if (!taken.rest) continue;
      line = taken.rest;
    }
    // Shown as a paragraph too, the date read twice under the headline and became a timeline event of its own.
    if (result.paragraphs.length === 0 && result.figures.length === 0 && !result.dateline && isDateline(line)) {
      result.dateline = line;
      continue;
    }
    if (result.paragraphs.length === 0 && result.figures.length === 0 && !result.byline && (isByline(line) || looksLikePublisher(line))) {
      result.byline = line;
      continue;
    }
    if (isByline(line) && result.paragraphs.length === 0) continue;
    if (line === writer && !result.byline) {
      result.byline = line;
      continue;
    }
    const cover = COVER.exec(line);
    if (cover?.[1]) {
      const split = splitCredit(cover[1]);
      result.figures.push({ kind: 'cover', caption: split?.caption ?? cover[1], credit: split?.credit ?? null, afterParagraph: result.paragraphs.length - 1 });
      continue;
    }
    const source = SOURCE_CREDIT.exec(line);
    if (source?.[1] && line.length < 220) {
      result.sourceCredit = source[1].replace(/\.$/, '');
      continue;
    }
    const standalone = CREDIT_LINE.exec(line);
    // The picture's caption stayed in the text (or the page gave none): the credit line is the figure's whole caption.
    if (standalone?.[1] && !NOT_PICTURE_CREDIT.test(standalone[1])) {
      result.figures.push({ kind: 'photo', caption: line, credit: null, afterParagraph: result.paragraphs.length - 1 });
      continue;
    }
    const credit = splitCredit(line);
    if (credit && !/["“”]/.test(credit.caption.slice(-3))) {
      result.figures.push({ kind: 'photo', caption: credit.caption, credit: credit.credit, afterParagraph: result.paragraphs.length - 1 });
      continue;
    }
    result.paragraphs.push(line);
  }
  if (!result.headline) result.headline = headline?.trim() || result.byline || 'Untitled article';
  return result;
}

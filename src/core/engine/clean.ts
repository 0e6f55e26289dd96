import { decodeHTML } from 'entities';
/** An article's text as the scrape gave it, sorted into what a reader sees. */
export interface CleanedArticle {
  headline: string;
  byline: string | null;
  paragraphs: Array<string>;
  figures: Array<{ kind: 'photo' | 'cover'; caption: string; credit: string | null; afterParagraph: number }>;
  sourceCredit: string | null;
}

const BOILERPLATE: ReadonlyArray<RegExp> = [
  /^(download|search trends|share|share this( article| story)?|advertisement|advertising|sponsored|print|email|e-mail|facebook|twitter|whatsapp|linkedin|telegram|copy link|comments?|video|photos?|gallery|listen|listen to this article|skip to (main )?content|menu|close|home|news|world|more|loading\.*)$/i,
  /^(read more|related|see also|more from|recommended|most read|trending|you may also like|watch)(:.{0,200}|\s*[|»›>].{0,200}|\s+\S+(\s+\S+){0,5})?$/i,
  /^(updated|published|posted|last updated|first published)(:|\s+(on|at)\b)?\s*(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s|today|yesterday|ago\b).{0,70}$/i,
  /^(reporting|additional reporting|writing|editing|compiled) by\b.{0,200}$/i,
  /^our standards:/i,
  /^(sign up|subscribe|get the latest|follow us|join us|click here|tap here|download the app|register( now)?|log in|sign in)\b.{0,200}$/i,
  /^(we use cookies|this (web)?site uses cookies|by (continuing|using) (to use )?this (web)?site|accept( all)? cookies)\b.{0,300}$/i,
  /^explore more on these topics\b.{0,300}$/i,
  /^(©|\(c\)|copyright\s+(©\s*)?\d{4})\s?.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^\d+\s+min(ute)?s?\s+read$/i,
  /^(this article|this story) (was|has been) (updated|amended|corrected)\b.{0,200}$/i,
];

const CREDIT_AGENCY = "[A-Z][\\w&.'-]*(?:\\s[A-Z][\\w&.'-]*){0,3}";
const SLASH_CREDIT = new RegExp(`\\s+/\\s?(${CREDIT_AGENCY})\\s*$`);
const PAREN_CREDIT = /\s*\((?:photo|photograph|image|picture|credit|file photo|photo credit)s?:\s*([^)]{1,60})\)\s*$/i;
const TRAILING_CREDIT = /\s*(?:photo|photograph|image|credit):\s*([A-Z][^.]{0,50})\s*$/i;
const COVER = /^\(\s*cover(?:\s+(?:photo|image))?:\s*([\s\S]+?)\s*\)$/i;
const SOURCE_CREDIT = /^\(?\s*((?:with input from|with inputs from|additional input from|source:|sources:|contributed by)\s[^)]{1,200}?)\s*\.?\)?$/i;
const BYLINE = /^by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|del|bin|al))*(?:\s*[,|]\s*.{0,80})?$/;

/** The "X /Reuters" or "(Photo: AFP)" ending of a caption, split off. */
function splitCredit(line: string): { caption: string; credit: string } | null {
  for (const pattern of [SLASH_CREDIT, PAREN_CREDIT, TRAILING_CREDIT]) {
    const match = pattern.exec(line);
    if (match?.[1] && match.index > 20) return { caption: line.slice(0, match.index).trim(), credit: match[1].trim() };
  }
  return null;
}

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

/** A short line of capitalised words with no sentence punctuation: a publisher or section name. */
function looksLikePublisher(line: string): boolean {
  return line.length <= 40 && !/[.!?"“”:]$/.test(line) && /^[A-Z0-9][\w&.'’ -]*$/.test(line) && line.split(/\s+/).length <= 4;
}

/**
 * Sorts scraped article text into headline, byline, paragraphs, figures and source credit. Scrape
 * boilerplate goes; a caption the scrape repeats is kept once; texts are trimmed but otherwise untouched.
 */
export function cleanArticle(raw: string): CleanedArticle {
  // Scraped text often keeps HTML's character references ("&ldquo;", "O&rsquo;Neill"): read them as the characters they stand for.
  const text = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i.test(raw) ? decodeHTML(raw) : raw;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // eslint-disable-next-line no-control-regex -- it removes the control characters that scraped text carries
    .map((line) => line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim())
    .filter((line) => line.length > 0 && !isBoilerplate(line));
  const seen = new Set<string>();
  let sectionLabels = 0;
  const result: CleanedArticle = { headline: '', byline: null, paragraphs: [], figures: [], sourceCredit: null };
  for (const line of lines) {
    if (seen.has(line)) continue;
    seen.add(line);
    if (!result.headline) {
      if (BYLINE.test(line)) result.byline ??= line;
      else if (line.split(/\s+/).length <= 2 && !/[.!?]$/.test(line) && lines.length > 3 && sectionLabels++ < 2) continue;
      else result.headline = line;
      continue;
    }
    if (result.paragraphs.length === 0 && result.figures.length === 0 && !result.byline && (BYLINE.test(line) || looksLikePublisher(line))) {
      result.byline = line;
      continue;
    }
    if (BYLINE.test(line) && result.paragraphs.length === 0) continue;
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
    const credit = splitCredit(line);
    if (credit && !/["“”]/.test(credit.caption.slice(-3))) {
      result.figures.push({ kind: 'photo', caption: credit.caption, credit: credit.credit, afterParagraph: result.paragraphs.length - 1 });
      continue;
    }
    result.paragraphs.push(line);
  }
  if (!result.headline) result.headline = result.byline ?? 'Untitled article';
  return result;
}

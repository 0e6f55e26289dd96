import { NOT_NAMES } from './lexicon/notNames';

/** Lines a scrape picks up around an article: buttons, widgets, stamps, credits, prompts. */
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

/** A "By Jane Doe" line, with maybe a role or place after a comma or bar. */
const BYLINE = /^[Bb]y\s+([A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|del|bin|al))*(?:\s*[,|]\s*.{0,80})?$/;

/**
 * Whether a scraped line is a "By Jane Doe" byline (`BYLINE`). A first word that never starts a name (`NOT_NAMES`: a
 * determiner, pronoun, day or month) makes the line a title or a sentence, not a writer: the headline "By Their Powers
 * Combined" (NASA_RAG nasa_article_138) and a lede such as "By Monday, the toll had risen to 40."
 */
export function isByline(line: string): boolean {
  const first = BYLINE.exec(line)?.[1];
  return first !== undefined && !NOT_NAMES.has(first);
}

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

/** A scrape's lines as the article reads them: trimmed, without control characters, blank lines or boilerplate. */
export function scrapeLines(text: string): Array<string> {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      // eslint-disable-next-line no-control-regex -- it removes the control characters that scraped text carries
      .map((line) => line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim())
      .filter((line) => line.length > 0 && !isBoilerplate(line))
  );
}

/**
 * Which of a scrape's lines holds the headline: the first that is not a byline, a repeat, or one of at
 * most two short section labels ("Business", "Asia Pacific") above it; -1 when there is none.
 */
export function headlineIndex(lines: ReadonlyArray<string>): number {
  const seen = new Set<string>();
  let sectionLabels = 0;
  for (const [index, line] of lines.entries()) {
    if (seen.has(line)) continue;
    seen.add(line);
    if (isByline(line)) continue;
    if (line.split(/\s+/).length <= 2 && !/[.!?]$/.test(line) && lines.length > 3 && sectionLabels++ < 2) continue;
    return index;
  }
  return -1;
}

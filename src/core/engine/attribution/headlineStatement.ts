import { quoteAlone } from './signedPullQuotes';
import type { EntityIndex } from '../entities/types';
import { attributed, type FoundQuote, type Subject } from './types';

/** "Statement from NASA’s Janet Petro on …", "Statement by Administrator Bill Nelson on …": a headline naming who speaks. */
const STATEMENT_HEADLINE = /^(?:NASA\s+)?Statement\s+(?:from|by)\s+/;

/** How many blocks may stand between the headline and the statement's first paragraph: a picture's caption. */
const MAX_LEAD_BLOCKS = 2;

/** Before the name: an organisation's possessive and up to three capitalised title words ("NASA’s", "NASA Administrator"). */
const BEFORE_NAME = /^(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** After the name: what the statement is on or where it was made, or the headline's end. */
const AFTER_NAME = /^(?:\s+(?:on|at|about|regarding|for|after|to)\s|\s*$)/;

/**
 * The one person whose full name a "Statement from …" headline gives as the statement's author, after an
 * organisation's possessive or a title ("NASA’s Janet Petro", "NASA Administrator Bill Nelson"); null when it names no
 * one the article's entities hold, or more than one. A headline capitalises every word, so the name pass may run the
 * name into what follows ("Janet Petro on Fiscal Year"): the person is found by their full name as the body gives it.
 */
function headlineSpeaker(headline: string, index: EntityIndex): Subject | null {
  const lead = STATEMENT_HEADLINE.exec(headline);
  if (!lead) return null;
  const found = index.entities.flatMap((entity) => {
    const at = entity.type === 'person' ? headline.indexOf(entity.name, lead[0].length) : -1;
    if (at < 0 || !BEFORE_NAME.test(headline.slice(lead[0].length, at)) || !AFTER_NAME.test(headline.slice(at + entity.name.length))) return [];
    return [{ ref: { block: 0, start: at, end: at + entity.name.length }, entity, resolution: 'name' as const, antecedent: null }];
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * `Statement from NASA’s Janet Petro on Fiscal Year 2025 Budget Request` / (a caption) / `“The rollout of the
 * President’s 2025 budget …` / `“Kennedy is proud to support …` … `“We do all of this thanks to our diverse and talented
 * workforce. …”` (NASA, nasa_article_561 of katie-hofschen/NASA_RAG, 2024): a statement page whose headline names its
 * speaker and whose body is the statement itself, with no cue. The quote paragraphs from the first one the body opens
 * with, running on while the quote is left open at a paragraph's end (the AP convention for a quote over paragraphs,
 * a paragraph whose opening mark the page dropped included), are the named person's. Only quotes no cue of their own
 * attributed are taken; any other quote ends the statement. `quotes` are in reading order; returns them with the
 * statement's attributed.
 */
export function signHeadlineStatement(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  quotes: ReadonlyArray<FoundQuote>,
  index: EntityIndex,
): Array<FoundQuote> {
  const subject = quotable[0] ? headlineSpeaker(texts[0] ?? '', index) : null;
  if (!subject) return [...quotes];
  const first = texts.findIndex((text, block) => block > 0 && /["“”]/.test(text));
  if (first < 1 || first > MAX_LEAD_BLOCKS + 1 || !/^["“]/.test(texts[first] ?? '')) return [...quotes];
  const cue = { block: 0, start: 0, end: subject.ref.end };
  const signed = [...quotes];
  for (let block = first; block < texts.length && quotable[block]; block++) {
    const text = texts[block] ?? '';
    const own = signed.flatMap((q, i) => (q.block === block ? [i] : []));
    // A paragraph with no mark at all inside an open quote goes on with it; one that opens none ends the statement.
    if (own.length === 0 && !/["“”]/.test(text)) continue;
    if (
      own.length === 0 ||
      !quoteAlone(
        text,
        own.map((i) => signed[i] as FoundQuote),
      )
    )
      break;
    for (const i of own) signed[i] = attributed(signed[i] as FoundQuote, subject, cue, 'colon-block');
    if (/[”"]\s*\.?\s*$/.test(text)) break;
  }
  return signed;
}

import type { FoundQuote } from '../types';
import { attributeCase, type DirectCase, type DirectSieve } from './direct';

/** A statement put out: "issued a statement", "released the following statement", "put out a press release". */
const ISSUED = String.raw`\b(?:issued|released|put\s+out|published|posted|sent\s+out|made)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|press\s+release|news\s+release|communiqu[eé]|announcement)`;

/**
 * The statement's own verb ("which read, in part,", "that said"), then a comma or colon before the quote; or any
 * words without quote marks before a colon ("issued a statement agreeing the issue should be decided by Congress:"),
 * as a colon introduces the statement's words (AP Stylebook, "colon").
 */
const STATEMENT_LEAD_IN = new RegExp(
  String.raw`${ISSUED}(?:\s+(?:which|that)\s+(?:read|reads|said|says|stated|states)(?:,?\s+in\s+part)?\s*[,:]|(?:\s+[^\s"“”]+){0,20}?\s*:)\s*$`,
  'iu',
);

/** The statement noun, then "from" and its author: "the following statement from the king". */
const STATEMENT_FROM = /(?:statement|press\s+release|news\s+release|communiqu[eé]|announcement)\s+from\s+/iu;

/**
 * `The palace issued the following statement from the king: "…"` (English Wikinews 2019, "Thai political party withdraws
 * princess's candidacy for prime minister", not in the corpus): a statement "from" a person or a body is that author's
 * words, whoever put it out (`docs/annotation-guide.md`: a document whose author the text names is the author's). Null
 * when no "from" follows the statement or no person or organisation is named after it. `lead` is the lead-in, which
 * starts at `verbStart` (UTF-16, in the block's text).
 */
function statementAuthor(c: DirectCase, verbStart: number, lead: string): FoundQuote | null {
  const from = STATEMENT_FROM.exec(lead);
  if (!from) return null;
  const subject = c.cues.subjectAt(c.block, verbStart + from.index + from[0].length);
  const type = subject?.entity?.type;
  if (!subject || (type !== 'person' && type !== 'organization')) return null;
  return attributeCase(c, subject, { block: c.block, start: verbStart, end: subject.ref.end }, 'leading-cue');
}

/**
 * `Facebook released a statement which read, in part, "…"`, `The government of American Samoa issued a statement
 * agreeing the issue should be decided by Congress: "…"`: a statement the subject put out, then its words in the same
 * sentence. What the statement says is the subject's (`docs/annotation-guide.md`: the body that issues a statement is
 * its source), so the speaker is the subject of "issued", read as any cue's subject is; abstains when there is none.
 */
export const issuedStatementCue: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const left = text.slice(range.start, direct.open);
  const lead = STATEMENT_LEAD_IN.exec(left);
  if (!lead) return null;
  const verbStart = range.start + lead.index;
  const author = statementAuthor(c, verbStart, lead[0]);
  if (author) return author;
  const subject = cues.speakerBefore(block, verbStart, range.start);
  if (!subject) return null;
  const verbEnd = verbStart + (/^\S+/.exec(lead[0])?.[0].length ?? 0);
  return attributeCase(c, subject, { block, start: subject.ref.start, end: verbEnd }, 'leading-cue');
};

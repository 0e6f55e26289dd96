import { splitSentences } from '../../../sentences';
import type { FoundEntity } from '../../entities/types';
import { GENERIC_ORG_NOUNS } from '../../lexicon/genericOrgNouns';
import { GOVERNMENT_WORDS } from '../../lexicon/governmentWords';
import { PUBLIC_BODY_HEADS } from '../../lexicon/publicBodyHeads';
import { WRITER_OPENERS } from '../../lexicon/writerOpeners';
import type { MentionIndex } from '../mentions';
import { namesSpeaker } from '../paragraphShapes';
import { MONTH_NAME } from '../../lexicon/monthNames';

// Where a news writer's own voice comes back after a statement set off by a colon cue (`X said in a statement:` and its
// paragraphs, which a scrape prints without quote marks): a block quotation in the third person does not run on over
// a paragraph that reads as the writer's.

const MONTH = `(?:${MONTH_NAME})`;
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/**
 * A time the writer sets an event at, opening the paragraph: `In 2007, Paris left the ship …` (Wikinews), `On Monday,`,
 * `On 5 June`, `Last week,`, `Earlier this month,`. Not `Today,` nor `As of yesterday,`, with which a blogger dates their
 * own day (Gresghom Gorenberg's post on Obama's Cairo speech, as Global Voices spells him).
 */
const TIME_OPENING = new RegExp(
  `^(?:(?:In|On|By|Since|Until|During)\\s+(?:(?:early|late|mid-)\\s*)?(?:(?:1[89]|20)\\d\\d\\b|(?:\\d{1,2}\\s+)?${MONTH}\\b|${WEEKDAY}\\b)|(?:Last|Earlier|Later)\\s+(?:week|month|year|this|that|${WEEKDAY}|${MONTH})\\b)`,
);

/** A dateline: `WASHINGTON —`, `GENEVA (Reuters) -`, `LAGOS, Nigeria –`. */
const DATELINE = /^\p{Lu}[\p{Lu}.' ]{2,}(?:,\s*[\p{L}. ]+)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/u;

/** A news lead stamps what happened with its weekday (`… told the court on Tuesday`); a blog post's paragraph rarely does. */
const WEEKDAY_STAMP = new RegExp(`\\b${WEEKDAY}\\b`);

/** The writer reporting someone in the past tense, whoever the subject (`officials said`, `the ministry told AFP`). */
const REPORTS = /\b(?:said|told|added|announced|stated)\b/;

/** `However, …`, `In response, …`: a writer's connective opening the paragraph (`lexicon/writerOpeners.ts`). */
function opensWithConnective(text: string): boolean {
  const lower = text.slice(0, 40).toLowerCase();
  return [...WRITER_OPENERS].some((opener) => lower.startsWith(opener) && /^[\s,]/.test(lower.slice(opener.length)));
}

/** `The ministry …`, `The company structure remains unchanged …`: the writer naming an organisation by its kind noun. */
function opensWithBody(text: string): boolean {
  const noun = /^The\s+(\p{L}+)\b/u.exec(text)?.[1];
  if (noun === undefined) return false;
  return GENERIC_ORG_NOUNS.has(noun.toLowerCase()) || GOVERNMENT_WORDS.has(noun.toLowerCase()) || PUBLIC_BODY_HEADS.has(noun);
}

/** `In Sydney, …`, `At the United Nations, …`: a place the writer moves the story to. */
function opensWithPlace(block: number, text: string, mentions: MentionIndex): boolean {
  const lead = /^(?:In|At|From)\s+(?:the\s+)?/.exec(text);
  return lead !== null && mentions.between(block, lead[0].length, lead[0].length + 1).some((m) => m.start === lead[0].length && m.entity.type === 'place');
}

/**
 * Whether a paragraph after a block quotation in the third person is the writer's own (block `block`, `text` its words,
 * `source` the entity the quotation's colon cue named, if any): someone it names speaks, it names the quoted source in
 * the third person, it opens with a time, a place, a dateline, a connective or an organisation's kind noun, stamps an
 * event with a weekday, or reports someone in the past tense. A news story's `the Church denied these allegations:`
 * block is followed by the writer's `In 2007, Paris left the ship …`; a blog round-up's quoted post goes on in plain
 * statements of its own (`These face harassment, acts of repudiation, beatings, and arrests …`, Global Voices).
 */
export function writerReturns(block: number, text: string, mentions: MentionIndex, source: FoundEntity | null): boolean {
  if (namesSpeaker(block, text, mentions)) return true;
  if (source !== null && mentions.inBlock(block).some((m) => m.entity === source)) return true;
  if (TIME_OPENING.test(text) || DATELINE.test(text) || opensWithConnective(text) || opensWithBody(text)) return true;
  return opensWithPlace(block, text, mentions) || WEEKDAY_STAMP.test(text) || REPORTS.test(text);
}

/**
 * A statement as news reports one: by a past-tense reporting verb or the statement's own noun (`In a statement to the
 * Australian Broadcasting Corporation, the Church denied these allegations:`, Wikinews; `… said in a statement:`,
 * `… told reporters:`). A blog round-up presents a post in the present tense (`Rebecca remains factual:`) or by what its
 * author did (`Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:`), and its post may go on in the
 * third person; a statement's later paragraphs after the writer's own are not told apart from it, so none is taken.
 */
const STATEMENT_CUE =
  /\b(?:said|told|stated|announced|denied|declared|statement|press release|news release|communiqu[eé]|briefing|press conference|news conference|spokes(?:man|woman|person))\b/;

/** Whether the last sentence of a colon cue's paragraph reports a statement as news does (`STATEMENT_CUE`). */
export function reportsStatement(cueParagraph: string): boolean {
  const last = splitSentences(cueParagraph).at(-1);
  return STATEMENT_CUE.test(last ? cueParagraph.slice(last.start) : cueParagraph);
}

/**
 * `This post is part of our special coverage Egypt Elections 2011/12.`: the publication's note on its own post, which
 * Global Voices prints at a post's head and foot (fresh post "Egypt: Eye-witness account of Abbassiya clashes", May
 * 2012). Its "our" is the publication's, never a quoted blogger's, so it carries no block quotation on.
 */
export const editorsNote = (text: string): boolean => /^\s*This (?:post|article|story) is (?:part|one) of\b/.test(text);

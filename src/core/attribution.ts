import { blocksInOrder, findQuote, speakerOf, type PlacedBlock } from './article';
import { certaintyOf, isUncertain } from './confidence';
import type { Article, Block, BlockSpan, Entity, Quote } from './schema';
import type { MarkSpan } from './segments';
import { sentenceIndexAt, splitSentences } from './sentences';

/** Everything the attribution panel says about one quote. */
export interface AttributionView {
  quote: Quote;
  block: Block;
  speaker: Entity | null;
  /** The words that attribute the quote, as they stand in the text. */
  cue: string | null;
  /** How the words naming the speaker lead to them: `"He" — Kassym-Jomart Tokayev, named in the previous sentence`. */
  explanation: string;
}

interface Located {
  placed: PlacedBlock;
  order: number;
  offset: number;
}

function locate(blocks: ReadonlyArray<PlacedBlock>, span: BlockSpan, ownerId: string): Located | null {
  const blockId = span.blockId ?? ownerId;
  const order = blocks.findIndex(({ block }) => block.id === blockId);
  const placed = blocks[order];
  return placed ? { placed, order, offset: span.start } : null;
}

/** Where the antecedent stands as seen from the words that refer back to it. */
function distance(blocks: ReadonlyArray<PlacedBlock>, from: Located, to: Located): string {
  const fromSentences = splitSentences(from.placed.block.text);
  const toSentences = splitSentences(to.placed.block.text);
  const fromSentence = sentenceIndexAt(fromSentences, from.offset);
  const toSentence = sentenceIndexAt(toSentences, to.offset);
  if (from.order === to.order) {
    const here = from.placed.paragraphIndex !== null ? 'this paragraph' : `the ${from.placed.label}`;
    if (to.offset > from.offset) return fromSentence === toSentence ? 'named later in the same sentence' : `named later in ${here}`;
    if (fromSentence === toSentence) return 'named earlier in the same sentence';
    if (fromSentence - toSentence === 1) return 'named in the previous sentence';
    return `named earlier in ${here}`;
  }
  if (to.order > from.order) return to.placed.paragraphIndex !== null ? `named later, in ${to.placed.label}` : `named later, in the ${to.placed.label}`;
  const between = blocks.slice(to.order + 1, from.order).filter(({ paragraphIndex }) => paragraphIndex !== null);
  const adjacent = between.length === 0;
  if (adjacent && fromSentence === 0 && toSentence === toSentences.length - 1) return 'named in the previous sentence';
  if (adjacent && to.placed.paragraphIndex !== null) return 'named in the previous paragraph';
  // "named in paragraph 2", but "named in the headline", "named in the figure 1 caption".
  return to.placed.paragraphIndex !== null ? `named in ${to.placed.label}` : `named in the ${to.placed.label}`;
}

function pronounOf(speaker: Entity): string {
  return speaker.type === 'person' ? 'their' : 'its';
}

/** Explains how the quote's attribution leads from the text to its speaker. */
export function explainAttribution(article: Article, quote: Quote, block: Block, speaker: Entity | null): string {
  if (quote.corrected)
    return speaker
      ? `You gave this quote to ${speaker.name} by hand; the text's own attribution is set aside.`
      : 'You marked this quote as unattributed by hand.';
  if (!speaker || quote.resolution === 'unattributed') return 'Nothing in the text says who said this, so it is left unattributed.';
  const ref = quote.speakerRef?.text;
  const blocks = blocksInOrder(article);
  const from = quote.speakerRef ? locate(blocks, quote.speakerRef, block.id) : locate(blocks, quote, block.id);
  const to = quote.antecedent ? locate(blocks, quote.antecedent, block.id) : null;
  const where = from && to ? distance(blocks, from, to) : null;
  const role = speaker.role ? `, ${speaker.role}` : '';
  switch (quote.resolution) {
    case 'name':
      return `"${ref ?? speaker.name}" names ${speaker.name}${role}.`;
    case 'pronoun':
      return `"${ref ?? 'They'}" — ${speaker.name}${where ? `, ${where}` : ''}.`;
    case 'role':
      return `"${ref ?? 'The role'}" — ${speaker.name}${role}, by ${pronounOf(speaker)} role${where ? `; ${where}` : ''}.`;
    case 'continuation':
      return `Continues the previous speaker, ${speaker.name}${where ? `, ${where}` : ''}.`;
  }
}

/**
 * Who said a quote, as read after its words: `said by Vladimir Putin`, `probably said by …` when the
 * attribution is uncertain, `speaker unknown`; `, corrected by you` follows a reader's correction.
 */
export function speakerPhrase(quote: Quote, speaker: Entity | null): string {
  const who = speaker ? `${isUncertain(quote) ? 'probably ' : ''}said by ${speaker.name}` : 'speaker unknown';
  return quote.corrected ? `${who}, corrected by you` : who;
}

const INFERRED_FROM: Partial<Record<Quote['resolution'], string>> = {
  pronoun: 'from a pronoun',
  role: 'from a role noun',
  continuation: 'as a continuation of the previous speaker',
};

/** How sure the attribution is, in words: a label (`Named in the text`, `Inferred`, `Uncertain` …) and how it was reached. */
export function certaintyWords(quote: Quote): { label: string; how: string | null } {
  const inferred = INFERRED_FROM[quote.resolution] ?? null;
  switch (certaintyOf(quote)) {
    case 'named':
      return { label: 'Named in the text', how: null };
    case 'inferred':
      return { label: 'Inferred', how: inferred };
    case 'uncertain':
      return { label: 'Uncertain', how: `${inferred ? `inferred ${inferred}` : 'a guess'}, which the text only weakly supports` };
    case 'corrected':
      return { label: 'Corrected by you', how: null };
    case 'unknown':
      return { label: 'Speaker unknown', how: null };
  }
}

/** The attribution of one quote, or undefined when the article has no such quote. */
export function describeAttribution(article: Article, quoteId: string): AttributionView | undefined {
  const found = findQuote(article, quoteId);
  if (!found) return undefined;
  const { quote, block } = found;
  const speaker = speakerOf(article, quote);
  return { quote, block, speaker, cue: quote.cue?.text ?? null, explanation: explainAttribution(article, quote, block, speaker) };
}

/** The marks that the selected quote's attribution puts on each block (cue, speaker words, antecedent). */
export function attributionMarks(article: Article, quoteId: string | null): Map<string, Array<MarkSpan>> {
  const marks = new Map<string, Array<MarkSpan>>();
  const found = quoteId ? findQuote(article, quoteId) : undefined;
  if (!found) return marks;
  const { quote, block } = found;
  const add = (span: BlockSpan | null, mark: MarkSpan['mark']) => {
    if (!span) return;
    const blockId = span.blockId ?? block.id;
    marks.set(blockId, [...(marks.get(blockId) ?? []), { start: span.start, end: span.end, mark }]);
  };
  add(quote.cue, 'cue');
  add(quote.speakerRef, 'speakerRef');
  add(quote.antecedent, 'antecedent');
  return marks;
}

import { blocksInOrder, type PlacedBlock } from './article';
import type { Article, Block, BlockSpan, Entity, Quote } from './schema';
import { sentenceIndexAt, splitSentences } from './sentences';

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

/**
 * Explains how the quote's attribution leads from the text to its speaker, and what a reader's correction did to it;
 * `confirmed` when the reader confirmed the speaker it has (isConfirmed in core/confirmed).
 */
export function explainAttribution(article: Article, quote: Quote, block: Block, speaker: Entity | null, confirmed: boolean): string {
  if (quote.corrected && !confirmed)
    return speaker
      ? `You gave this quote to ${speaker.name} by hand; the text's own attribution is set aside.`
      : 'You marked this quote as unattributed by hand.';
  const how = explainFromText(article, quote, block, speaker);
  return confirmed && speaker ? `You confirmed ${speaker.name} as the speaker. ${how}` : how;
}

function explainFromText(article: Article, quote: Quote, block: Block, speaker: Entity | null): string {
  // Words such as "Some Democrats, such as Beto O'Rourke, have expressed" are shown as the cue: saying that nothing in
  // the text says who said it would contradict them (Wikinews, 6 January 2019, Ted Cruz's term limits).
  if (quote.resolution === 'unattributed' && quote.cue) return 'The words that report it do not lead to one speaker, so it is left unattributed.';
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

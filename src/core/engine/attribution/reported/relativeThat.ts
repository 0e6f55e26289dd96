/**
 * "Turkey and Libya agreed on a line as their shared maritime border that would make the sea … Turkish": when a noun
 * phrase stands between the cue verb and "that", and a verb follows "that" at once, the "that" is a relative pronoun
 * the noun's clause starts with (its subject), not the conjunction a reported clause opens with. Offsets are UTF-16
 * into the block's text. Rule from fresh Wikinews text (new-user review); the engine abstains rather than guess.
 */
const VERB_FIRST =
  /^\s+(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have|had|does|did|makes|made|gives|gave|runs|ran|lies|lay|includes|included|\p{Ll}{2,}ed)\b/u;

/** Whether the words right after a "that" ending at `thatEnd` start with its verb, so "that" is their subject. */
export const relativeThat = (text: string, thatEnd: number): boolean => VERB_FIRST.test(text.slice(thatEnd));

/**
 * An adverb that ends the speech act's words, at a sentence's end or before ", but": `I say that jokingly, but it truly is
 * incredibly helpful …` (usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01), `said that again.`.
 */
const ADVERB_THEN_STOP = /^\s+(?:\p{Ll}{2,}ly|again|too|before|often)(?=\s*(?:[.;!?]|,\s+but\b|$))/u;

/**
 * Whether the "that" ending at `thatEnd` is the pronoun object of the cue verb, the words it points back to, rather than
 * the conjunction of a reported clause: only an adverb follows it before the sentence ends or turns with ", but".
 */
export const demonstrativeThat = (text: string, thatEnd: number): boolean => ADVERB_THEN_STOP.test(text.slice(thatEnd));

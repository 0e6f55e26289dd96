import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/**
 * `asked`, then whom: a name of up to four capitalised words, an object pronoun, or a noun phrase of up to three words
 * after an article, then the word that opens an indirect question (`if`, `whether`, a wh-word, `about`).
 */
const ASKED_WHOM_IF =
  /\b(?:asked|asks|questioned|quizzed)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|him|her|them|us|me|(?:the|a|an)(?:\s+\p{L}+){1,3})\s+(?:if|whether|how|why|what|when|where|who|which|about)\b/u;

/**
 * Whether a colon sentence already states the question it reports, asked of someone: `Wikinews asked Stamenković if he
 * had any ideas about whether and how sponges could survive through times when the tilt was higher and less oxygen
 * would be available:` (Wikinews, "Simple animals could live in Martian brines: Wikinews interviews planetary scientist
 * Vlada Stamenković", 9 January 2019). What such a colon sets off is the answer of the one asked, or nothing where the
 * page lost it (there the next paragraph was the reporter's next question, read as the asker's block quotation), and
 * never the asker's words; the answerer is no subject of any cue in the sentence, so no colon cue is read from it
 * and the block after stays with the sieves that read its own marks (the annotation guide: a quote's speaker is who
 * the text says spoke it). A speech verb after the question (`…, and she replied:`) is a cue of its own and keeps the
 * colon. `sentence` is the colon sentence, quote marks included.
 */
export function statesQuestion(sentence: string): boolean {
  const plain = sentence.replace(/["“][^"“”]*["”]/g, ' ');
  const asked = ASKED_WHOM_IF.exec(plain);
  if (!asked) return false;
  const after = plain.slice(asked.index + asked[0].length);
  return ![...after.matchAll(/\p{L}+/gu)].some((word) => isSpeechVerb(word[0]) && !/^(?:ask|asks|asked|asking)$/i.test(word[0]));
}

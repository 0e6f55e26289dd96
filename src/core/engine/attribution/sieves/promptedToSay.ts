import { attributeCase, wordsBeforeQuote, type DirectSieve } from './direct';

/**
 * A verb that makes its object the one who then speaks ("prompted Walker to say"), the object (up to three capitalised
 * words), and a speech verb's infinitive right before the quote. Only causes told as done: "urged him to say" and
 * "asked her to say" tell what someone wanted said, not what was.
 */
const PROMPTED =
  /\b(?:prompted|led|moved|inspired|caused|spurred)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})to\s+(?:say|remark|exclaim|quip|declare|joke|comment|observe|write|tweet|reply|respond)\s*[,:]?\s*["“]$/u;

/**
 * A word before the verb that leaves the cause open or denied: "did not say whether the ruling prompted President Smith
 * to say, “…”" tells of no words said.
 */
const UNSETTLED = /(?<![\p{L}'’])(?:whether|if|not|never|would|could|might|may)(?![\p{L}'’])/iu;

/**
 * `The rousing music prompted Walker to say, “Good morning, Houston! Thanks for the great music!”` (NASA, "35 Years Ago:
 * STS-30 Launches Magellan to Venus", nasa_article_126.md of katie-hofschen/NASA_RAG, not in the corpus): the object
 * of "prompted", "led" or "moved" is the subject of the speech verb's infinitive after it (Quirk et al. 1985, object
 * control: "prompted him to say" — he says), so the quote is the object's words, not the clause subject's ("the
 * music"). Only a person by name or a pronoun the text resolves to one; abstains otherwise.
 */
export const promptedToSay: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const { from, left } = wordsBeforeQuote(c, 200);
  const m = PROMPTED.exec(left);
  const object = m?.[1];
  if (!m || !object || UNSETTLED.test(text.slice(range.start, from + m.index))) return null;
  const at = from + m.index + m[0].indexOf(object);
  const subject = cues.subjectAt(block, at);
  if (subject?.entity?.type !== 'person' || subject.ref.end > at + object.trimEnd().length) return null;
  return attributeCase(c, subject, { block, start: from + m.index, end: direct.open }, 'leading-cue');
};

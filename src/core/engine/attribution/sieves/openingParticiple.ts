import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { attributeCase, type DirectSieve } from './direct';

/** The words from a quote's closing mark to the comma that ends the phrase it opens: no other quote, no sentence end. */
const PHRASE_REST = /^[^"“”.!?]{0,120}?,\s+/u;
/** A finite verb right after the main clause's subject, past an adverb: "elaborated", "also told", "says". */
const MAIN_VERB = /^\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?\p{Ll}{3,}(?:ed|s)\b/u;

/**
 * `Saying "there are many abortions despite the criminal threat" …, President Fernández elaborated, "…"`
 * (wikinews-argentine-president-fernandez-abortion-bill-2020-03-04): a sentence that opens on a speech verb's participle
 * and the quote it takes hangs the participle on the main clause, whose subject, named right after the comma that closes
 * the phrase and followed by its own verb, said the words (a participle opening a sentence has that sentence's subject,
 * AP Stylebook, "dangling modifiers"). Abstains when a name with a verb does not follow the phrase.
 */
export const openingParticiple: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const verb = /^(\p{Lu}\p{Ll}+ing)\s*$/u.exec(text.slice(range.start, direct.open))?.[1];
  if (!verb || !isSpeechVerb(verb.toLowerCase()) || direct.close === null) return null;
  const rest = PHRASE_REST.exec(text.slice(direct.close + 1, range.end));
  if (!rest) return null;
  const subject = cues.subjectAt(block, direct.close + 1 + rest[0].length);
  if (!subject?.entity || subject.entity.type === 'place' || subject.resolution !== 'name') return null;
  if (!MAIN_VERB.test(text.slice(subject.ref.end, range.end))) return null;
  return attributeCase(c, subject, { block, start: range.start, end: range.start + verb.length }, 'leading-cue');
};

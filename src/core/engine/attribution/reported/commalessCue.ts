import { hasClause } from './notACue';
import { hasSpeechVerb } from './finalSubject';
import { insideDirect, reportedQuote, type ReportedSieve } from './reported';

/** The last " said " or " says " of a sentence, a letter right before it: no comma sets the cue off (`finalClause.ts` reads one that does). */
const BARE_INVERTED_VERB = /(?<=\p{L})\s+(said|says)\s+(?!.*\s(?:said|says)\s)/u;

/**
 * A word before the verb that makes the verb the writer's own clause's, or the start of someone else's cue: a pronoun or
 * relative ("the man who said", "what she said"), an auxiliary or an adverb ("has said", "later said").
 */
const CLAUSE_WORD_BEFORE =
  /(?:^|\s)(?:who|whom|which|that|what|he|she|they|it|I|we|you|also|then|and|but|or|has|have|had|was|were|is|be|been|to|as|when|where|\p{Ll}+ly)$/u;

/** A verb or relative of a clause of its own in the words after the name: ", a technician, was fired" is no appositive. */
const APPOSITIVE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|who|which|that)\b/;

/** A name's words: capitalised, no stop between them. */
const NAME_WORDS = /^\p{Lu}[^.!?;:]*$/u;

/**
 * `The NCCIH team makes it a priority to respond to social media inquiries in a timely manner said Yasmine Kloth, Digital
 * and Social Media Strategist for NCCIH.` (usgov-gsa-social-media-customer-service-agencies-2015-04-24): an inverted cue
 * the writer left without its comma, "said NAME" closing the sentence (an appositive of at most 30 words and no verb
 * after the name), reports the full clause before it, as "…, said NAME." does. Only a name the text found is the
 * subject, and only a clause with a verb of its own the content: "Officials from NASA said Smith, a technician, was fired"
 * is the officials' sentence about Smith.
 */
export const commalessCue: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const sentence = text.slice(range.start, end);
  const verb = BARE_INVERTED_VERB.exec(sentence);
  if (!verb?.[1]) return null;
  const verbAt = range.start + verb.index + verb[0].indexOf(verb[1]);
  const content = sentence.slice(0, verb.index);
  if (CLAUSE_WORD_BEFORE.test(content) || !hasClause(content) || insideDirect(c, verbAt)) return null;
  const subjectStart = range.start + verb.index + verb[0].length;
  const subject = cues.subjectAt(block, subjectStart);
  // "…, and about a third said yes. Jury selection specialist Howard Varinsky, …" (wikinews-bill-cosby-lawyers-accuse-
  // prosecutors-racial-bias-jury-selection-2017-05-22, one sentence to the splitter): the name itself follows the verb.
  const name = subject ? text.slice(subject.ref.start, subject.ref.end) : '';
  if (!subject?.entity || subject.resolution !== 'name' || subject.entity.type !== 'person' || subject.ref.start !== subjectStart || !NAME_WORDS.test(name))
    return null;
  const after = text.slice(subject.ref.end, end);
  const appositive = /^,\s+(.*)$/su.exec(after)?.[1];
  if (after.trim() !== '' && (appositive === undefined || appositive.split(/\s+/).length > 30 || hasSpeechVerb(appositive) || APPOSITIVE_VERB.test(appositive)))
    return null;
  const quote = reportedQuote(c, subject, { block, start: verbAt, end: subject.ref.end }, range.start, range.start + verb.index, 'reported-final-clause');
  return quote ? [quote] : null;
};

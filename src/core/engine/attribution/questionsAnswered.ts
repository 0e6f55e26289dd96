import type { FoundQuote } from './types';

/** Verbs whose object can be the questions of an exchange rather than anything said: `answered`, `fielded`, `took`. */
const EXCHANGE_VERB = /\b(?:answer(?:s|ed|ing)?|field(?:s|ed|ing)?|t(?:ook|akes?|aking)|ask(?:s|ed|ing)?|pos(?:es|ed|ing))\s*$/iu;
/**
 * A noun phrase headed by `questions` (`a series of questions for our correspondent`, `some questions about his
 * campaign`, `questions submitted online`): at most a quantifier and two modifiers before the noun.
 */
const QUESTIONS =
  /^(?:(?:a|an|the|some|many|several|more|all|any|his|her|their|its|our|your|a\s+few|a\s+series\s+of|a\s+number\s+of|a\s+range\s+of|dozens\s+of|\d+|two|three|four|five|six|ten)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:questions?|queries|inquiries)\b/iu;

/**
 * Whether a reported quote is only the questions someone answered or put (`Gownaris answered a series of questions for
 * our correspondent`, Wikinews' usual interview lead): the verb's object is the exchange, not words said, so it is
 * no reported speech (docs/annotation-guide.md, "Reported": the content of the speech, after its cue). `text` is the
 * quote's paragraph; the quote's cue must end in the verb.
 */
export function onlyQuestionsAnswered(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block) return false;
  return EXCHANGE_VERB.test(text.slice(quote.cue.start, quote.cue.end)) && QUESTIONS.test(text.slice(quote.start, quote.end));
}

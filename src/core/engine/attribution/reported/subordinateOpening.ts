import { opensBareClause, opensPronounClause } from './clauseStart';
import { hasClause } from './notACue';

/**
 * A conjunction that opens a subordinate clause of what was said; "because of" opens a phrase, not a clause. "while" and
 * "whereas" set a contrast the speaker draws (`said while the Church opposes same-sex marriage, they stand against
 * homophobia`, wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21) only with a subject after them:
 * "said while visiting troops, …" and "said while in office, …" tell when it was said.
 */
const SUBORDINATOR =
  /^\s+(?:if|unless|although|though|even\s+(?:if|though)|because(?!\s+of\b)|once|whenever|(?:while|whereas)(?=\s+(?:the|a|an|this|these|those|his|her|their|its|our|some|many|most|he|she|they|it|we|I|there|\p{Lu}\p{L}*)\s)|as\s+long\s+as)\s/u;

/** Verbs after which "if" opens an indirect question, not a condition: "asked if", "wondered if", "checked if". */
const QUESTIONS = /^(?:ask|wonder|question|inquir|enquir|check)/;

/** A subordinate clause is short: past this many words the comma found is no longer its end. */
const MOST_WORDS = 20;

/**
 * Whether the words after a speech verb ending at `at` open what was said with a subordinate clause and then its main
 * clause after a comma: `said if the goal is peace and security, then foreign powers should "get out of the region"`
 * (wikinews-rouhani-foreign-powers-leave-persian-gulf-2019-09-23), `said although temperature and ozone are separately
 * known to impact crop yields, "nobody has looked at these together"`. News writing drops "that" after a speech verb
 * (AP Stylebook, "that (conjunction)") whatever the clause opens with, and the annotation guide's content is the whole
 * clause said, condition and all (docs/annotation-guide.md). The subordinate clause has a verb of its own before its
 * comma, and a clause (a subject pronoun's too) or a quotation follows the comma. `lower` is the verb, lower case; offsets are UTF-16 into the
 * block's text, `end` the sentence's end.
 */
export function opensWithSubordinate(text: string, at: number, end: number, lower: string): boolean {
  const rest = text.slice(at, end);
  const conjunction = SUBORDINATOR.exec(rest);
  if (!conjunction || (/^\s+if\s/.test(conjunction[0]) && QUESTIONS.test(lower))) return false;
  const comma = rest.indexOf(',', conjunction[0].length);
  if (comma < 0) return false;
  const clause = rest.slice(conjunction[0].length, comma);
  if (clause.split(/\s+/).length > MOST_WORDS || /["“”]/.test(clause) || !hasClause(clause)) return false;
  const main = comma + (/^,(?:\s*then\b)?/.exec(rest.slice(comma))?.[0].length ?? 1);
  // A subject pronoun's clause ("…, they stand against homophobia") has a plain present a bare clause's test does not read.
  return /^\s*["“]/.test(rest.slice(main)) || opensBareClause(text, at + main) || opensPronounClause(text, at + main);
}

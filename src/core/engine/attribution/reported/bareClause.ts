/**
 * Words a bare noun phrase cannot start with: a preposition, an adverb or a word of time, a conjunction, a relative or
 * question word, a negation, a pronoun in the object case. After a speech verb each of them opens a phrase or an aside of
 * its own ("said in a statement the …", "said yesterday the …", "said how …"), never a clause's subject.
 */
const NOT_A_HEAD =
  /^(?:to|by|in|on|at|for|with|of|about|after|before|during|from|over|under|through|as|when|while|because|if|since|until|upon|into|onto|toward|towards|against|despite|without|within|amid|among|amongst|between|via|per|like|than|also|then|now|later|earlier|previously|again|too|not|never|still|there|here|yesterday|today|tonight|tomorrow|recently|once|twice|soon|however|instead|only|even|just|already|so|yet|nor|and|but|or|ago|that|what|which|who|whom|whose|where|whether|how|why|no|him|her|them|us|me|it|you|goodbye|sorry|thanks|hello|yes|ok|okay)$/;

/** Words that, inside the phrase, open a clause or a phrase of their own, or join a second verb: an auxiliary after them is theirs. */
const OWN_WORD =
  /^(?:that|which|who|whom|whose|where|when|while|whether|if|because|to|and|or|but|nor|he|she|they|we|I|it|you|his|her|their|its|our|my|your|the|a|an|this|these|those|said|says|say|told|added)$/;

/** An auxiliary or a modal, the finite verb only a clause has, with a word of its own after it (not "to": "has to"). */
const AUXILIARY_THEN_WORD = /^(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\s+(?!to\b)\p{L}/u;

/**
 * How many words a bare subject may have before its auxiliary. It has two at least: a single bare noun before one is as
 * often a verb's object in a headline's or a list's clipped words ("Minister warns variant could delay reopening",
 * "discussed process was slow"), which clauseStart.ts reads only after a comma.
 */
const MAX_SUBJECT_WORDS = 6;

/**
 * Whether the words at `at` (a UTF-16 offset into `text`) open a clause whose subject is a noun phrase with no determiner,
 * of two words or more, its first in lower case, right before an auxiliary or a modal and before any comma or quotation
 * mark: `The French Civil Security service said water bombing by aircraft was disallowed` (wikinews-notre-dame-paris-
 * catches-fire-2019-04-16),
 * `Several Asian countries also said bin Laden's death was a step forward` (wikinews-world-leaders-react-death-osama-bin-
 * laden-2011-05-02). News writing drops "that" after a speech verb (AP Stylebook, "that (conjunction)"), and a phrase
 * with no determiner shows its clause only by the auxiliary after it. Not an object whose own clause or second verb the
 * auxiliary belongs to: a relative word, "to", a conjunction, a pronoun or a determiner before it (`explained steps their
 * customers would take`, `thanked supporters and was cheered`); not a phrase that starts with a preposition, an adverb,
 * an -ly word or an -ing word.
 */
export function opensUndeterminedClause(text: string, at: number): boolean {
  const rest = text.slice(at, at + 160);
  const head = /^\s+([^\s,;:"“”()[\]]+)\s+/u.exec(rest);
  const first = head?.[1];
  if (!head || !first || !/^\p{Ll}[\p{L}'’-]*$/u.test(first) || NOT_A_HEAD.test(first) || /(?:ly|ing)$/.test(first)) return false;
  const words = (rest.slice(head[0].length).split(/[,;:"“”()[\]]|[.!?](?:\s|$)/u, 1)[0] ?? '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < Math.min(words.length, MAX_SUBJECT_WORDS); i++) {
    const word = words[i] ?? '';
    if (AUXILIARY_THEN_WORD.test(words.slice(i, i + 2).join(' '))) return i > 0;
    if (OWN_WORD.test(word) || !/^[\p{L}\d'’.%-]+$/u.test(word)) return false;
  }
  return false;
}

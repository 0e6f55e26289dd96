/**
 * "the palace issued a statement to the effect the king considered it inappropriate for Thai royals to run for elected
 * office" (wikinews-thai-party-withdraws-princess-nomination-2019-02-11): a statement put out "to the effect (that)" a
 * clause reports that clause as the issuer's, as "issued a statement saying" does (issuedStatement.ts). The whole phrase,
 * from the verb, is the cue; the content starts after "effect" (or its "that").
 */
const TO_THE_EFFECT =
  /\b(?:issued|released|made|put\s+out|published)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|announcement|declaration|communiqu[eé])\s+to\s+the\s+effect(?=\s+\p{L})/gu;

/** The "issued a statement to the effect" phrases of a sentence, each as a match whose index is a UTF-16 offset in it. */
export const toTheEffectCues = (sentence: string): Array<RegExpExecArray> =>
  // Without the word "effect" the phrase cannot be there: it is not looked for at every word boundary.
  sentence.includes('effect') ? [...sentence.matchAll(TO_THE_EFFECT)] : [];

/** Whether a cue, lower case, is such a phrase. */
export const isToTheEffect = (lower: string): boolean => /\sto\s+the\s+effect$/.test(lower) && /^(?:issued|released|made|put|published)\s/.test(lower);

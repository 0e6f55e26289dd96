/**
 * Labels that name a role rather than a person before an answer of an interview transcript: one who speaks for the
 * interviewee (`Translator: He could, but he's not too badly impaired.`,
 * wikinews-interviews-spanish-paralympic-athlete-alberto-suarez-laso-2013-07-16). The answer is that role's, whose
 * name the text does not give (docs/annotation-guide.md, bold answer labels).
 *
 * Entries are lower case; callers lower-case the label before looking it up.
 */
export const ANSWER_ROLE_LABELS = new Set(['translator', 'interpreter']);

/** A person's name (two to four capitalised words, a closing mark slipped after it allowed), a comma and an article. */
const NAME_THEN_DESCRIPTION = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}['’]?,\s+(?:a|an|the)\s+([^.!?;:"“”]+)\.$/u;

/** Words that make a clause of the description: a finite verb or an auxiliary. */
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|said|says|told|tells|\p{Ll}+ed)$/u;

/**
 * Whether a paragraph is one entry of a list of people: a name, a comma and a description with no verb of its own, and
 * nothing else (`Patrick Korellias, a student in the class at the time of the shooting.`, a fresh Wikinews page of
 * session 48, where four such paragraphs after `Chicago news outlets are also reporting names of four of the surviving
 * victims:` were read as the outlets' block quotation). A block quotation is someone's sentences; a name with its
 * appositive alone says nothing, so the colon before it introduces a list (docs/annotation-guide.md, "Block
 * quotations": a list after a colon is no quote). `text` is the paragraph.
 */
export function isPersonEntry(text: string): boolean {
  const words = NAME_THEN_DESCRIPTION.exec(text.trim())?.[1]?.split(/\s+/);
  return words !== undefined && words.length <= 30 && !words.some((w) => CLAUSE_WORD.test(w));
}

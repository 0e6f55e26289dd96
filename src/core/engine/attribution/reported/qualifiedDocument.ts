import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';

/**
 * A document told by where it appeared, standing as a clause's subject right before its verb: `A study published in
 * journal Astronomy & Astrophysics last month` (reported …), `One study in the Journal of Threatened Taxa from March`
 * (noted …), both fresh Wikinews, 2020. A determiner, up to two modifiers and a head noun, then a place of publication:
 * "published", "released", "issued" or "posted" and a preposition or a time, or "in" alone, and up to eight words with
 * no relative or verb of their own. Group 2 is the head noun. Not "by" (its agent is read by the subject readers: "A
 * report by the agency said …") nor "from" ("A report from the Mexican government said …").
 */
const QUALIFIED_DOCUMENT =
  /^(?:a|an|one|another|the|this|that|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?)(\p{Ll}+)\s+(?:(?:published|released|issued|posted)\s+(?:in|on|at|last|this|earlier|yesterday|today)|in)\s+(?:(?!(?:who|whom|whose|which|that|said|says|say|told|tells|was|were|is|are|and|but)\s)[\p{L}\d.'’&-]+\s+){1,8}?$/iu;

/** Documents' nouns that name measurements, which show rather than say ("The data in the report revealed …"). */
const MEASURES: ReadonlySet<string> = new Set(['data', 'figures']);

/**
 * Whether a clause's words up to its verb are a document described by where it appeared (`QUALIFIED_DOCUMENT`), whose
 * clause with no "that" is reported as a definite document's is (documentSubject.ts), left unattributed: the study
 * speaks for its unnamed authors (docs/annotation-guide.md, "Documents, studies, teams, unnamed groups").
 */
export function describesDocument(clause: string): boolean {
  const head = QUALIFIED_DOCUMENT.exec(clause)?.[2]?.toLowerCase();
  return head !== undefined && DOCUMENT_NOUNS.has(head) && !MEASURES.has(head);
}

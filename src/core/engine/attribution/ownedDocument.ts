import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';

/** A possessive pronoun opening a role phrase: "his campaign", "their joint". */
const PRONOUN_OWNER = /^(?:its|his|her|their)\s/i;

/**
 * The words after a role phrase a possessive pronoun opens, up to a document noun at most two words on: " statement" of
 * "his campaign statement", " release" of "her campaign press release". Empty when no document noun follows so.
 */
const DOCUMENT_AFTER = /^(?:\s+[\p{Ll}-]+){0,1}\s+([\p{Ll}-]+)(?=[\s,.;:]|$)/u;

/**
 * "According to his campaign statement, …", "His campaign statement said …": a role phrase that a possessive pronoun
 * opens and a body's noun ends ("his campaign") runs on to the document noun after it, so that the document, which is
 * its owner's word (docs/annotation-guide.md: what `her website` says is hers), is read back to the pronoun's person
 * (`bodyOfRole.ts`) instead of making a body named "His campaign". `phrase` is the role phrase `rest` opens with; the
 * phrase, longer or as it was.
 */
export function withOwnedDocument(phrase: string, rest: string): string {
  if (!PRONOUN_OWNER.test(phrase)) return phrase;
  const after = DOCUMENT_AFTER.exec(rest.slice(phrase.length));
  return after?.[1] && DOCUMENT_NOUNS.has(after[1]) ? phrase + after[0] : phrase;
}

/** Whether a role phrase's last word is a document noun: "his campaign statement". */
export const endsInDocument = (words: ReadonlyArray<string>) => DOCUMENT_NOUNS.has(words.at(-1) ?? '');

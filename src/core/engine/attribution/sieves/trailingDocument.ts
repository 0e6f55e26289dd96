import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { documentOwner } from '../documentOwner';
import { attributeCase, type DirectSieve } from './direct';

/**
 * After a quote's closing mark: perhaps its comma, the words of a document phrase (no mark, at most 80 code units), a
 * speech verb, and the sentence's end.
 */
const DOCUMENT_CUE = /^,?\s+([^,;:"“”.!?()]{1,80}?)\s+(?:also\s+)?(\p{Ll}+)\s*(?=[.!?]|$)/u;

/**
 * `"Sudan's government bears the bulk of the responsibility …," Spielberg's statement said.`
 * (wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14): a document the text says is someone's,
 * its owner named by a possessive (or as an adjective, "a White House statement"), speaks in its owner's words
 * (`docs/annotation-guide.md`: a document whose author the text names is the author's), after the quote as before it
 * (`leadingCue.ts` reads `Spielberg's statement said, "…"`). Only a quote that closes its clause with a comma, ! or ?,
 * the cue then ending the sentence; abstains when the owner is no person or organisation the text names
 * (`documentOwner.ts`).
 */
export const trailingDocument: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null) return null;
  const after = direct.close + 1;
  const rest = text.slice(after);
  if (!/[,!?]$/.test(text.slice(direct.start, direct.end)) && !rest.startsWith(',')) return null;
  const found = DOCUMENT_CUE.exec(rest);
  const words = found?.[1];
  if (!found || !words || !isSpeechVerb(found[2] ?? '')) return null;
  const from = after + found[0].indexOf(words, found[0].search(/\S/));
  const owner = documentOwner(text, block, from, from + words.length, cues.mentions);
  const mention = owner && cues.mentions.between(block, owner.start, from + words.length).find((m) => m.start === owner.start);
  if (!mention) return null;
  const subject = { ref: { block, start: mention.start, end: mention.end }, entity: mention.entity, resolution: 'name' as const, antecedent: null };
  return attributeCase(c, subject, { block, start: from, end: after + found[0].length }, 'trailing-cue');
};

import { NOT_NAMES } from '../lexicon/notNames';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/** A capitalised word with a possessive ending, then a lower-case noun: "the Lycos' server", "Apple's shares". */
const POSSESSOR = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]*\p{L})(?:['’]s?)\s+\p{Ll}/gu;

/**
 * Whether a sentence names, as the owner of something, a capitalised word the name pass found nobody in: "Next, one of
 * the targeted sites redirected all traffic to the Lycos' server, making Lycos itself a target. The company had
 * maintained that its server was immune from the attack." (wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06).
 * Whatever owns a server or shares is as likely the company a following "the company" means as any body named before,
 * so that noun, read back past it, would go to the wrong one (there, the security firm two paragraphs up). Words that
 * never start a name ("Monday's") do not count. `sentence` is one the discourse has read.
 */
export function ownedByUnknownName({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  for (const found of sentence.matchAll(POSSESSOR)) {
    const word = found[1] ?? '';
    const start = range.start + found.index;
    if (NOT_NAMES.has(word) || mentions.between(block, start, start + word.length).length > 0) continue;
    return true;
  }
  return false;
}

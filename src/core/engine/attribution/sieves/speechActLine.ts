import { splitSentences } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { attributed, type FoundQuote } from '../types';
import type { DirectCase } from './direct';
import { TITLE_RUN_UNIT } from './personWords';

/**
 * Capitalised title words before a name, perhaps led by an office's initials and digits, joined by "and", "of" or "for"
 * between two of them: `18F Front End Developer `, `18F Developer and Product Manager `. Never "and" right before the
 * name: `Brown and Smith agreed.` is two speakers.
 */
const TITLE_WORDS = new RegExp(String.raw`^\s*(?:${TITLE_RUN_UNIT})*$`, 'u');

/** A verb in lower case closing its sentence with nothing after it, perhaps an adverb in -ly before it: ` agreed.`, ` readily agreed.` */
const CLOSING_VERB = /\s+((?:\p{Ll}+ly\s+)?(\p{Ll}+))\s*\.\s*$/u;

/**
 * `18F Front End Developer Christine Cheung agreed.` ¶ `“There isn’t much critique, which is pretty good. …”`
 * (usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21): a quote-only paragraph after a paragraph of one sentence, with
 * no quote or colon, that a named person opens (after their title) as the subject of a speech verb closing it with no
 * content (perhaps an adverb between them) is that person's, the sentence its cue: the verb announces the quotation as a
 * colon would, as within a paragraph (`speechActBefore.ts`). `block` is the quote's paragraph in `c.cues.texts`; null
 * when the paragraph before is not so, or its subject is no person named by name (`Smith declined to comment.` names no
 * speech act of words that follow).
 */
export function speechActLine(quote: FoundQuote, c: DirectCase, block: number): FoundQuote | null {
  const before = c.cues.texts[block - 1] ?? '';
  if (block < 2 || /["“”:]/.test(before) || splitSentences(before).length !== 1) return null;
  const verb = CLOSING_VERB.exec(before);
  if (!verb?.[1] || !verb[2] || !isSpeechVerb(verb[2])) return null;
  const actStart = verb.index + verb[0].indexOf(verb[1]);
  const subject = c.cues.speakerBefore(block - 1, actStart, 0);
  if (!subject || subject.entity?.type !== 'person' || subject.resolution !== 'name' || !TITLE_WORDS.test(before.slice(0, subject.ref.start))) return null;
  if (!/^\s+$/.test(before.slice(subject.ref.end, actStart))) return null;
  const cueStart = before.length - before.trimStart().length;
  return attributed(quote, subject, { block: block - 1, start: cueStart, end: actStart + verb[1].length }, 'previous-speaker');
}

import type { Gender } from '../attribution/coreference';
import type { Located } from '../attribution/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** A verb right after a name, then at once a he or she opening what it reports: " wrote he had", " has revealed that he". */
const VERB_THEN_PRONOUN = /^\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u;
/** A name that closes a phrase of another head ("a friend of Smith", "Warne and McGrath"), not the subject itself. */
const NOT_HEAD = /(?:\b(?:of|for|with|to|by|from|about|and|or|nor|than)|[’']s)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const GENDER_OF: Readonly<Record<string, Gender>> = { he: 'male', she: 'female' };

/**
 * "Interior Minister Joachim Brudziński wrote he had ordered fire safety checks", "Glenn McGrath has revealed that he
 * will be after Nathan Astle" (Wikinews 2019, 2004): the he or she that opens what a person's own verb of saying
 * reports, written at once after it, is the person's (`docs/annotation-guide.md`, "Gender": a pronoun that refers to
 * them), whatever else the sentence names before. Not where the name closes a phrase of another head ("a friend of
 * Smith said he"). `text` is the block's text and [start, end) the mention (UTF-16 offsets, half-open). The gender and
 * where the pronoun is written, or null.
 */
export function ownVerbPronoun(text: string, start: number, end: number, block: number): { gender: Gender; at: Located } | null {
  const found = VERB_THEN_PRONOUN.exec(text.slice(end, end + 80));
  const verb = found?.[1];
  const pronoun = found?.[2];
  if (!found || !verb || !pronoun || !isSpeechVerb(verb) || NOT_HEAD.test(text.slice(Math.max(0, start - 60), start))) return null;
  const at = end + found[0].length - pronoun.length;
  const gender = GENDER_OF[pronoun];
  return gender ? { gender, at: { block, start: at, end: at + pronoun.length } } : null;
}

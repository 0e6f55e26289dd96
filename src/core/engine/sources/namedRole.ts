import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { typeOfPhrase } from './phraseType';

/**
 * "A university student named Wong said" (wikinews-hong-kong-protests-continue-rain-police-2019-08-19), "a Polish chef
 * named Łukasz": an indefinite noun phrase of up to four words, then "named" or "called", right before the name. The
 * phrase is what the text says the person is; "a site called Bacho Kiro" holds no role word, so says nothing.
 */
const NAMED_AFTER = /(?<![\p{L}-])((?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:named|called)\s+$/iu;

/**
 * The type the role a person is introduced by before "named" or "called" gives ("A university student named Wong": a
 * student, so a citizen, `docs/annotation-guide.md`, "Sources"), with that phrase as evidence (UTF-16 offsets in the
 * mention's block `text`, half-open); null where no such phrase stands right before the mention or it holds no role.
 */
export function typeFromNamedRole(text: string, mention: Located): { type: SourceType; evidence: Located } | null {
  const from = Math.max(0, mention.start - 80);
  const found = NAMED_AFTER.exec(text.slice(from, mention.start));
  const phrase = found?.[1];
  const type = phrase ? typeOfPhrase(phrase) : null;
  if (!found || !phrase || !type) return null;
  const start = from + found.index;
  return { type, evidence: { block: mention.block, start, end: start + phrase.length } };
}

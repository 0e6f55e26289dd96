import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';

/**
 * "A member of the Tunisian Parliament", "a member of the Rajya Sabha", "Member of the European Parliament": a member of
 * a legislature holds public office, an official (`docs/annotation-guide.md`: "senator"), where a member of another
 * body ("a member of United Russia") may speak for it or for themself.
 */
const LEGISLATOR =
  /\bmembers?\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Parliament|Congress|Senate|House\s+of\s+(?:Representatives|Commons|Lords)|Duma|Knesset|Bundestag|Rajya\s+Sabha|Lok\s+Sabha|National\s+Assembly|Legislative\s+Assembly)\b/iu;

export const isLegislator = (phrase: string): boolean => LEGISLATOR.test(phrase);

/** ", speaking for the country's Health Ministry,": who speaks on a body's behalf, by the words that say so. */
const SPEAKING_FOR = /^,\s+speaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[^,;:.()"“”]{2,80}/u;

/** "Dr", "Dr." right before a name or opening its mention. */
const DOCTOR = /\bDr\.?\s+$/u;

/**
 * What the weakest words around a mention say, read only where no role word anywhere in the article says more
 * (`sourceTypes.ts`): one "speaking for" a body is its spokesperson; one a "Dr" names, a doctor or a researcher, speaks
 * from knowledge, an expert (`docs/annotation-guide.md`: "a doctor speaking as one"), unless a role word stands near
 * (`roleNear`: "the general manager of Abu Dhabi Media, Dr Ali bin Tamim" may speak as that). `text` is the mention's
 * block, `written` the mention's words; the evidence is in UTF-16 offsets, half-open.
 */
export function typeFromWeakSigns(text: string, mention: Located, written: string, roleNear: boolean): { type: SourceType; evidence: Located } | null {
  const speaking = SPEAKING_FOR.exec(text.slice(mention.end, mention.end + 120));
  if (speaking) return { type: 'spokesperson', evidence: { ...mention, end: mention.end + speaking[0].length } };
  if (roleNear) return null;
  const before = text.slice(Math.max(0, mention.start - 4), mention.start);
  if (DOCTOR.test(before)) return { type: 'expert', evidence: { ...mention, start: mention.start - (/Dr\.?\s+$/u.exec(before)?.[0].length ?? 0) } };
  if (/^Dr\.?\s/u.test(written)) return { type: 'expert', evidence: mention };
  return null;
}

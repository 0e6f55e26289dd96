import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { BlockMention } from './mentions';

/**
 * Whether a person's mention holds a role before the full name it ends with: a lower-case one, "Temple University Japan
 * professor Jeff Kingston" of `A Temple University Japan professor Jeff Kingston said …`, "Kyoto Sangyo University
 * emeritus professor Isao Tokoro" (wikinews-national-diet-law-akihito-abdicate-2017-06-10), or a capitalised title whose
 * last word is a person's role noun, "Palestinian Ambassador Riyad Mansour" of `Meanwhile, a Palestinian Ambassador Riyad
 * Mansour has called on the United Nations …` (wikinews-israeli-air-strikes-hit-government-compounds-gaza-2008-12-27).
 * The "A" before it goes with the role, and the name says who the one person of that kind is.
 */
export function rolePrefixedName(text: string, named: BlockMention): boolean {
  const written = text.slice(named.start, named.end);
  const name = named.entity.name;
  if (named.entity.type !== 'person' || !name.includes(' ') || !written.endsWith(` ${name}`)) return false;
  const role = written.slice(0, -name.length - 1);
  const last = /(\p{L}+)\s*$/u.exec(role)?.[1]?.toLowerCase() ?? '';
  return /\s\p{Ll}+\s/u.test(` ${role} `) || PERSON_ROLE_NOUNS.includes(last);
}

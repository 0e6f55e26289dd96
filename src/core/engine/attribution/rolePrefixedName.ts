import type { BlockMention } from './mentions';

/**
 * Whether a person's mention holds a lower-case role before the full name it ends with: "Temple University Japan
 * professor Jeff Kingston" of `A Temple University Japan professor Jeff Kingston said …`, "Kyoto Sangyo University
 * emeritus professor Isao Tokoro" (wikinews-national-diet-law-akihito-abdicate-2017-06-10). The "A" before it goes with
 * the role, and the name says who the one person of that kind is.
 */
export function rolePrefixedName(text: string, named: BlockMention): boolean {
  const written = text.slice(named.start, named.end);
  const name = named.entity.name;
  return named.entity.type === 'person' && name.includes(' ') && written.endsWith(` ${name}`) && /\s\p{Ll}+\s/u.test(` ${written.slice(0, -name.length - 1)} `);
}

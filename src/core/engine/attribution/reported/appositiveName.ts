import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import type { Subject } from '../types';

/** Family members a source may be before their name: "According to his wife, Amanda, …". */
const KIN = new Set(['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'widow', 'widower']);
import type { ReportedCase } from './reported';

/**
 * Whether a person source is only described, not named: "a witness" is a source the text describes (an unnamed source,
 * `unnamedSources.ts`, whose mention there is a role's), "Michael Marciello" one it names.
 */
function describedOnly(source: Subject): boolean {
  const { entity, ref } = source;
  if (entity?.type !== 'person') return false;
  const mention = entity.mentions.find((m) => m.block === ref.block && m.start === ref.start);
  return mention !== undefined && mention.form !== 'name';
}

/**
 * "According to the El Paso mayor, Dee Margo, during the weekend, police were …", "According to Windsor Locks' first
 * selectman, Chris Kervick, there were …", "According to a witness, Sergeant First Class Michael Marciello, when Artiga
 * saw …" (wikinews-veteran-sergeant-us-torture-coverup-2004-12-08): a person's name set off by commas right after a
 * source that is only a role or a description is who the source is, and the content starts after the name's comma
 * (docs/annotation-guide.md, "according to"). The role must be one person's, right before its comma: after "According
 * to police," a name opens the clause. `at` is where the words after the source's own comma start (UTF-16 offset in the
 * block), `c.end` how far the name may reach; null when the source is already named, or no named person with a closing
 * comma stands there.
 */
export function nameAfterRole(
  c: Pick<ReportedCase, 'block' | 'text' | 'end' | 'cues'>,
  source: Subject,
  at: number,
): { subject: Subject; contentStart: number } | null {
  if (source.entity?.type === 'person' && source.resolution === 'name' && !describedOnly(source)) return null;
  const role = /(\p{L}+)\s*,\s*$/u.exec(c.text.slice(source.ref.start, at))?.[1]?.toLowerCase() ?? '';
  if (!PERSON_ROLE_NOUNS.includes(role) && !KIN.has(role)) return null;
  const lead = /^\s*/.exec(c.text.slice(at))?.[0].length ?? 0;
  const named = c.cues.subjectAt(c.block, at + lead);
  if (named?.entity?.type !== 'person' || named.resolution !== 'name' || named.ref.end > c.end) return null;
  return /^,\s/.test(c.text.slice(named.ref.end, named.ref.end + 2)) ? { subject: named, contentStart: named.ref.end + 1 } : null;
}

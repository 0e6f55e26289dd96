import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/**
 * "according to the Texas governor", "According to the El Paso mayor, Dee Margo, …": a place's name before a person's
 * role noun says whose official speaks; the place is not the source (AP Stylebook, "titles": the title, then the name
 * set off by commas). The person named in the commas right after is the source; with no name the role stays
 * unattributed rather than be guessed. Any other subject is returned as it is. Offsets are UTF-16, into the block.
 */
export function placeRole(c: ReportedCase, subject: Subject): Subject {
  const role = subject.entity ? /^\s+([\p{Ll}-]+)\b/u.exec(c.text.slice(subject.ref.end, c.end)) : null;
  if (!role || !PERSON_ROLE_NOUNS.includes(role[1] ?? '')) return subject;
  const roleEnd = subject.ref.end + role[0].length;
  const comma = /^,\s+/.exec(c.text.slice(roleEnd, c.end));
  const person = comma ? c.cues.subjectAt(c.block, roleEnd + comma[0].length) : null;
  // The name in the commas is the source whatever the words before the role are taken for (a place the name pass
  // read as a person too: "the El Paso mayor, Dee Margo,").
  if (person?.entity?.type === 'person' && person.entity !== subject.entity && person.resolution === 'name' && /^,/.test(c.text.slice(person.ref.end)))
    return { ...person, ref: { ...person.ref, start: subject.ref.start } };
  if (subject.entity?.type !== 'place') return subject;
  return { ref: { block: c.block, start: subject.ref.start, end: roleEnd }, entity: null, resolution: 'unattributed', antecedent: null };
}

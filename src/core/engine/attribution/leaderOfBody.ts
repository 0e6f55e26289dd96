import { LEADERSHIP_ROLES } from '../lexicon/leadershipRoles';
import type { BlockMention } from './mentions';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * A role that heads a body, ending where "of", "for" or "at" before the body's name begins: "The director" of "The
 * director of Griffith University", "its chief executive", "the former head". A determiner opens it, up to two words
 * stand before the noun. Group 1 is the phrase, group 2 the noun.
 */
const LEADER_BEFORE = /(?:^|[\s,;:—–(])((?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*))$/u;

/**
 * "The director of X, …, described …", "The director of Griffith University described the findings as …": the one who
 * heads a body is a person, and speaks, not the body named after "of" (observed as a risk on real news, where a
 * description set off by commas after the body left the body as the nearest name before the verb). The speaker is read
 * from the role phrase (the person who holds the role, when the text names one, `roles.ts`); never the body itself,
 * which would be a confident wrong speaker, so that a role tied to nobody stays unattributed. `roleEnd` is where the
 * preposition before the body starts, `stop` where the speaker words end; UTF-16 offsets, half-open, in block `block`.
 * Null when the words before the preposition end in no such role.
 */
export function leaderOfBody(reader: SubjectReader, block: number, from: number, roleEnd: number, body: BlockMention, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const role = LEADER_BEFORE.exec(text.slice(from, roleEnd));
  if (!role?.[1] || !LEADERSHIP_ROLES.has(role[2] ?? '')) return null;
  const start = roleEnd - role[1].length;
  const read = reader.subjectAt(block, start);
  const ref = { block, start, end: stop };
  if (!read?.entity || read.entity === body.entity || read.entity.type !== 'person') return { ref, entity: null, resolution: 'unattributed', antecedent: null };
  return { ...read, ref };
}

import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** Words compared without case or spacing: "Energy  Minister" is "energy minister". */
const plain = (words: string) => words.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The person a colon cue names when the subject it read is an organisation whose words open a title before a name:
 * "The story goes on to quote Energy Minister Yamfwa Mukanga:" (break31 probe, a Global Voices round-up shape) read
 * "Energy" as a body's name, while the name pass gave Yamfwa Mukanga the role "Energy Minister": the person is the name
 * and the words before it are his role (the annotation guide: a title before a name is not part of the name). The
 * subject is kept unless a person's mention starts right after it and the words from the subject to the end of that
 * mention are exactly the person's role and name.
 */
export function titleHolder(cues: CueReader, block: number, text: string, subject: Subject): Subject {
  if (subject.entity?.type !== 'organization' || subject.resolution !== 'name') return subject;
  const { start, end } = subject.ref;
  const next = cues.mentions.between(block, end, end + 2).find((m) => m.entity.type === 'person' && /^\s+$/.test(text.slice(end, m.start)));
  const role = next?.entity.role;
  if (!next || !role || plain(text.slice(start, next.end)) !== plain(`${role} ${next.entity.name}`)) return subject;
  return { ref: { block, start: next.start, end: next.end }, entity: next.entity, resolution: 'name', antecedent: null };
}

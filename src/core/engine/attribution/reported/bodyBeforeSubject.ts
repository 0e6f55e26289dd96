import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/** A finite verb opening a clause whose subject stands before it: "was arrested …", "has been …". */
const OPENS_WITH_VERB = /^\s*(?:was|were|is|are|has|have|had)\s/;

/** The body that gives a report, and where the reported clause starts, its subject with it (UTF-16 offset). */
export interface SplitSource {
  source: Subject;
  contentStart: number;
}

/**
 * `According to Amnesty International Iason Athanasiadis-Fowden, reporter for The Washington Times, was arrested on
 * about June 19, …` (wikinews-amnesty-international-iran-free-journalists-2009-06-28, a comma missing after the body's
 * name): a reported clause that opens with a finite verb has its subject among the source's words, so the person named
 * last there is whom the clause is about, not who tells it. The source is the organisation named right before that
 * person, and the clause starts at the person's name. Null when the clause has a subject of its own, the source is
 * no person, or no organisation stands right before the person (the reading is then not this one).
 */
export function bodyBeforeSubject(c: ReportedCase, subject: Subject, contentStart: number): SplitSource | null {
  if (subject.entity?.type !== 'person' || !OPENS_WITH_VERB.test(c.text.slice(contentStart, c.end))) return null;
  const inside = c.cues.mentions.between(c.block, subject.ref.start, subject.ref.end);
  const person = inside.find((m) => m.entity === subject.entity && m.start > subject.ref.start);
  const body = person ? inside.find((m) => m.entity.type === 'organization' && c.text.slice(m.end, person.start) === ' ') : undefined;
  if (!person || !body) return null;
  return {
    source: { ref: { block: c.block, start: body.start, end: body.end }, entity: body.entity, resolution: 'name', antecedent: null },
    contentStart: person.start,
  };
}

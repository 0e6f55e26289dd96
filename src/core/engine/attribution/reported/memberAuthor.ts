import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/**
 * The words of a source phrase up to the comma that ends it, from its start: any words but a clause's stop or a quotation
 * mark, a date's comma ("a March 14, 2019 NATO press release"), and a capitalised name in quotation marks (`one of the
 * National Oceanic and Atmospheric Administration's "Hurricane Hunters"`).
 */
export const SOURCE_PHRASE = /^(?:[^,;:"“”]|,(?=\s+\d{4}\b)|["“]\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}["”](?=[\s,]))+?(?=,(?!\s+\d{4}\b))/u;

/** A document's author given as one of a group: ` collected by one of `, ` by a member of `. */
const MEMBER_AUTHOR =
  /^\s+(?:(?:released|published|posted|issued|collected|gathered|compiled|provided|produced)\s+)?by\s+(?:one|some|several|a\s+member|members)\s+of\s/u;

/**
 * "According to data collected by one of the National Oceanic and Atmospheric Administration's "Hurricane Hunters", Humberto
 * had …" (wikinews-tropical-storm-humberto-upgraded-hurricane-2019-09-16): a document whose author is one member of a group
 * is no one's the text names, neither the document's nor the group's owner's, so the whole phrase is the source,
 * unattributed (docs/annotation-guide.md: unattributed is an honest answer). `subject` is the document read at the
 * phrase's start; null when no member of a group is its author.
 */
export function memberAuthoredSource(c: ReportedCase, subject: Subject): Subject | null {
  const member = MEMBER_AUTHOR.exec(c.text.slice(subject.ref.end, c.end));
  if (!member) return null;
  const phrase = SOURCE_PHRASE.exec(c.text.slice(subject.ref.start, c.end));
  if (!phrase || subject.ref.start + phrase[0].length < subject.ref.end + member[0].length) return null;
  return {
    ref: { block: c.block, start: subject.ref.start, end: subject.ref.start + phrase[0].length },
    entity: null,
    resolution: 'unattributed',
    antecedent: null,
  };
}

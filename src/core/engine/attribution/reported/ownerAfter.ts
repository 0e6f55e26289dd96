import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/** A document an organisation's possessive pronoun owns, the whole source: "its press release", "their statement". */
const OWNED_BY_BODY = /^(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)$/u;

/**
 * `According to its press release, the NBA was "suspending game play …"` (wikinews-nba-suspends-season-covid-19-2020-03-13):
 * a pronoun's document opening the sentence points forward to the clause's subject, the organisation named right after
 * the source's comma (English cataphora: the possessive in a fronted phrase means the subject of the clause it leads), so
 * the document speaks in that organisation's words (`docs/annotation-guide.md`: a document whose author the text names is
 * the author's). Only when the source stayed unattributed (`subject`, with no entity), the content, from `contentStart`
 * to `c.end` (a sentence's end, or the opening mark of a direct quote the phrase credits), opens on the organisation's
 * name, perhaps after "the", and that organisation is also the last one named before the pronoun; the subject unchanged
 * otherwise. UTF-16 offsets.
 */
export function ownerAfter(c: Pick<ReportedCase, 'block' | 'text' | 'end' | 'cues'>, subject: Subject, contentStart: number): Subject {
  if (subject.entity !== null) return subject;
  const owned = OWNED_BY_BODY.exec(c.text.slice(subject.ref.start, subject.ref.end));
  if (!owned?.[1] || !DOCUMENT_NOUNS.has(owned[1])) return subject;
  const lead = /^[\s,]*(?:the\s+)?/iu.exec(c.text.slice(contentStart, c.end))?.[0] ?? '';
  const at = contentStart + lead.length;
  const named = c.cues.mentions.between(c.block, at, c.end).find((m) => m.start === at);
  if (named?.entity.type !== 'organization') return subject;
  // "Amnesty published a report. According to its report, the police …": "its" may also point back, so only when the
  // organisation named last before the pronoun is the same one do both readings agree on whose the document is.
  if (c.cues.mentions.latest((e) => e.type === 'organization', c.block, subject.ref.start)?.entity !== named.entity) return subject;
  return { ...subject, entity: named.entity, resolution: 'role', antecedent: { block: c.block, start: named.start, end: named.end } };
}

import type { SentenceRange } from '../../sentences';
import { findDirectQuotes } from '../directQuotes';
import { listedAfterObject } from './listedAfterObject';
import type { MentionIndex } from './mentions';
import { ownsNamedRole } from './possessorName';
import type { Referent } from './types';
import { OBJECT_PREPOSITIONS } from '../lexicon/objectPrepositions';

/** Words after which a name is a preposition's or conjunction's object, never the sentence's subject. */
const OBJECT_BEFORE = new RegExp(String.raw`\b(?:${OBJECT_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`, 'i');

/** A subordinating word opening a sentence, its clause closed by a comma: "When …, ", "After …, ". */
const FRONTED_CLAUSE = /^\s*(?:When|After|Before|Although|Though|While|Once|Until|Because|Since|If)\s[^,;:"“”]{3,200},\s+/;

/**
 * Where the main clause of a sentence starts, past a subordinate clause fronted before it (`FRONTED_CLAUSE`): "When
 * President George W. Bush's budget … was sent to Congress this week, Secretary Gates defended the … request" (a fresh
 * Wikinews page, February 2008) is about Gates, whom a "he noted" after it means, not Bush. The sentence's start when
 * it opens on no such clause.
 */
function afterFrontedClause(text: string, range: SentenceRange): number {
  const fronted = FRONTED_CLAUSE.exec(text.slice(range.start, range.end));
  return fronted ? range.start + fronted[0].length : range.start;
}

/**
 * The first person or organisation named in the sentence `range` of `text` (block `block`) that may be its subject: one
 * before its verb (within 12 words, 120 UTF-16 code units of the sentence's start), not inside quote marks, not a place,
 * not the object of a preposition ("Unlike Biden, Trump seemingly received a slight bump …",
 * wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30) nor listed after one. Null when no mention qualifies.
 */
export function subjectMention(text: string, block: number, range: SentenceRange, mentions: MentionIndex): Referent | null {
  // "“What if I met Obama?” wonders Mohamed Malouk.": a name inside the marks is in the quoted words, not the subject.
  const quoted = /["“”]/.test(text.slice(range.start, range.end)) ? findDirectQuotes(text) : [];
  // "married in turn to George Weidler, Marty Melcher, and Barry Comden": a name listed after one in a phrase is in it.
  let objectEnd = -1;
  const inSentence = mentions.between(block, range.start, range.end);
  const mainStart = afterFrontedClause(text, range);
  for (const [i, mention] of inSentence.entries()) {
    if (mention.entity.type === 'place' || mention.end <= range.start || mention.start < mainStart) continue;
    const next = inSentence[i + 1];
    if (next?.entity.type === 'person' && ownsNamedRole(text, mention.end, next.start)) continue;
    if (quoted.some((q) => q.start <= mention.start && mention.end <= q.end)) continue;
    if (mention.start >= range.end) break;
    const before = text.slice(mainStart, Math.max(mainStart, mention.start));
    if (before.length > 120 || before.split(/\s+/).length > 12) break;
    const listed = objectEnd >= 0 && listedAfterObject(text, range.start, objectEnd, mention.start, mention.end);
    if (listed || OBJECT_BEFORE.test(before)) {
      objectEnd = mention.end;
      continue;
    }
    return { entity: mention.entity, at: { block, start: mention.start, end: mention.end } };
  }
  return null;
}

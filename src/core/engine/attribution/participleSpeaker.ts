import { participleSubject } from './clauseSubject';
import { objectBefore } from './objectBefore';
import { participleJoin } from './participleJoin';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A preposition, perhaps with a gerund and "or" or "and" after it, right before a gerund: "in ", "in predicting or ". */
const GOVERNED_GERUND = /\b(?:in|on|of|for|without|about|after|before|from|upon)\s+(?:\p{L}+ing\s+(?:or|and)\s+)?$/iu;

/** A law's or a resolution's noun and its number ("resolution 1701", "Article 247") ending the words before a participle's comma. */
const DOCUMENT_BEFORE_COMMA = /\b(?:resolution|article|law|bill|act|decree|convention)\s+(?:No\.\s*)?\p{N}[\p{N}/.-]*\s*,?\s*$/iu;

/**
 * The speaker of the cue verb at `verbStart` of block `block` (offsets in UTF-16 code units), given the speaker words
 * right before it (`nameBefore`): those words, except for a participle that hangs on the clause before it (`…, saying
 * "…"`, `He began by saying:`, `participleJoin`), whose speaker is that clause's subject (`participleSubject`). Null for
 * a participle that hangs on a clause without saying who speaks, or that a preposition governs. `sentenceStart` bounds
 * the look back.
 */
export function participleSpeaker(reader: SubjectReader, block: number, verbStart: number, sentenceStart: number, nameBefore: Subject | null): Subject | null {
  const text = reader.texts[block] ?? '';
  const join = participleJoin(text, sentenceStart, verbStart);
  const ing = /^\p{L}+ing\b/u.test(text.slice(verbStart));
  // "Adderley wrote to the US Embassy in London asking to waive …": a participle with no comma whose words before
  // are an object (`objectBefore`) hangs on the clause before, whose subject it does not say.
  if (ing && join === null && nameBefore && objectBefore(text.slice(sentenceStart, nameBefore.ref.start), nameBefore.entity?.type === 'person')) return null;
  // "… the completeness of an OMS/MP in predicting or recommending solutions" (an ARCIC story of 2013): a gerund a
  // preposition other than "by" governs, alone or after "or" or "and", says what something is for, not who speaks.
  if (ing && join === null && GOVERNED_GERUND.test(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart))) return null;
  if (join === null || !ing) return nameBefore;
  // "… despite it's signing of U.N. resolution 1701, calling for it's disarmament" (a fresh Wikinews page, session 49): a
  // participle right after a numbered law or resolution is its content, not the main clause's subject's words; the
  // document is no one the reader may name, so the participle is left to no one.
  if (DOCUMENT_BEFORE_COMMA.test(text.slice(Math.max(sentenceStart, join.at - 60), join.at))) return null;
  return participleSubject(text, block, join.at, sentenceStart, reader.mentions, (b, at) => reader.subjectAt(b, at), join.afterComma ? nameBefore : null);
}

import { CLAIM_VERBS } from '../../lexicon/claimVerbs';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { LAID_DOWN_NOUNS } from '../../lexicon/laidDownNouns';
import { OBJECT_FRAME_VERBS } from '../../lexicon/objectFrameVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/** An ordinal standing as the whole subject right before a verb: "The first", "and the second", "the latter". Group 1 the phrase. */
const ORDINAL_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)((?:The|the)\s+(?:first|second|third|fourth|fifth|last|latter|former)(?:\s+one)?)\s+(?:also\s+)?$/u;

/** A plural document noun a count or "both" introduces: "two different articles of impeachment", "both reports". Group 1 the noun. */
const COUNTED_DOCUMENTS = /\b(?:two|three|four|five|both|several|\d+)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+s)\b/gu;

/**
 * Where the ordinal subject of a verb at `verbStart` stands for one of several documents the paragraph counted before it:
 * "The House passed two different articles of impeachment. The first charged Trump with abuse of power, and the second
 * accused him of obstruction of Congress." (wikinews-us-house-impeaches-president-trump-2019-12-21; docs/annotation-guide.md,
 * "Articles of impeachment as the subjects of `charged` and `accused`"). `text` is the block; the ordinal is looked for
 * between `sentenceStart` and the verb, the counted documents in the block before it, all offsets UTF-16. Returns the
 * ordinal's span [start, end), or null when the words before the verb are no ordinal or nothing before it counts
 * documents: "the first" of people or of days is no document's voice.
 */
export function ordinalDocumentBefore(text: string, sentenceStart: number, verbStart: number): { start: number; end: number } | null {
  const found = ORDINAL_SUBJECT.exec(text.slice(sentenceStart, verbStart));
  const phrase = found?.[1];
  if (!found || !phrase) return null;
  const start = sentenceStart + found.index + found[0].indexOf(phrase);
  const counted = [...text.slice(0, start).matchAll(COUNTED_DOCUMENTS)].some((m) => {
    const noun = m[1] ?? '';
    return LAID_DOWN_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun);
  });
  return counted ? { start, end: start + phrase.length } : null;
}

/**
 * ", and the second accused …": a clause of the next ordinal (at the content's start when "and" split it off, andThat.ts),
 * group 1 the word after it.
 */
const NEXT_ORDINAL_CLAUSE = /(?:^\s*|,?\s+(?:and|but|while)\s+)the\s+(?:second|third|fourth|fifth|last|latter|other)(?:\s+one)?\s+(?:also\s+)?(\p{Ll}+)\b/gu;

const FRAMING = new Set(OBJECT_FRAME_VERBS.map(([verb]) => verb));

/**
 * Where content [start, stop) (UTF-16 offsets in `text`) ends before the clause of the next ordinal: "The first charged
 * Trump with abuse of power, and the second accused him of obstruction of Congress" reports `Trump with abuse of power`
 * for the first, and the second speaks for itself. Only before a verb of speech or charge: "the second attempted hijacking"
 * and "the last measles-related death" are noun phrases. `stop` when no such clause follows.
 */
export function beforeNextOrdinal(text: string, start: number, stop: number): number {
  for (const next of text.slice(start, stop).matchAll(NEXT_ORDINAL_CLAUSE)) {
    const word = (next[1] ?? '').toLowerCase();
    if (isSpeechVerb(word) || CLAIM_VERBS.has(word) || FRAMING.has(word)) return start + next.index;
  }
  return stop;
}

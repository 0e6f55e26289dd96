import { splitSentences } from '../../../sentences';
import type { MentionIndex } from '../mentions';
import type { FoundQuote } from '../types';
import { FIRST_PERSON_SINGULAR, TITLE_RUN_UNIT } from './personWords';

/**
 * What may open a sentence before its subject's name: a description set off by a comma, capitalised title words, which
 * an office's initials and digits may lead and "and", "of" or "for" join (`18F Developer and Product Manager Shashank
 * Khandelwal was heartened by the response.`, usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21).
 */
const BEFORE_SUBJECT = new RegExp(String.raw`^(?:(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]he)\s+[^,;:"“”]{1,60},\s+)?(?:${TITLE_RUN_UNIT}){0,4}$`, 'u');
/** What follows a subject's name before its verb: an appositive set off by commas, or nothing, then a lower-case word. */
const AFTER_SUBJECT = /^(?:,[^,;:"“”]{1,120},)?\s+(?:[\p{Ll}-]+\s+){0,6}?\p{Ll}/u;

/**
 * `Another expert, Bong Young-shik from the Asan Institute for Policy Studies in Seoul, doubts the commitment …` ¶
 * `“I think that proposal needs to be weighed …”`: a quote-only paragraph in the first person with no cue, after a
 * paragraph that quotes no one and is about one person only, who is the subject of its first sentence, is that
 * person's (`docs/annotation-guide.md`: a quote after a sentence that names its speaker without a speech verb; no cue).
 * Null when the paragraph before `block` (in `texts`) names anyone else, or its first sentence does not open on the
 * person, or the quote does not speak as one person.
 */
export function namedBefore(quote: FoundQuote, texts: ReadonlyArray<string>, block: number, mentions: MentionIndex): FoundQuote | null {
  const before = texts[block - 1] ?? '';
  if (block < 2 || !FIRST_PERSON_SINGULAR.test((texts[block] ?? '').slice(quote.start, quote.end)) || /["“”:]/.test(before)) return null;
  const named = mentions.between(block - 1, 0, before.length).filter((m) => m.entity.type !== 'place');
  // A body's initials may open the person's title ("18F Developer … Shashank Khandelwal"), as `BEFORE_SUBJECT` reads it.
  const person = named.find((m) => m.entity.type === 'person');
  const sentences = splitSentences(before);
  // Someone else may be named after the subject's verb in a one-sentence paragraph ("… doubts the commitment made by
  // Kim Jong-Un"), never in a longer one, where the quote may be theirs.
  const others = named.some((m) => m.entity.type === 'person' && m.entity !== person?.entity);
  if (!person || person.entity.type !== 'person' || (others && sentences.length > 1)) return null;
  const first = sentences[0];
  // A mention may hold the end of a title ("Product Manager Shashank Khandelwal"): what comes before the name is read.
  const written = before.slice(person.start, person.end).indexOf(person.entity.name);
  const nameStart = person.start + Math.max(0, written);
  if (!first || person.start >= first.end || !BEFORE_SUBJECT.test(before.slice(first.start, nameStart))) return null;
  if (!AFTER_SUBJECT.test(before.slice(person.end, first.end)) || /^['’]/.test(before.slice(person.end))) return null;
  const at = { block: block - 1, start: person.start, end: person.end };
  return { ...quote, speaker: person.entity, cue: null, speakerRef: null, resolution: 'continuation', antecedent: at, sieve: 'named-before' };
}

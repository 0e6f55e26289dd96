import { blockSentences } from '../../blockSentences';
import { attributeCase, type DirectCase, type DirectSieve } from './direct';

/** A sentence that opens by pointing back at the words before it as someone's way of saying: "This is how ", "That’s how ". */
const HOW_OPENING = /^(?:This|That)(?:\s+(?:is|was)|['’]s)\s+how\s+/;

/** The verb after the subject of `HOW_OPENING`, an adverb perhaps before it: a verb of describing or putting into words. */
const HOW_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:describes|described|puts\s+it|put\s+it|sums\s+it\s+up|summed\s+it\s+up|explains|explained)\b/u;

/** "So says ", "So said ": the subject comes after the verb, and the sentence ends with it or with its appositive. */
const SO_SAYS = /^So\s+(?:says|said)\s+/;

/**
 * `“A better way to tell a beautiful story.” This is how Labor’s Jared Benoff describes the key benefit of Medium.`
 * (usgov-gsa-medium-federal-terms-of-service-2015-07-17): a quotation that is a sentence of its own, with no cue, is the
 * words of the one the next sentence of its paragraph names as describing it, "This is how X describes …", "That is how
 * X put it", or as saying it, "So says X." The demonstrative and "so" refer back to the quotation, as "With those words"
 * does (`wordsPointedBack.ts`). So is a quotation that opens its sentence and is its subject, `“A genuine space success
 * story,” is how Experiments Manager William Kerslake described NASA’s second Space Electric Rocket Test`
 * (usgov-nasa-sert-ii-genuine-space-success-story-2024-04-11). Abstains unless the subject is a person or an
 * organisation named there, and the verb follows it at once (or, after "So says", the sentence ends with it or its
 * appositive).
 */
export const howTheyPutIt: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  if (direct.close === null || !/^[\s"“]*$/.test(text.slice(range.start, direct.open))) return null;
  const after = text.slice(direct.close + 1, range.end);
  const how = QUOTATION_IS_HOW.exec(after);
  if (how) return describedAs(c, direct.close + 1 + (how[1]?.length ?? 0), direct.close + 1 + how[0].length, range.end);
  if (!/^[”"’.!?,\s]*$/.test(after)) return null;
  const next = blockSentences(cues.texts)[block]?.find((r) => r.start >= range.end);
  if (!next) return null;
  const sentence = text.slice(next.start, next.end);
  const lead = HOW_OPENING.exec(sentence);
  if (lead) return describedAs(c, next.start, next.start + lead[0].length, next.end);
  const so = SO_SAYS.exec(sentence);
  if (!so) return null;
  const subject = namedSubject(c, next.start + so[0].length);
  if (!subject || !/^\s*(?:[.!]|,[^,;:"“”]*\.)\s*$/u.test(text.slice(subject.ref.end, next.end))) return null;
  return attributeCase(c, subject, { block, start: next.start, end: subject.ref.end }, 'trailing-cue');
};

/** The quotation, then its sentence's verb pointing at it as someone's way of saying: `” is how `, `” was how `. */
const QUOTATION_IS_HOW = /^(\s+)(?:is|was)\s+how\s+/;

/**
 * The quotation as what "is how X described …" or "This is how X describes …" points at: the cue starts at `cueStart`
 * ("is how", "This is how"), X at `at`, and the sentence ends at `end` (UTF-16 offsets of the quotation's block).
 */
function describedAs(c: DirectCase, cueStart: number, at: number, end: number): ReturnType<DirectSieve> {
  const subject = namedSubject(c, at);
  if (!subject) return null;
  const verb = HOW_VERB.exec(c.text.slice(subject.ref.end, end));
  if (!verb) return null;
  return attributeCase(c, subject, { block: c.block, start: cueStart, end: subject.ref.end + verb[0].length }, 'trailing-cue');
}

/** The person or organisation named, after its title perhaps, at `at`; null for any other subject. */
function namedSubject({ block, cues }: DirectCase, at: number) {
  const subject = cues.invertedSubjectAt(block, at);
  // "That is how the team’s lead engineer explained it" (a near miss on usgov-nasa-rolses-radio-noise-lunar-science-
  // 2024-02-01): a role the text ties to someone is a guess at the quotation's speaker; only a name says who it is.
  if (!subject?.entity || subject.resolution !== 'name' || (subject.entity.type !== 'person' && subject.entity.type !== 'organization')) return null;
  return subject;
}

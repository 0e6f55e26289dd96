import type { SentenceRange } from '../../../sentences';
import type { DirectSpan } from '../../directQuotes';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { MentionIndex } from '../mentions';
import type { FoundQuote } from '../types';
import { wordCount } from '../../wordCount';

/** How many of the writer's words may stand between two fragments of one speaker's sentence. */
const MAX_WORDS_BETWEEN = 15;
/** How many words a later fragment must hold: a shorter one may be a term the writer marks. */
const MIN_FRAGMENT_WORDS = 4;
/** A subject pronoun brings in a speaker of its own; a contrast or a semicolon turns to someone else's view. */
const OTHER_VOICE = /\b(?:he|she|they|I|we|you|but|while|whereas|however|although|though)\b|;/i;

/**
 * `She described him as “a guiding force …” who was “one of the most distinguished … scientists in the world”`,
 * `Schwartz went on to say he was not giving them the longest possible sentence because they had “accepted
 * responsibility …” by pleading guilty to fourteen felony charges each and “spared your children …”`: a later quote of a
 * sentence, with no cue of its own, goes on in the words of the speaker its sentence's earlier quote was given to,
 * when the writer's words between them bring in no one else: no quote mark, no name of a person or organisation, no
 * subject pronoun, no speech verb, no contrast, and at most 15 words (observed on real news: Wikinews obituaries and
 * court reports quote one speaker in several fragments of a sentence; the AP Stylebook's partial quotes). `previous` is
 * the last direct quote of the paragraph, `direct` the later quote's marks, `range` its sentence (UTF-16, half-open).
 * False when the earlier quote has no speaker or lies in another sentence.
 */
export function laterFragment(
  text: string,
  block: number,
  range: SentenceRange,
  direct: DirectSpan,
  previous: FoundQuote | null,
  mentions: MentionIndex,
): boolean {
  if (!previous?.speaker || previous.kind !== 'direct' || previous.block !== block || previous.start < range.start) return false;
  if (wordCount(text, direct) < MIN_FRAGMENT_WORDS) return false;
  // The earlier quote's own closing mark (and a comma after it) opens the stretch between them.
  const between = text.slice(previous.end, direct.open).replace(/^["”’]/, '');
  const words = between.match(/\p{L}+/gu) ?? [];
  if (/["“”]/.test(between) || words.length > MAX_WORDS_BETWEEN || OTHER_VOICE.test(between) || words.some((w) => isSpeechVerb(w))) return false;
  return !mentions.between(block, previous.end, direct.open).some((m) => m.start >= previous.end && m.entity.type !== 'place');
}

/**
 * Whether the writer's words between two quotes of a sentence only join the later one to the earlier's speaker:
 * "calling it “null and void” and “geographically ridiculous”", "referred to as “gamesmanship” and a “stunt”", or a
 * participle or verb of adding with no subject of its own (`Katatny clearly stated, “We will not interfere in Gizawy's
 * case,” adding that “the Saudi justice system is fair.”`, gv-egypt-lawyer-arrest-saudi-arabia; `…,” and added: “…”`).
 * `between` runs from the earlier quote's last word to the later one's opening mark.
 */
export const joinsQuotes = (between: string): boolean =>
  /^["”’]?\s*,?\s*["”’]?\s*(?:(?:and|or)(?:\s+(?:a|an))?|(?:and\s+)?(?:adding|added|adds)(?:\s+that)?\s*[,:]?)\s*$/.test(between);

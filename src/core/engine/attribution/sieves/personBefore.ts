import type { SentenceRange } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { UTTERANCE_NOUNS } from '../../lexicon/utteranceNouns';
import type { FoundQuote } from '../types';
import type { DirectCase } from './direct';
import { THIRD_PERSON_SINGULAR } from './personWords';
import { escapeRegExp } from '../../escapeRegExp';

/** The first person, singular or plural: the quote speaks as its speaker. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|my|me|we|we['’](?:re|ve|ll)|our|us)(?![\p{L}'’])/u;

/**
 * Whether a quote is the last words its paragraph gives anyone: it runs to the paragraph's end, or it closes its
 * sentence and the writer's sentences after it name no person, quote nothing and use no speech verb (`These radio
 * observations will help build what Gopalswamy calls a library of knowledge on the lunar environment. “That way we will
 * know …” This will aid NASA in its mission to return humans to the Moon …`, NASA, development half). A sentence after
 * the quote that names someone, reports speech or speaks of words said (`lexicon/utteranceNouns.ts`) may be the one
 * that says whose it is.
 */
function lastWordsOfParagraph(c: DirectCase): boolean {
  const { block, text, range, direct, cues } = c;
  if (direct.close === null) return false;
  if (/^[\s.,!?]*$/.test(text.slice(direct.close + 1))) return true;
  if (!/^[\s.,!?]*$/.test(text.slice(direct.close + 1, range.end))) return false;
  const after = text.slice(range.end);
  // A noun for words said ("The statement came from the agency's press office") may give them to someone else as a verb does.
  const tellsWhose = (word: string) => isSpeechVerb(word) || UTTERANCE_NOUNS.has(word.toLowerCase());
  if (/["“”]/.test(after) || [...after.matchAll(/\p{L}+/gu)].some((w) => tellsWhose(w[0]))) return false;
  return !cues.mentions.between(block, range.end, text.length).some((m) => m.entity.type === 'person');
}

/**
 * `While unexpected, Koralla seized the opportunity. “You can’t say no to NASA!”`, `… is something Hal Maring, NASA
 * Earth Science Division scientist, experienced. “The DC-8 has flown …”`: a quote that opens its sentence and is the
 * paragraph's last words (`lastWordsOfParagraph`), with no cue, after sentences of its paragraph that quote nothing and
 * name one person only, named (again) in the sentence right before it, is that person's (`docs/annotation-guide.md`: a
 * quote after a sentence that names its speaker without a speech verb; no cue). Abstains when the quote speaks of someone in the third person or names that
 * person (`Smith died on Tuesday. “He was a wonderful man.”` is someone else's). `previous` is the sentence before the
 * quote's; null when the rule does not apply.
 */
export function personBefore(quote: FoundQuote, c: DirectCase, previous: SentenceRange): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  if (!lastWordsOfParagraph(c)) return null;
  const lead = text.slice(0, range.start);
  if (/["“”]/.test(lead)) return null;
  const people = cues.mentions.between(block, 0, range.start).filter((m) => m.entity.type === 'person');
  const person = people[0];
  if (!person) return people.length === 0 ? pronounBefore(quote, c, previous) : null;
  // The one person may be introduced earlier in the paragraph (`Hemanth Koralla was working as … While unexpected, Koralla
  // seized the opportunity. “You can’t say no to NASA!”`), as long as the sentence right before names them again.
  if (people.some((m) => m.entity !== person.entity) || !people.some((m) => m.start >= previous.start)) return null;
  const words = text.slice(direct.start, direct.end);
  const named = person.entity.name.split(/\s+/).some((w) => w.length > 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(words));
  if (THIRD_PERSON_SINGULAR.test(words) || named) return null;
  const at = { block, start: person.start, end: person.end };
  return { ...quote, speaker: person.entity, cue: null, speakerRef: null, resolution: 'continuation', antecedent: at, sieve: 'named-before' };
}

/**
 * `She hopes to pass on to the next generation the inspiration to do great things …. “I am excited to see what commercial
 * and international growth will bring in the next decade.”` (a NASA profile, development half): in a paragraph that names
 * no one, a sentence opening on "He" or "She" that the discourse resolves to a person, right before a quote in the first
 * person that is the paragraph's last words, is that person's as a named subject would be (`personBefore`).
 */
function pronounBefore(quote: FoundQuote, c: DirectCase, previous: SentenceRange): FoundQuote | null {
  const { block, text, direct, cues } = c;
  const pronoun = /^\s*(?:He|She)\b/.exec(text.slice(previous.start, previous.end));
  if (!pronoun || !FIRST_PERSON.test(text.slice(direct.start, direct.end))) return null;
  const subject = cues.subjectAt(block, previous.start + pronoun[0].length - pronoun[0].trimStart().length);
  if (subject?.entity?.type !== 'person' || subject.resolution !== 'pronoun') return null;
  const words = text.slice(direct.start, direct.end);
  if (THIRD_PERSON_SINGULAR.test(words)) return null;
  return { ...quote, speaker: subject.entity, cue: null, speakerRef: null, resolution: 'continuation', antecedent: subject.antecedent, sieve: 'named-before' };
}

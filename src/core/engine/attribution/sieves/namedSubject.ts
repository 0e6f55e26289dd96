import type { BlockMention } from '../mentions';
import type { FoundQuote } from '../types';
import { sentenceBefore, type DirectCase } from './direct';
import { hasOwnCue } from './ownCue';
import { speaksAsOnePerson } from './personWords';

/** A short scene-setting phrase set off by a comma that may open the quote's sentence ("During the premiere, "). */
const SCENE_LEAD = /^(?:(?:\p{L}[\p{L}'’-]*)\s+){1,5}\p{L}[\p{L}'’-]*,\s*["“]?$/u;
/** A clause or phrase set off by a comma before the subject ("Then just 19 years old, she looked at …"). */
const CLAUSE_LEAD = /^[^,;:"“”()]{1,160},\s+/u;
/** Title words that may stand before the subject's name ("Comic artist ", "Lead "), with nothing else. */
const TITLE_WORDS = /^\s*(?:[\p{L}-]+\s+){0,3}$/u;
/** What follows the subject's name before its verb: a parenthesis or an appositive set off by commas, then a lower-case word. */
const AFTER_NAME = /^(?:\s*\([^()]{1,120}\)|,[^,;:"“”]{1,120},)?\s+\p{Ll}/u;

/** Whether a mention stands inside a parenthesis of its paragraph ("Jenn St-Onge (Nancy Drew, Jem and the Misfits)"). */
function inParenthesis(text: string, m: BlockMention): boolean {
  const before = text.slice(0, m.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * `Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to re-evaluate her life … "In my
 * first stint, I didn't get any work. …"`, `Lead Paul Sun-Hyung Lee talked about how the series has been underestimated
 * "up 'til now." During the premiere, "I felt like Cinderella at the ball …"` (Wikinews, Fan Expo Canada 2019): a
 * first-person quote with no cue that runs to its paragraph's end, in the sentence right after one whose subject, opening
 * it, is the one person the paragraph has named, is that person's (`docs/annotation-guide.md`: a quote after a sentence
 * that names its speaker without a speech verb). It reaches what `personBefore` leaves: the quote's sentence may open on
 * a short scene-setting phrase, the sentence before may quote words no one else was given, and names in a parenthesis
 * glossing the subject (works, a party) are no other speaker. Abstains when anyone else is named in the paragraph before
 * the quote, when a quote there is someone else's, or when the quote speaks of someone in the third person or names the
 * subject. `quotes` are the paragraph's quotes found so far; null when the rule does not apply.
 */
function subjectBefore(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  if (direct.close === null || !/^[\s.,!?]*$/.test(text.slice(direct.close + 1)) || hasOwnCue(text, direct.close)) return null;
  const lead = text.slice(range.start, direct.open);
  if (!/^\s*$/.test(lead) && !SCENE_LEAD.test(lead)) return null;
  const words = text.slice(direct.start, direct.end);
  if (!speaksAsOnePerson(words)) return null;
  const before = sentenceBefore(c);
  if (!before) return null;
  const people = cues.mentions.between(block, 0, direct.open).filter((m) => m.entity.type === 'person' && !inParenthesis(text, m));
  const person = people[0];
  if (!person || person.start < before.start || people.some((m) => m.entity !== person.entity)) return null;
  if (quotes.some((q) => q.speaker && q.speaker !== person.entity)) return null;
  if (!TITLE_WORDS.test(text.slice(before.start, person.start)) || !AFTER_NAME.test(text.slice(person.end, before.end))) return null;
  const named = person.entity.name.split(/\s+/).some((w) => w.length > 2 && words.includes(w));
  if (named) return null;
  const at = { block, start: person.start, end: person.end };
  return { ...quote, speaker: person.entity, cue: null, speakerRef: null, resolution: 'continuation', antecedent: at, sieve: 'named-before' };
}

/**
 * `Lisa Mancini has been cosplaying for two years, her "passion" for the hobby "stemmed through my love for
 * Halloween."`, `She typically chooses "to portray beloved characters from childhood or strong females. I also enjoy a
 * good gender bent cosplay …"` (Wikinews, Toronto Comicon 2019): words in the first person quoted with no cue inside a
 * sentence whose subject, opening it, is the one person the sentence names (by name, or a pronoun the discourse
 * resolves) are that person's: the "I" of a news quote is someone the text names, and the sentence names no one else.
 * Abstains when the sentence names anyone else, when a quote before it in the sentence is someone else's, or when the
 * quote speaks of someone in the third person or names the subject.
 */
function subjectOfSentence(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  if (hasOwnCue(text, direct.close)) return null;
  const words = text.slice(direct.start, direct.end);
  if (!speaksAsOnePerson(words)) return null;
  const opening = range.start + (/^\s*/.exec(text.slice(range.start))?.[0].length ?? 0);
  const clause = CLAUSE_LEAD.exec(text.slice(opening, direct.open));
  const subject = cues.subjectAt(block, opening) ?? (clause ? cues.subjectAt(block, opening + clause[0].length) : null);
  const person = subject?.entity;
  if (!subject || person?.type !== 'person' || (subject.resolution !== 'name' && subject.resolution !== 'pronoun')) return null;
  if (subject.ref.end > direct.open || !/^\s+\p{Ll}/u.test(text.slice(subject.ref.end, direct.open))) return null;
  const others = cues.mentions
    .between(block, range.start, range.end)
    .filter((m) => m.entity.type === 'person' && m.entity !== person && !inParenthesis(text, m));
  if (others.length > 0 || quotes.some((q) => q.speaker && q.speaker !== person && q.end > range.start)) return null;
  if (person.name.split(/\s+/).some((w) => w.length > 2 && words.includes(w))) return null;
  const at = subject.resolution === 'name' ? subject.ref : (subject.antecedent ?? subject.ref);
  return { ...quote, speaker: person, cue: null, speakerRef: null, resolution: 'continuation', antecedent: at, sieve: 'named-before' };
}

/**
 * A first-person quote with no cue whose speaker is the one person named as a subject just before it: in the sentence
 * before (`subjectBefore`) or opening its own sentence (`subjectOfSentence`). `quotes` are the paragraph's quotes found
 * so far; null when neither applies.
 */
export function namedSubject(quote: FoundQuote, c: DirectCase, quotes: ReadonlyArray<FoundQuote>): FoundQuote | null {
  return subjectBefore(quote, c, quotes) ?? subjectOfSentence(quote, c, quotes);
}

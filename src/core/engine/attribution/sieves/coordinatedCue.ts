import { CHARACTERISING_VERBS } from '../../lexicon/characterisingVerbs';
import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { characterises, sureSpeaker } from './characterisingCue';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import { attributeCase, type DirectSieve } from './direct';

/** A verb joined by "and" to an earlier verb of its clause, and the words after it up to the opening mark. */
const JOINED = /,?\s+and\s+(?:also\s+|then\s+|later\s+)?(\p{L}+(?:\s+to)?)((?:\s+[^\s"“”‘’.,;:!?()]+){0,30}?\s*[,:]?\s*)$/u;
/** How many words may stand between the joined verb and the mark: its object; a lead-in ending in a colon may run longer (AP: a colon introduces a long quote). */
const MAX_OBJECT_WORDS = 8;
/**
 * Whether words hold a that-clause or a speech verb: a verb joined by "and" after them may be the reported clause's own.
 * A verb that only quotes, its object's words in marks after it (`called it "a retrograde step"`, `characterised the
 * deaths as "crushing"`), opens no clause: the verb after "and" is still the subject's.
 */
const reports = (words: string) =>
  /\bthat\b/i.test(words) ||
  [...words.matchAll(/\p{L}+/gu)].some(
    (w) => isSpeechVerb(w[0]) && !(QUOTE_ONLY_VERBS.has(w[0].toLowerCase()) && /["“][^"“”]+["”]/.test(words.slice(w.index + w[0].length))),
  );

/**
 * The words between a clause's subject and the "and" that joins a later verb to it, less the clause's own speech verb
 * when only its object and a quote of its own follow it: "Duda also characterised the deaths as “crushing” and wrote
 * “May God protect …”" (fresh Wikinews 2019), "David Clay, called it “a retrograde step” and said “…”", reports no clause of anyone else's, so "wrote" is Duda's too. A person or
 * a pronoun after the verb may be a reported clause's subject ("said Biden was “sleepy” and …"), and the verb stays.
 */
function ownWords(c: Parameters<DirectSieve>[0], from: number, andAt: number): string {
  const words = c.text.slice(from, andAt);
  const own = /^,?\s+(?:also\s+|then\s+|later\s+)?(\p{L}+)/u.exec(words);
  if (!own?.[1] || !isSpeechVerb(own[1]) || !/["”]\s*$/.test(words)) return words;
  const rest = words.slice(own[0].length);
  const someone =
    /\b(?:he|she|they|him|her|them)\b/i.test(rest) ||
    c.cues.mentions.between(c.block, from + own[0].length, andAt).some((m) => m.start >= from + own[0].length);
  return someone ? words : rest;
}

/**
 * `Coles … reported that …, and called the demand “unprecedented”`, `The embassy declined the request and said, “…”`:
 * a speech verb (or a characterising one, `lexicon/characterisingVerbs.ts`) joined by "and" to an earlier verb of its
 * clause shares that clause's subject (`CueReader.coordinatedSubject`, as reported speech reads it in
 * `reported/cueVerb.ts`). Between the verb and the opening mark only its object. Abstains when the clause has no
 * subject the text names.
 */
export const coordinatedCue: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const left = text.slice(range.start, direct.open);
  const joined = JOINED.exec(left);
  const verb = joined?.[1];
  if (!joined || !verb) return null;
  // "Fisher works with a number of teams … and believes her background in music education has been an asset to her work
  // as an engineer: “…”" (fresh NASA): a colon ends a lead-in that is all cue, however long.
  if ((joined[2] ?? '').trim().split(/\s+/).length > MAX_OBJECT_WORDS && !/:\s*$/.test(joined[2] ?? '')) return null;
  const speech = isSpeechVerb(verb) && !/\s/.test(verb);
  if (!speech && !(CHARACTERISING_VERBS.has(verb.toLowerCase().replace(/\s+/g, ' ')) && characterises(verb, joined[2] ?? ''))) return null;
  const subject = cues.coordinatedSubject(block, range.start + joined.index, range.start);
  // "The Atlantic claimed that … Trump refused to visit … and referred to the soldiers as “losers”": whose verb "and"
  // joins is the that-clause's subject, not the claim's.
  // "Coles … reported that with …, “many stores are still selling out …”, and called the demand “unprecedented”": a
  // that-clause whose words close on a quotation ends there, and ", and" after it goes back to the clause's subject.
  const between = subject ? ownWords(c, subject.ref.end, range.start + joined.index) : '';
  if (!subject || (reports(between) && !(/["”]$/.test(between) && joined[0].startsWith(',')))) return null;
  const verbStart = range.start + joined.index + joined[0].indexOf(verb, joined[0].search(/and/));
  return attributeCase(c, sureSpeaker(subject), { block, start: verbStart, end: verbStart + verb.length }, 'leading-cue');
};

/**
 * `Antonio Arles (@arlesophia) comments on this in his blog [pt] and stresses how the Internet is useful …:`: the subject
 * of a colon cue's speech verb joined by "and" to an earlier verb of its clause, read as for a quote above; `verbAt` is
 * where the verb starts in `text`. Null when no "and" comes right before the verb or the clause names no subject.
 */
export function joinedSubject(cues: CueReader, block: number, text: string, sentenceStart: number, verbAt: number): Subject | null {
  const and = /,?\s+and\s+(?:also\s+|then\s+)?$/.exec(text.slice(sentenceStart, verbAt));
  if (!and) return null;
  const andAt = sentenceStart + and.index;
  const subject = cues.coordinatedSubject(block, andAt, sentenceStart);
  return subject && !reports(text.slice(subject.ref.end, andAt)) && !/["“”]/.test(text.slice(subject.ref.end, andAt)) ? subject : null;
}

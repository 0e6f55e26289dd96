import { findDirectQuotes } from '../directQuotes';
import { ADVERBS } from '../lexicon/adverbs';
import { QUOTE_MARKS } from '../lexicon/quoteMarks';
import { reportingVerbOf } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import type { FoundQuote, Located } from './types';

/** The marks a quote opens with when single marks inside it set off a quote of its own (US style). */
const DOUBLE_OPENING = new Set(['"', '\u201c', '\u201e', '\u00ab']);
/** Whom a speech verb may be said to, between it and the words: "would ask me, '…'", "I told him, '…'". */
const LISTENER = /^(?:me|him|her|them|us|you|myself)$/i;
/** "I", "I've", "I’d": the speaker of the outer quote telling what they said themselves. */
const FIRST_PERSON = /^I(?:['\u2019](?:ve|d|ll))?$/;
/** A word that makes the "verb" after it a noun: "the saying". */
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your)$/i;
/** Prepositions that open a participle's clause: "by asking", "after telling", "without saying". */
const PARTICIPLE_PREPOSITION = /^(?:by|after|before|while|when|without|upon|through)$/i;
/** Verbs that speak only through what follows them, so that no comma need stand between: "I said 'no'". */
const BARE_LEMMAS = new Set(['say', 'tell', 'ask', 'write', 'reply', 'answer']);

/** The words before an inner quote that say who spoke it: a speech verb and its subject. */
export interface InnerCue {
  /** From the verb to the inner quote's mark: "would ask me", "said". */
  verb: Located;
  /** The subject word, null for a verb joined by "and" to an earlier one ("he came in … and said, ‘…’"). */
  subject: Located | null;
  /** Whether "myself" after the verb makes the outer speaker its subject: "by asking myself, ‘…’". */
  toMyself: boolean;
}

/**
 * Reads `Many people would ask me, '` or `and I said, '` back from an inner quote's opening mark: a speech verb
 * (to a listener, with a comma or colon unless the verb only ever speaks: "I said 'no'"), the adverbs and auxiliaries
 * before it, and the subject word or the "and" that joins it. Null when the words before the mark are anything else,
 * so that a term set off in marks (`the so-called 'reform'`, `what we call 'gardening'`) is no quote.
 */
export function innerCue(text: string, block: number, from: number, open: number): InnerCue | null {
  const before = text.slice(from, open);
  const punctuated = /[,:]\s*$/.test(before);
  const words = [...before.replace(/[,:]?\s*$/, '').matchAll(/[^\s]+/g)];
  let i = words.length - 1;
  const toMyself = /^myself$/i.test(words[i]?.[0] ?? '');
  if (LISTENER.test(words[i]?.[0] ?? '')) i--;
  const verb = words[i];
  const lemma = verb && reportingVerbOf(verb[0])?.lemma;
  if (!verb || !lemma || (!punctuated && !BARE_LEMMAS.has(lemma))) return null;
  i--;
  while (i >= 0 && ADVERBS.has((words[i]?.[0] ?? '').toLowerCase())) i--;
  const subject = words[i];
  const at = (m: RegExpMatchArray) => from + (m.index ?? 0);
  const end = at(words[words.length - 1] as RegExpMatchArray) + (words[words.length - 1]?.[0].length ?? 0);
  // "They cry, saying, “…”", "They fired me from there too. Saying, “…”": a participle set off by commas has the
  // clause's subject, which the words before it do not give; so has one after a preposition, where "myself" tells who
  // that is ("I can overcome a lot more than I think by asking myself, ‘How can I do this?’", usgov-nasa-eleasa-kim-
  // cldp-payload-operations-2024-05-14).
  if (punctuated && /ing$/i.test(verb[0]) && (!subject || /[,.;!?]$/.test(subject[0]) || PARTICIPLE_PREPOSITION.test(subject[0])))
    return { verb: { block, start: at(verb), end }, subject: null, toMyself };
  if (!subject || !/^(?:[\p{L}'\u2019]+)$/u.test(subject[0])) return null;
  // "It is like the saying “…”": a determiner makes the verb a noun. "The campaign theme, as I told you, “Each for
  // Equal”": an aside that points back to earlier words quotes nothing new.
  if (DETERMINER.test(subject[0]) || /^as$/i.test(words[i - 1]?.[0] ?? '')) return null;
  const said = { block, start: at(verb), end };
  return { verb: said, subject: subject[0] === 'and' ? null : { block, start: at(subject), end: at(subject) + subject[0].length }, toMyself };
}

type InnerSpeaker = Pick<FoundQuote, 'speaker' | 'cue' | 'speakerRef' | 'resolution' | 'antecedent' | 'sieve'>;

/** Before a name, words that make it no subject of its own: "Women in Nevada have said", "aides of Trump said". */
const NOT_THE_SUBJECT = /\b(?:of|in|to|for|with|from|by|at|on|about|like|as|than)\s*$/i;

/**
 * Who an inner quote's subject is: the outer speaker for "I", a person the subject names (cued from the subject), else
 * nobody (cued by the verb alone: a pronoun, a group or "someone" is left unresolved). Null for the speaker's own words
 * when the outer quote has no speaker either: a second unattributed button would tell nothing.
 */
function innerSpeaker(outer: FoundQuote, found: InnerCue, text: string, mentions: MentionIndex): InnerSpeaker | null {
  const nobody = { speaker: null, cue: found.verb, speakerRef: null, resolution: 'unattributed', antecedent: null, sieve: 'none' } as const;
  const { subject } = found;
  if (!subject && !found.toMyself) return nobody;
  const cue = subject ? { block: subject.block, start: subject.start, end: found.verb.end } : found.verb;
  if (!subject || FIRST_PERSON.test(text.slice(subject.start, subject.end))) {
    if (!outer.speaker) return null;
    return { speaker: outer.speaker, cue, speakerRef: outer.speakerRef, resolution: outer.resolution, antecedent: outer.antecedent, sieve: 'own-words' };
  }
  const named = mentions.between(subject.block, subject.start, subject.end).find((m) => m.entity.type === 'person' && m.end === subject.end);
  if (!named || NOT_THE_SUBJECT.test(text.slice(0, named.start))) return nobody;
  const speakerRef = { block: subject.block, start: named.start, end: named.end };
  return { speaker: named.entity, cue: { ...cue, start: named.start }, speakerRef, resolution: 'name', antecedent: null, sieve: 'quoted-inside' };
}

/**
 * The quotes inside one direct quote that opens with a double mark: words in single marks that a speech verb inside it
 * sets off (`"… I've always said, 'No matter what happens, …'"`, `"… Many people would ask me, 'Is Rock Hudson really
 * gay?'"`). Each is the outer speaker's when "I" said it, the person's when the subject names one, and nobody's
 * otherwise (a pronoun, a group, "someone"): the guide's "A quote inside a quote" and "A speaker quoting their own
 * earlier words". Words in marks with no speech verb before them (scare quotes, titles) are left alone.
 */
function innerQuotesOf(outer: FoundQuote, text: string, mentions: MentionIndex): Array<FoundQuote> {
  const mark = text[outer.start - 1] ?? '';
  // A block quotation or an interview answer has no marks of its own, so its quotes take double marks.
  if (outer.kind !== 'direct' || !(DOUBLE_OPENING.has(mark) || !QUOTE_MARKS.has(mark))) return [];
  const inner: Array<FoundQuote> = [];
  let from = outer.start;
  for (const span of findDirectQuotes(text.slice(outer.start, outer.end))) {
    if (span.close === null) break;
    const [open, start, end] = [outer.start + span.open, outer.start + span.start, outer.start + span.end];
    const found = innerCue(text, outer.block, from, open);
    from = outer.start + span.close + 1;
    const speaker = found && innerSpeaker(outer, found, text, mentions);
    if (found && speaker) inner.push({ block: outer.block, start, end, kind: 'direct', confidence: 0, ...speaker });
  }
  return inner;
}

/** The article's quotes with the quotes inside its direct quotes (`innerQuotesOf`), each right after its outer one. */
export function withInnerQuotes(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, mentions: MentionIndex): Array<FoundQuote> {
  const found = new Set(quotes.map((q) => `${q.block}:${q.start}:${q.end}`));
  return quotes.flatMap((quote) => [
    quote,
    ...innerQuotesOf(quote, texts[quote.block] ?? '', mentions).filter((q) => !found.has(`${q.block}:${q.start}:${q.end}`)),
  ]);
}

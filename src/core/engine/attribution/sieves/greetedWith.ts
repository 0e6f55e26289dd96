import { attributeCase, wordsBeforeQuote, type DirectSieve } from './direct';

/**
 * A verb of greeting or thanking, the ones greeted (a pronoun, "the crew", or up to three capitalised words), then "with"
 * right before the quote, a comma or colon at most between.
 */
const GREETED_WITH =
  /\b(?:greeted|welcomed|hailed|saluted|thanked|congratulated|wished)\s+(?:(?:them|him|her|us|me|you|the\s+\p{Ll}+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+)?with\s*[,:]?\s*["“]$/u;

/** A form of "be" or "get" right before the verb: the verb is passive. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|get|gets|got|gotten|getting)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * `Capcom Kenneth D. Cameron greeted them with, “Good morning! It’s time to come home.”` (NASA, "35 Years Ago: STS-30
 * Launches Magellan to Venus", nasa_article_126.md of katie-hofschen/NASA_RAG, not in the corpus): words someone greets,
 * welcomes or thanks others "with" are that one's, the subject of the verb, read as any leading cue's subject is. Only
 * a person: a crowd that "welcomed them with" chants is a group the text does not name.
 */
export const greetedWith: DirectSieve = (c) => {
  const { block, text, range, cues } = c;
  const { from, left } = wordsBeforeQuote(c, 200);
  const m = GREETED_WITH.exec(left);
  // "At the airport, Smith was greeted with “Welcome home, hero!”": in the passive the one greeted is the subject, and
  // the words are the greeters'.
  if (!m || PASSIVE_BEFORE.test(text.slice(Math.max(range.start, from + m.index - 40), from + m.index))) return null;
  const verbStart = from + m.index;
  const subject = cues.speakerBefore(block, verbStart, range.start);
  if (subject?.entity?.type !== 'person') return null;
  const verbEnd = verbStart + (/^\p{L}+/u.exec(m[0])?.[0].length ?? 0);
  return attributeCase(c, subject, { block, start: subject.ref.start, end: verbEnd }, 'leading-cue');
};

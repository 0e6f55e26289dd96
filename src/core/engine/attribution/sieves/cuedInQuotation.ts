import { findDirectQuotes } from '../../directQuotes';
import { CHARACTERISING_VERBS } from '../../lexicon/characterisingVerbs';
import { reportingVerbOf } from '../../lexicon/reportingVerbs';
import { THREAT_VERBS } from '../../lexicon/threatVerbs';
import { namesAThing } from '../namedThing';
import { titleOfWork } from '../paragraphShapes';
import { unattributed, type FoundQuote } from '../types';

/**
 * A verb right before an opening mark, with at most the "to" of an infinitive, or a determiner or a possessive and one
 * lower-case word, between: `he recently called a "`, `a policeman even threatened to "`, `as well as praising the "`,
 * `what one analyst calls the latest “`.
 */
const VERB_BEFORE = /(?<![\p{L}'’-])(\p{Ll}+)\s+(?:to\s+|(?:a|an|the|his|her|their|its|our)\s+(?:\p{Ll}+\s+)?)?$/u;

/** The subject or auxiliary right before the verb that makes the words no one else's: the writer's own term, or a name given. */
const NOT_ANOTHER = /(?:^|[^\p{L}])(?:I|we|We|you|You|is|are|was|were|be|been|being|so)\s+(?:(?:\p{Ll}+ly|once|also|often|still|sometimes|now)\s+)?$/u;

/** Whether a word is a verb that puts words in someone's mouth: a reporting or characterising verb, or a threat. */
const putsWords = (word: string): boolean => reportingVerbOf(word) !== undefined || CHARACTERISING_VERBS.has(word) || THREAT_VERBS.has(word);

/**
 * The quotes inside a block quotation that a speech verb of the quotation itself sets off: `… a political partner he
 * recently called a "liar".` (a blogger's Hebrew post in English), `After the melée (in which a policeman even threatened
 * to "call the riot police"), …` (a tweet's English), `… as well as praising the "patriotic youth" who had gathered
 * there …` (a blog's account of a march): Global Voices, development half, May 2012. docs/annotation-guide.md, "A quote
 * inside a quote": its own direct entry, the outer quote keeping its words. A block quotation whose marks set off only a
 * few words is read whole (`sieves/narrationAfterQuotation.ts`), so no sentence reading finds these. They are given to
 * nobody, with the verb as their cue: the one the verb's subject names is the quoting source's reading, which this sieve
 * does not follow. Words in marks after no such verb (`through “tekbira” (intone)`, `Malawi's 'accidental' President`),
 * after the writer's own `we call` or a passive `is called`, and titles and names stay inside the quotation.
 * `end` is where the quotation stops in `text` (UTF-16 offset); spans are UTF-16 offsets, half-open.
 */
export function cuedInQuotation(block: number, text: string, end: number): Array<FoundQuote> {
  const found: Array<FoundQuote> = [];
  for (const direct of findDirectQuotes(text.slice(0, end))) {
    if (direct.close === null || direct.end <= direct.start) continue;
    const before = text.slice(Math.max(0, direct.open - 60), direct.open);
    const verb = VERB_BEFORE.exec(before);
    if (!verb?.[1] || !putsWords(verb[1])) continue;
    if (NOT_ANOTHER.test(before.slice(0, verb.index))) continue;
    if (namesAThing(text, direct.open) || titleOfWork(text.slice(direct.start, direct.end))) continue;
    const verbStart = direct.open - before.length + verb.index;
    found.push({ ...unattributed(block, direct, 'direct'), cue: { block, start: verbStart, end: verbStart + verb[1].length } });
  }
  return found;
}

/**
 * The quotes read in a block quotation that quotes (`quotingBlock.ts`), with those a speech verb of its own sets off
 * that no sentence reading found (`cuedInQuotation`): a phrase of four words after `threatened to` has no cue a direct
 * sieve reads. A span already found is kept as found.
 */
export function withCuedInQuotation(found: ReadonlyArray<FoundQuote>, block: number, text: string): Array<FoundQuote> {
  const cued = cuedInQuotation(block, text, text.length).filter((q) => !found.some((f) => f.start < q.end && q.start < f.end));
  return [...found, ...cued];
}

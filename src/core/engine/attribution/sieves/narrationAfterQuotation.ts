import { findDirectQuotes } from '../../directQuotes';
import { reportingVerbOf } from '../../lexicon/reportingVerbs';
import type { FoundEntity } from '../../entities/types';
import type { SentenceRange } from '../../../sentences';
import type { ParagraphState } from '../paragraphState';
import type { Discourse } from '../coreference';
import { attributed, unattributed, type FoundQuote } from '../types';
import type { ColonCue } from './colonBlock';
import { cuedInQuotation } from './cuedInQuotation';

/** A third-person subject, an adverb at most, then a lower-case word: the verb when the subject is the source. */
const TELLS = /^(They|He|She|It|(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:also\s+|further\s+|later\s+|then\s+|again\s+)?(\p{Ll}+)\b/u;
/** The quotation's own voice: a statement set off in the first person may tell of others in the third ("He says …"). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b/u;

/** Whether a sentence's subject stands for the source: its pronoun, or its name or the head of its name. */
function namesSource(subject: string, source: FoundEntity): boolean {
  if (/^(?:They|It)$/u.test(subject)) return source.type !== 'person';
  if (/^(?:He|She)$/u.test(subject)) return source.type === 'person';
  const words = subject.replace(/^The\s+/u, '').toLowerCase();
  return [source.name, ...source.aliases].some((name) => ` ${name.toLowerCase()} `.includes(` ${words} `));
}

/**
 * Where the writer's own narration starts inside a paragraph set off as a block quotation (UTF-16 offset of its first
 * sentence), or null. `In a statement …, the Church denied these allegations:` / `She certainly wasn't 'forced' to be
 * there. She was also never forced to perform labour in the engine room. They also claimed Paris was a volunteer …. The
 * Church also claims …` (a Wikinews article as the GUM corpus keeps it, development half): the statement's words stop
 * where a sentence tells what its source claimed, its subject standing for the source and its verb a reporting verb in
 * the third person or the past ("claims", "claimed", "said"); docs/annotation-guide.md makes the words before it the
 * direct quote and what follows reported speech. The first sentence is always the quotation's; a quotation in the
 * first person is left whole, since there "He says …" tells of someone else ("He says everything he has aspirations
 * for … will need to be done “together.”", a blogger on Obama, Global Voices, development half).
 */
function narrationStart(text: string, sentences: ReadonlyArray<SentenceRange>, source: FoundEntity | null): number | null {
  if (!source) return null;
  for (const range of sentences.slice(1)) {
    if (FIRST_PERSON.test(text.slice(0, range.start))) return null;
    const tells = TELLS.exec(text.slice(range.start, range.end));
    const [subject, verb] = [tells?.[1], tells?.[2]];
    if (subject && verb && namesSource(subject, source) && reportingVerbOf(verb) && /(?:[^s]s|ed|^said)$/u.test(verb)) return range.start;
  }
  return null;
}

/** A paragraph set off as a block quotation, with the colon cue that sets it off. */
export interface Quotation {
  block: number;
  text: string;
  sentences: ReadonlyArray<SentenceRange>;
  handedOn: ColonCue;
}

/**
 * A block quotation's paragraph read: the colon cue's direct quote up to where the writer's narration starts ({@link
 * narrationStart}), its sentences told to the discourse as the source's post, then the quotes of the writer's sentences
 * after it, each read by `read` (the walk's sentence reader) as in any paragraph of the writer's. `narration` holds
 * the quotes a speech verb sets off inside the quotation (`cuedInQuotation.ts`) and those of the sentences read after
 * it, `told` how many sentences there were.
 */
export function readQuotation(
  discourse: Discourse,
  { block, text, sentences, handedOn }: Quotation,
  read: (state: ParagraphState, range: SentenceRange, last: boolean) => void,
): { quote: FoundQuote; narration: Array<FoundQuote>; told: number } {
  const cut = narrationStart(text, sentences, handedOn.subject.entity) ?? text.length;
  const quote = attributed(
    unattributed(block, { start: 0, end: text.slice(0, cut).trimEnd().length }, 'direct'),
    handedOn.subject,
    handedOn.cue,
    'colon-block',
  );
  const focus = quote.speaker && { entity: quote.speaker, at: quote.speakerRef ?? quote };
  for (const range of sentences.filter((r) => r.start < cut))
    discourse.sentences.push({ block, range, people: discourse.peopleIn(block, range), focus, post: true });
  const told = sentences.filter((r) => r.start >= cut);
  const directs = findDirectQuotes(text).filter((d) => d.open >= cut);
  const state: ParagraphState = { block, text, directs, handedOn: null, quoteOnly: false, intro: null, quotes: [], lastDirect: null, nextDirect: 0 };
  told.forEach((range, i) => read(state, range, i === told.length - 1));
  // `Joseph Dana wrote about Adnan's case:` / `Mr Adnan’s story is emblematic of …. He claims to have been beaten …`
  // (gv-palestine-prisoners-mass-hunger-strike-2012-05-02): once the quotation has named another person, a he or she
  // opening the sentence after it may stand for that person as well as for the source, so a claim read there is left
  // to no one rather than given to the source.
  const source = handedOn.subject.entity;
  const namesOther = cut < text.length && discourse.peopleIn(block, { start: 0, end: cut }).some((p) => p.entity !== source);
  const narration = state.quotes.map((q) =>
    namesOther && q.resolution === 'pronoun' && q.speaker === source && q.speakerRef && /^(?:he|she)$/i.test(text.slice(q.speakerRef.start, q.speakerRef.end))
      ? { ...q, speaker: null, resolution: 'unattributed' as const, antecedent: null, sieve: 'none' as const }
      : q,
  );
  // The quotation's own quotes come before the narration's, in reading order.
  return { quote, narration: [...cuedInQuotation(block, text, quote.end), ...narration], told: told.length };
}

import * as z from 'zod/mini';
import { blocksInOrder } from './article';
import { checkSources, sourceAnswer, type SourceOutcome } from './goldSources';
import type { Article, Entity, Quote } from './schema';
import { foldName, foldQuoteText, overlaps, textMatch } from './goldMatch';

const speakerAnswer = z.union([z.string().check(z.minLength(1)), z.null()]);

/**
 * What a careful reader finds in an article, matched by text rather than by offsets: the shape of the
 * attribution cases (`tests/cases/`) and of the real corpus's gold (`tests/fixtures/real/`). The rules
 * are `docs/annotation-guide.md`, section "Gold for real articles".
 */
export const expectationSchema = z.object({
  source: z.optional(z.string()),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')),
  quotes: z.array(
    z.object({
      text: z.string().check(z.minLength(1)),
      speaker: z.union([speakerAnswer, z.array(speakerAnswer)]),
      /** Absent where either reading is fine. */
      kind: z.optional(z.enum(['direct', 'reported'])),
      cue: z.optional(z.string()),
      optional: z.optional(z.boolean()),
    }),
  ),
  people: z.optional(z.array(z.string())),
  notQuotes: z.optional(z.array(z.string())),
  /** False where quotes the gold does not list may be found without blame; true or absent: they are false quotes. */
  strictQuotes: z.optional(z.boolean()),
  notPeople: z.optional(z.array(z.string())),
  notEntities: z.optional(z.array(z.string())),
  samePerson: z.optional(z.array(z.array(z.string()))),
  roles: z.optional(z.record(z.string(), z.string())),
  dates: z.optional(z.array(z.object({ date: z.string(), evidence: z.string() }))),
  notDates: z.optional(z.array(z.string())),
  /** Each speaker's type and gender; absent in a gold written before sources were annotated. */
  sources: z.optional(z.array(sourceAnswer)),
});

export type Expectation = z.infer<typeof expectationSchema>;
type ExpectedQuote = Expectation['quotes'][number];

/** One quote the engine found, with the text it covers and who it names. */
export interface FoundQuoteView {
  /** The quote's id in the article. */
  id: string;
  text: string;
  kind: Quote['kind'];
  speaker: Entity | null;
  confidence: number;
  resolution: Quote['resolution'];
  cue: string | null;
}

/** A gold quote and what the engine made of it. */
export interface QuoteOutcome {
  expected: ExpectedQuote;
  found: FoundQuoteView | null;
  /** The found quote has a speaker the gold accepts (null included, where the gold allows it). */
  speakerRight: boolean;
}

export interface ExpectationReport {
  outcomes: Array<QuoteOutcome>;
  /** One per gold source; null when the gold annotates no sources. */
  sources: Array<SourceOutcome> | null;
  /** Quotes found that match no gold quote and overlap none left unmatched. */
  falseQuotes: Array<FoundQuoteView>;
  people: { expected: number; found: number; hits: number; missing: Array<string>; extra: Array<string> };
  /** Each failed check, in words: empty when the article meets its expectation. */
  problems: Array<string>;
}

const namesOf = (entity: Entity) => [entity.name, ...entity.aliases].map(foldName);

/**
 * Whether a found speaker is one the gold accepts. A source the engine made of an unnamed speaker ("a senior
 * official") is right where the gold accepts no speaker: golds written before anonymous sources existed give such
 * quotes as `["a senior official", null]` or `null`, and the anonymous source is the reading they allow.
 */
function speakerAccepted(speaker: Entity | null, expected: ExpectedQuote['speaker']): boolean {
  const answers = Array.isArray(expected) ? expected : [expected];
  if (speaker === null) return answers.includes(null);
  if (speaker.sourceType === 'anonymous' && answers.includes(null)) return true;
  const names = namesOf(speaker);
  return answers.some((answer) => answer !== null && names.includes(foldName(answer)));
}

/** Every quote of an article in reading order, as text with its speaker. */
function foundQuotes(article: Article): Array<FoundQuoteView> {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  return blocksInOrder(article).flatMap(({ block }) =>
    block.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      speaker: q.speakerId ? (byId.get(q.speakerId) ?? null) : null,
      confidence: q.confidence,
      resolution: q.resolution,
      cue: q.cue?.text ?? null,
    })),
  );
}

/** Whether a gold entry's cue and a found quote's cue are the same words, one holding the other once folded. */
function cuesAgree(gold: string | undefined, found: string | null): boolean {
  const x = foldQuoteText(gold ?? '');
  const y = foldQuoteText(found ?? '');
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/**
 * Pairs gold and found quotes one to one, best text match first. Where the gold lists the same words twice, the
 * entry whose cue the found quote shares is paired first (`denied any "interest in the seat"` and `have expressed
 * interest in the seat`: the cue says which of the two the engine found); on a match still equal, a required entry
 * is paired before an optional one, so that a found quote whose words the gold lists twice (a headline's optional
 * phrase and the body's required quote) counts for the entry that is scored.
 */
function pairQuotes(expected: ReadonlyArray<ExpectedQuote>, found: ReadonlyArray<FoundQuoteView>): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  expected.forEach((e, i) =>
    found.forEach((f, j) => {
      const score = textMatch(e.text, f.text);
      if (score > 0) pairs.push([i, j, score + (e.kind === f.kind ? 0.01 : 0) + (cuesAgree(e.cue, f.cue) ? 0.001 : 0)]);
    }),
  );
  const optional = (i: number) => (expected[i]?.optional ? 1 : 0);
  pairs.sort((a, b) => b[2] - a[2] || optional(a[0]) - optional(b[0]) || a[0] - b[0]);
  const used = new Set<number>();
  const matched = new Map<number, number>();
  for (const [i, j] of pairs) {
    if (matched.has(i) || used.has(j)) continue;
    matched.set(i, j);
    used.add(j);
  }
  return matched;
}

/** The people the article names: an anonymous source is described, not named, so the gold's `people` never lists it. */
const people = (article: Article) => article.entities.filter((e) => e.type === 'person' && e.sourceType !== 'anonymous');

const hasName = (entities: ReadonlyArray<Entity>, name: string) => entities.some((e) => namesOf(e).includes(foldName(name)));

/**
 * Scores an analysed article against what a careful reader finds in it. Quote texts match after
 * folding marks, case and final punctuation, or when one holds the other and covers at least half
 * of it; a speaker matches on the entity's name or an alias. Never throws.
 */
export function checkExpectation(article: Article, expectation: Expectation): ExpectationReport {
  const found = foundQuotes(article);
  const matched = pairQuotes(expectation.quotes, found);
  const problems: Array<string> = [];
  const outcomes = expectation.quotes.map((expected, i): QuoteOutcome => {
    const j = matched.get(i);
    const quote = j === undefined ? null : (found[j] ?? null);
    const speakerRight = quote !== null && speakerAccepted(quote.speaker, expected.speaker);
    const shown = `"${expected.text.slice(0, 60)}"`;
    if (!quote && !expected.optional) problems.push(`${shown} (${expected.kind ?? 'any kind'}) was not found`);
    if (quote && !speakerRight) problems.push(`${shown} was given to ${quote.speaker?.name ?? 'nobody'}, expected ${JSON.stringify(expected.speaker)}`);
    if (quote && expected.kind && !expected.optional && quote.kind !== expected.kind)
      problems.push(`${shown} was read as ${quote.kind}, expected ${expected.kind}`);
    return { expected, found: quote, speakerRight };
  });
  const matchedFound = new Set(matched.values());
  // A found quote is no false quote where it is a gold entry found with other bounds (it overlaps an entry nothing
  // matched, already counted as missed), a piece of a matched entry of its own kind (one quote cut in two), or the frame
  // around a matched entry (reported speech around words in marks the gold lists alone). Words in marks inside a
  // matched entry of the other kind, which the gold does not list, are a false quote: a scare quote or a title shown as
  // speech inside reported speech.
  const unmatchedGold = expectation.quotes.filter((_, i) => !matched.has(i));
  const matchedGold = expectation.quotes.filter((_, i) => matched.has(i));
  const pieceOf = (e: ExpectedQuote, f: FoundQuoteView) => {
    const [gold, text] = [foldQuoteText(e.text), foldQuoteText(f.text)];
    return text.includes(gold) || ((e.kind === undefined || e.kind === f.kind) && gold.includes(text));
  };
  const falseQuotes = found.filter(
    (f, j) => !matchedFound.has(j) && !unmatchedGold.some((e) => overlaps(e.text, f.text)) && !matchedGold.some((e) => pieceOf(e, f)),
  );
  if (expectation.strictQuotes !== false) for (const f of falseQuotes) problems.push(`"${f.text.slice(0, 60)}" is no quote in the gold`);
  for (const not of expectation.notQuotes ?? [])
    if (found.some((f) => foldQuoteText(f.text) === foldQuoteText(not))) problems.push(`"${not}" must not be a quote`);

  const persons = people(article);
  const expectedPeople = expectation.people ?? [];
  const missing = expectedPeople.filter((name) => !hasName(persons, name));
  for (const name of missing) problems.push(`${name} was not found as a person`);
  const extra = persons.filter((p) => !expectedPeople.some((name) => namesOf(p).includes(foldName(name)))).map((p) => p.name);
  for (const name of expectation.notPeople ?? []) if (hasName(persons, name)) problems.push(`${name} must not be a person`);
  for (const name of expectation.notEntities ?? []) if (hasName(article.entities, name)) problems.push(`${name} must not be an entity`);
  for (const names of expectation.samePerson ?? []) {
    const ids = new Set(names.map((n) => persons.find((p) => namesOf(p).includes(foldName(n)))?.id));
    if (ids.size !== 1 || ids.has(undefined)) problems.push(`${names.join(' and ')} must be one person`);
  }
  for (const [name, role] of Object.entries(expectation.roles ?? {})) {
    const person = persons.find((p) => namesOf(p).includes(foldName(name)));
    if (!person?.role || !foldName(person.role).includes(foldName(role))) problems.push(`${name}'s role must be ${role}, not ${person?.role ?? 'none'}`);
  }
  const events = article.events;
  for (const { date, evidence } of expectation.dates ?? [])
    if (!events.some((e) => e.date === date && e.evidence && overlaps(e.evidence.text, evidence)))
      problems.push(`"${evidence}" must date an event ${date} (found ${events.map((e) => `${e.date} from "${e.evidence?.text ?? ''}"`).join(', ') || 'none'})`);
  for (const words of expectation.notDates ?? [])
    if (events.some((e) => e.evidence && foldQuoteText(e.evidence.text).includes(foldQuoteText(words)))) problems.push(`"${words}" must not give a date`);

  const sources = expectation.sources ? checkSources(article, expectation.sources, problems) : null;

  return {
    outcomes,
    sources,
    falseQuotes,
    people: { expected: expectedPeople.length, found: persons.length, hits: expectedPeople.length - missing.length, missing, extra },
    problems,
  };
}

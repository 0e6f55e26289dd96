import { quotesInOrder } from './article';
import { pastTense } from './pastTense';
import type { Article, Entity, Gender, SourceType } from './schema';
import { GENDERS, SOURCE_TYPES } from './sourceKinds';
import { sourceOf, type SourceFacts } from './sources';
import { speakerShares } from './shares';

/** A reporting verb, in the past tense, and how many of a source's quotes it reports. */
export interface VerbCount {
  verb: string;
  count: number;
}

/** One source that has a quote: who it is, how much it is heard, and with which verbs. */
export interface SourceLine {
  entity: Entity;
  facts: SourceFacts;
  quotes: number;
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
  /** Most used first; quotes without a known verb are not counted. */
  verbs: Array<VerbCount>;
}

/** How many sources have one value (a type, a gender), and their share of the sources counted. */
export interface Tally<Key> {
  key: Key;
  count: number;
  /** 0..1 */
  share: number;
}

/** A quote that opens or closes the article, and who said it (null: nobody in the text). */
export interface Word {
  quoteId: string;
  speaker: Entity | null;
}

export interface SourcesSummary {
  /** Most quoted words first. */
  lines: Array<SourceLine>;
  /** The quotes nobody in the text is said to have said; null when there are none. */
  unattributed: { quotes: number; share: number } | null;
  /** Every type some source has, in the order of SOURCE_TYPES. */
  byType: Array<Tally<SourceType>>;
  /** Every gender, of the people among the sources only: an organisation has no gender to count. */
  byGender: Array<Tally<Gender>>;
  people: number;
  anonymous: { withReason: number; withoutReason: number };
  /** The first and the last quote in reading order; null when the article has no quote. */
  firstWord: Word | null;
  lastWord: Word | null;
}

function tally<Key>(keys: ReadonlyArray<Key>, values: ReadonlyArray<Key>, keepEmpty: boolean): Array<Tally<Key>> {
  return keys
    .map((key) => {
      const count = values.filter((value) => value === key).length;
      return { key, count, share: values.length ? count / values.length : 0 };
    })
    .filter((t) => keepEmpty || t.count > 0);
}

function verbsBySpeaker(article: Article): Map<string, Array<VerbCount>> {
  const bySpeaker = new Map<string, Array<VerbCount>>();
  for (const { quote } of quotesInOrder(article)) {
    if (quote.speakerId === null || !quote.verb) continue;
    const verb = pastTense(quote.verb.lemma);
    const counts = bySpeaker.get(quote.speakerId) ?? [];
    const known = counts.find((c) => c.verb === verb);
    if (known) known.count += 1;
    else counts.push({ verb, count: 1 });
    bySpeaker.set(quote.speakerId, counts);
  }
  // A stable sort keeps verbs used equally often in the order the text first uses them.
  for (const counts of bySpeaker.values()) counts.sort((a, b) => b.count - a.count);
  return bySpeaker;
}

/**
 * Who the article's sources are: each source that has a quote with its type, gender, quotes, share of the quoted
 * words and reporting verbs, then the sums a source-diversity audit reads (by type, by gender, anonymity, who
 * has the first and the last word).
 */
export function summarizeSources(article: Article): SourcesSummary {
  const verbs = verbsBySpeaker(article);
  const shares = speakerShares(article);
  const lines: Array<SourceLine> = shares.flatMap(({ speaker, quotes, words, share }) =>
    speaker ? [{ entity: speaker, facts: sourceOf(speaker), quotes, words, share, verbs: verbs.get(speaker.id) ?? [] }] : [],
  );
  const unattributed = shares.find((s) => s.speaker === null);
  const people = lines.filter((line) => line.entity.type === 'person');
  const anonymous = lines.filter((line) => line.facts.type === 'anonymous');
  const quotes = quotesInOrder(article);
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const word = (index: number): Word | null => {
    const quote = quotes.at(index)?.quote;
    return quote ? { quoteId: quote.id, speaker: quote.speakerId === null ? null : (entities.get(quote.speakerId) ?? null) } : null;
  };
  return {
    lines,
    unattributed: unattributed ? { quotes: unattributed.quotes, share: unattributed.share } : null,
    byType: tally(
      SOURCE_TYPES,
      lines.map((line) => line.facts.type),
      false,
    ),
    byGender: people.length
      ? tally(
          GENDERS,
          people.map((line) => line.facts.gender),
          true,
        )
      : [],
    people: people.length,
    anonymous: {
      withReason: anonymous.filter((line) => line.facts.anonymity?.reason).length,
      withoutReason: anonymous.filter((line) => !line.facts.anonymity?.reason).length,
    },
    firstWord: word(0),
    lastWord: word(-1),
  };
}

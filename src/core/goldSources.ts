import * as z from 'zod/mini';
import { blocksInOrder } from './article';
import { foldName } from './goldMatch';
import type { Article, Entity } from './schema';
import { GENDERS, SOURCE_TYPES } from './sourceKinds';
import { sourceOf } from './sources';

const words = z.optional(z.nullable(z.string()));

/** A source as the gold describes it: `docs/annotation-guide.md`, "Sources: type, gender, anonymity". */
export const sourceAnswer = z.object({
  /** The name the gold's `speaker` fields use; for an unnamed source, the words that describe it. */
  name: z.string().check(z.minLength(1)),
  type: z.enum(SOURCE_TYPES),
  typeEvidence: words,
  gender: z.enum(GENDERS),
  genderEvidence: words,
  /** For an anonymous source: the reason the article gives for not naming it, or null when it gives none. */
  anonymity: words,
});

type ExpectedSource = z.infer<typeof sourceAnswer>;

/** A gold source and what the engine made of it. */
export interface SourceOutcome {
  expected: ExpectedSource;
  /** The entity speaking at least one quote that has the source's name; null when none has. */
  found: Entity | null;
  /** The found entity's source type is the gold's. */
  typeRight: boolean;
  /** The found entity's gender is the gold's. */
  genderRight: boolean;
  /** The engine states a gender (woman, man) where the gold says the text states none. */
  genderUnsupported: boolean;
}

/** A name folded for matching a source: an unnamed one may be written with or without its determiner. */
const foldSource = (name: string) => foldName(name).replace(/^(?:a|an|one|another)\s+/, '');

/**
 * Each gold source against the entity that speaks under its name: its type and its gender. A gender the engine
 * states where the gold says the text states none is counted apart: the engine must never state one unsupported.
 */
export function checkSources(article: Article, expected: ReadonlyArray<ExpectedSource>, problems: Array<string>): Array<SourceOutcome> {
  const speaking = new Set(blocksInOrder(article).flatMap(({ block }) => block.quotes.map((q) => q.speakerId)));
  const speakers = article.entities.filter((e) => speaking.has(e.id));
  return expected.map((source) => {
    const found = speakers.find((e) => [e.name, ...e.aliases].some((n) => foldSource(n) === foldSource(source.name))) ?? null;
    if (!found) {
      problems.push(`${source.name} was not found as a source`);
      return { expected: source, found, typeRight: false, genderRight: false, genderUnsupported: false };
    }
    const { type, gender } = sourceOf(found);
    if (type !== source.type) problems.push(`${source.name} is a source of type ${type}, expected ${source.type}`);
    if (gender !== source.gender) problems.push(`${source.name}'s gender is ${gender}, expected ${source.gender}`);
    return {
      expected: source,
      found,
      typeRight: type === source.type,
      genderRight: gender === source.gender,
      genderUnsupported: source.gender === 'unknown' && gender !== 'unknown',
    };
  });
}
/**
 * The sources a full gold article (the invented fixtures, the bundled article) annotates, in the shape of an
 * expectation's `sources`: each speaking entity with its type and gender. Null when no speaker carries a type,
 * as in a version 1 gold.
 */
export function goldSources(gold: Article): Array<ExpectedSource> | null {
  const speaking = new Set(blocksInOrder(gold).flatMap(({ block }) => block.quotes.map((q) => q.speakerId)));
  const speakers = gold.entities.filter((e) => speaking.has(e.id));
  if (!speakers.some((e) => e.sourceType !== undefined)) return null;
  return speakers.map((e) => {
    const { type, typeEvidence, gender, genderEvidence, anonymity } = sourceOf(e);
    return { name: e.name, type, typeEvidence: typeEvidence?.text, gender, genderEvidence: genderEvidence?.text, anonymity: anonymity?.reason?.text };
  });
}

/** Scores who the sources of an analysed article are against a full gold article's sources; null when it has none. */
export function scoreGoldSources(article: Article, gold: Article): Array<SourceOutcome> | null {
  const expected = goldSources(gold);
  return expected ? checkSources(article, expected, []) : null;
}

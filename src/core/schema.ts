import * as z from 'zod/mini';
import { GENDERS, SOURCE_TYPES, STANCES } from './sourceKinds';

/** Format tag and version written in every article file; bump the version when the shape changes. */
export const ARTICLE_FORMAT = 'who-said-what/article';
/**
 * Version 2 adds who each source is (type, gender, anonymity, each with its evidence), each quote's reporting
 * verb, and corrections of sources. Version 1 files still open: their new fields are simply absent, which
 * reads as "unknown" (see core/sources.ts).
 */
export const ARTICLE_FORMAT_VERSION = 2;
/** The versions this reader opens. */
export const READABLE_VERSIONS = [1, 2] as const;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and dashes'));
const offset = z.int().check(z.nonnegative());

/** A located piece of text: half-open [start, end) in UTF-16 code units of its block's text. */
const spanShape = {
  start: offset,
  end: offset,
  text: z.string().check(z.minLength(1), z.describe('The exact text at [start, end): a span whose text does not match is rejected.')),
};

export const spanSchema = z.strictObject(spanShape);

/** A span that may sit in another block than its owner (a cue in the previous paragraph, say). */
export const blockSpanSchema = z.strictObject({
  ...spanShape,
  blockId: z.optional(id.check(z.describe('The block holding the span; absent means the same block as the quote.'))),
});

export const mentionSchema = z.strictObject({
  ...spanShape,
  entityId: id,
  form: z
    .enum(['name', 'role', 'pronoun'])
    .check(z.describe('How the text refers to the entity: by name, by role noun ("the Russian president"), or by pronoun.')),
});

/** Words anywhere in the article that show something about an entity: a span with the block it lies in. */
export const evidenceSchema = z.strictObject({ ...spanShape, blockId: id });

export const quoteSchema = z.strictObject({
  ...spanShape,
  id,
  kind: z
    .enum(['direct', 'reported'])
    .check(z.describe('Direct: the words between the quote marks. Reported: the content of the reported speech, without its cue.')),
  speakerId: z.nullable(id).check(z.describe('The entity (person or organisation) who said it; null when nothing in the text supports a speaker.')),
  cue: z.nullable(blockSpanSchema).check(z.describe('The words that attribute the quote: "Putin added", "He said".')),
  speakerRef: z.nullable(blockSpanSchema).check(z.describe('The words that name the speaker: "Putin", "He", "the Russian president".')),
  resolution: z.enum(['name', 'role', 'pronoun', 'continuation', 'unattributed']).check(z.describe('How speakerRef leads to the speaker.')),
  antecedent: z.nullable(blockSpanSchema).check(z.describe('For a pronoun, role noun or continuation: the mention that names the speaker.')),
  confidence: z.number().check(z.gte(0), z.lte(1), z.describe('How sure the attribution is, from 0 to 1; hand annotation of an explicit name is 1.')),
  corrected: z.optional(z.boolean().check(z.describe('True when a reader changed or added this quote by hand.'))),
  verb: z.optional(
    z.nullable(
      z.strictObject({
        lemma: z.string().check(z.minLength(1), z.describe('The reporting verb\'s base form: "say", "warn", "according to".')),
        stance: z.enum(STANCES),
      }),
    ),
  ),
});

export const blockSchema = z.strictObject({
  id,
  text: z.string().check(z.minLength(1)),
  mentions: z.array(mentionSchema),
  quotes: z.array(quoteSchema),
});

export const figureSchema = z.strictObject({
  id,
  kind: z.enum(['photo', 'cover']),
  afterParagraph: z.int().check(z.gte(-1), z.describe('Index of the paragraph the figure follows; -1 puts it before the first paragraph.')),
  caption: blockSchema,
  credit: z.nullable(blockSchema),
});

const isoDate = z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'));

export const entitySchema = z.strictObject({
  id,
  type: z.enum(['person', 'place', 'organization']),
  name: z.string().check(z.minLength(1)),
  role: z.nullable(z.string().check(z.minLength(1))).check(z.describe("A person's office or an organisation's kind, as a reader would want it named.")),
  aliases: z.array(z.string().check(z.minLength(1))),
  sourceType: z.optional(z.enum(SOURCE_TYPES).check(z.describe('What kind of voice the source is; absent reads as "unknown".'))),
  sourceEvidence: z.optional(z.nullable(evidenceSchema).check(z.describe('The words that show the type ("Russian President", "a senior official").'))),
  gender: z.optional(z.enum(GENDERS).check(z.describe('As the text states it; absent reads as "unknown".'))),
  genderEvidence: z.optional(z.nullable(evidenceSchema).check(z.describe('The words that state it ("He said", "Ms", "spokeswoman").'))),
  anonymity: z.optional(
    z.nullable(
      z.strictObject({
        reason: z.nullable(evidenceSchema).check(z.describe('Why the article does not name the source, in its words; null: no reason given.')),
      }),
    ),
  ),
  corrected: z.optional(z.boolean().check(z.describe("True when a reader added this person or set the source's type or gender by hand."))),
});

export const eventSchema = z.strictObject({
  id,
  date: isoDate.check(z.describe('As precise as the text allows: "2022-01" is a month, not 1 January.')),
  label: z.string().check(z.minLength(1)),
  blockId: id.check(z.describe('The block the event is told in.')),
  evidence: z.nullable(spanSchema).check(z.describe('The words that date the event ("in January", "on Thursday").')),
});

export const correctionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('speaker'), quoteId: id, from: z.nullable(id), to: z.nullable(id), previous: quoteSchema }),
  z.strictObject({ kind: z.literal('remove'), blockId: id, quote: quoteSchema }),
  z.strictObject({ kind: z.literal('add'), blockId: id, quoteId: id }),
  /** A person the engine missed, added by a reader (undo removes them). */
  z.strictObject({ kind: z.literal('new-person'), entityId: id }),
  /** A source's type or gender set by hand; `previous` is the entity as it was. */
  z.strictObject({ kind: z.literal('source'), entityId: id, previous: entitySchema }),
  /** Two entities that are one person: `merged` went into `keptId`, with its quotes and mentions. */
  z.strictObject({
    kind: z.literal('merge'),
    keptId: id,
    merged: entitySchema,
    quoteIds: z.array(id),
    mentions: z.array(z.strictObject({ blockId: id, start: offset })),
    keptAliases: z.array(z.string()),
  }),
]);

export const articleSchema = z.strictObject({
  format: z.literal(ARTICLE_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  id,
  language: z.string().check(z.minLength(2)),
  publishedOn: z.nullable(isoDate).check(z.describe('The date that relative dates in the text ("on Thursday") resolve from.')),
  publishedOnFrom: z.optional(
    z.literal('text').check(z.describe("Set when no publication date was given and publishedOn is the text's first full date: maybe a past event's.")),
  ),
  publisher: z.nullable(z.string().check(z.minLength(1))),
  url: z.optional(z.nullable(z.string().check(z.minLength(1), z.describe('Where the article was published (its canonical URL), when known.')))),
  headline: blockSchema,
  byline: z.nullable(blockSchema),
  paragraphs: z.array(blockSchema).check(z.minLength(1)),
  figures: z.array(figureSchema),
  sourceCredit: z.nullable(blockSchema),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  corrections: z.optional(z.array(correctionSchema).check(z.describe("A reader's corrections, oldest first, so each can be undone."))),
});

export type Span = z.infer<typeof spanSchema>;
export type BlockSpan = z.infer<typeof blockSpanSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type ArticleEvent = z.infer<typeof eventSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type Gender = (typeof GENDERS)[number];
export type Stance = (typeof STANCES)[number];
export type Evidence = z.infer<typeof evidenceSchema>;

import * as z from 'zod/mini';

/** Format tag and version written in every article file; bump the version when the shape changes. */
export const ARTICLE_FORMAT = 'who-said-what/article';
export const ARTICLE_FORMAT_VERSION = 1;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and dashes'));
const offset = z.int().check(z.nonnegative());

/** A located piece of text: half-open [start, end) in UTF-16 code units of its block's text. */
const spanShape = {
  start: offset,
  end: offset,
  /** The exact text at [start, end): a span whose text does not match is rejected. */
  text: z.string().check(z.minLength(1)),
};

export const spanSchema = z.strictObject(spanShape);

/** A span that may sit in another block than its owner (a cue in the previous paragraph, say). */
export const blockSpanSchema = z.strictObject({
  ...spanShape,
  /** The block holding the span; absent means the same block as the quote. */
  blockId: z.optional(id),
});

export const mentionSchema = z.strictObject({
  ...spanShape,
  entityId: id,
  /** How the text refers to the entity: by name, by role noun ("the Russian president"), or by pronoun. */
  form: z.enum(['name', 'role', 'pronoun']),
});

export const quoteSchema = z.strictObject({
  ...spanShape,
  id,
  /** Direct: the words between quote marks. Reported: the content of the reported speech, without its cue. */
  kind: z.enum(['direct', 'reported']),
  /** The person or organisation who said it; null when nothing in the text supports a speaker. */
  speakerId: z.nullable(id),
  /** The words that attribute the quote: "Putin added", "He said". */
  cue: z.nullable(blockSpanSchema),
  /** The words inside or beside the cue that name the speaker: "Putin", "He", "the Russian president". */
  speakerRef: z.nullable(blockSpanSchema),
  /** How speakerRef leads to the speaker. */
  resolution: z.enum(['name', 'role', 'pronoun', 'continuation', 'unattributed']),
  /** For a pronoun, role noun or continuation: the mention that names the speaker. */
  antecedent: z.nullable(blockSpanSchema),
  confidence: z.number().check(z.gte(0), z.lte(1)),
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
  /** Index of the paragraph the figure follows; -1 puts it before the first paragraph. */
  afterParagraph: z.int().check(z.gte(-1)),
  caption: blockSchema,
  credit: z.nullable(blockSchema),
});

const isoDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const entitySchema = z.strictObject({
  id,
  type: z.enum(['person', 'place', 'organization']),
  name: z.string().check(z.minLength(1)),
  /** A person's office or an organisation's kind, as a reader would want it named. */
  role: z.nullable(z.string().check(z.minLength(1))),
  aliases: z.array(z.string().check(z.minLength(1))),
});

export const eventSchema = z.strictObject({
  id,
  /** As precise as the text allows: "2022-01" is a month, not 1 January. */
  date: isoDate,
  label: z.string().check(z.minLength(1)),
  /** The block the event is told in. */
  blockId: id,
  /** The words that date the event ("in January", "on Thursday"). */
  evidence: z.nullable(spanSchema),
});

export const articleSchema = z.strictObject({
  format: z.literal(ARTICLE_FORMAT),
  version: z.literal(ARTICLE_FORMAT_VERSION),
  id,
  language: z.string().check(z.minLength(2)),
  /** The date that relative dates in the text resolve from. */
  publishedOn: z.nullable(isoDate),
  publisher: z.nullable(z.string().check(z.minLength(1))),
  headline: blockSchema,
  byline: z.nullable(blockSchema),
  paragraphs: z.array(blockSchema).check(z.minLength(1)),
  figures: z.array(figureSchema),
  sourceCredit: z.nullable(blockSchema),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
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
export type QuoteKind = Quote['kind'];

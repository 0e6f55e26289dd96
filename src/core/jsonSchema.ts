import * as z from 'zod/mini';
import { ARTICLE_FORMAT_VERSION, articleSchema } from './schema';

/**
 * The article format as JSON Schema, generated from the zod schema so the two never drift. It states the
 * shape; the reader also checks what JSON Schema cannot (spans match their text, references resolve).
 */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(articleSchema, { target: 'draft-2020-12' }),
    $id: `https://who-said-what.invalid/article.v${ARTICLE_FORMAT_VERSION}.schema.json`,
    title: `Who said what article, format version ${ARTICLE_FORMAT_VERSION}`,
    description:
      'A news article with its quotes, speakers, entities and events. Offsets are half-open [start, end) in UTF-16 code units of the text of the block that holds the span, and each span repeats its exact text.',
  };
}

/**
 * Gives each quote of the bundled article the confidence the engine states for it, so that the reader's first
 * article shows measured figures ("Named in the text · 89 %"), not ones written by hand. The bundled article's
 * speakers are its hand-checked gold; only `confidence` is rewritten, and only where the engine attributes the same
 * quote to the same speaker (tests/core/engine/bundled.test.ts checks they all match). Run by `npm run calibrate`
 * after the measured precisions change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeArticle } from '../src/core/engine/analyze';
import { parseArticleJson } from '../src/core/validate';

const path = 'public/articles/cgtn-putin-tokayev-2022-02-10.json';
const json = readFileSync(path, 'utf8');
const parsed = parseArticleJson(json);
if (!parsed.ok) throw new Error(`${path} is not a valid article`);
const gold = parsed.article;
const found = analyzeArticle(readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8'), { publishedOn: gold.publishedOn, id: gold.id });
const foundQuotes = new Map([found.headline, ...found.paragraphs].flatMap((block) => block.quotes).map((quote) => [quote.id, quote]));

const raw = JSON.parse(json) as { headline: { quotes: Array<Record<string, unknown>> }; paragraphs: Array<{ quotes: Array<Record<string, unknown>> }> };
for (const quote of [raw.headline, ...raw.paragraphs].flatMap((block) => block.quotes)) {
  const match = foundQuotes.get(String(quote.id));
  if (match && match.speakerId === quote.speakerId) quote.confidence = match.confidence;
  else console.warn(`${String(quote.id)}: the engine's speaker differs from the gold's; its confidence is left as it was`);
}
writeFileSync(path, `${JSON.stringify(raw, null, 2)}\n`);

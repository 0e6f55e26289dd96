import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { f1, scoreArticle } from '../../../src/core/evaluate';
import type { Article } from '../../../src/core/schema';
import { sourceOf } from '../../../src/core/sources';
import { parseArticleJson } from '../../../src/core/validate';

const raw = readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8');
const parsed = parseArticleJson(readFileSync('public/articles/cgtn-putin-tokayev-2022-02-10.json', 'utf8'));
if (!parsed.ok) throw new Error('the bundled gold is not valid');
const gold = parsed.article;
const found = analyzeArticle(raw, { publishedOn: gold.publishedOn, id: gold.id });
const scores = scoreArticle(found, gold);

test.each(['direct', 'reported', 'people', 'places', 'organizations'] as const)(
  "regenerated from its raw text, the bundled article has the gold's %s",
  (kind) => {
    expect(f1(scores[kind])).toBe(1);
  },
);

test("regenerated from its raw text, every quote of the bundled article has the gold's speaker", () => {
  expect(scores.anySpeaker).toEqual({ right: 11, of: 11 });
  expect(scores.unattributed.count).toBe(0);
});

test('regenerated from its raw text, "He said" is Tokayev, resolved from the previous sentence, not Putin, the last name before it', () => {
  const he = found.paragraphs.flatMap((p) => p.quotes).find((q) => q.cue?.text === 'He said');
  expect(found.entities.find((e) => e.id === he?.speakerId)?.name).toBe('Kassym-Jomart Tokayev');
  expect(he?.resolution).toBe('pronoun');
  expect(he?.antecedent?.text).toBe('Tokayev');
});

test('regenerated from its raw text, the bundled article keeps its cleaned blocks: headline, paragraphs, captions, credits', () => {
  expect(found.headline.text).toBe(gold.headline.text);
  expect(found.paragraphs.map((p) => p.text)).toEqual(gold.paragraphs.map((p) => p.text));
  expect(found.figures.map((f) => [f.kind, f.caption.text, f.credit?.text])).toEqual(gold.figures.map((f) => [f.kind, f.caption.text, f.credit?.text]));
  expect(found.sourceCredit?.text).toBe(gold.sourceCredit?.text);
});

test("regenerated from its raw text, the bundled article's speakers are the gold's sources: type, gender and the words that show them", () => {
  const speakers = ['vladimir-putin', 'kassym-jomart-tokayev'];
  const facts = (article: Article) =>
    speakers.map((id) => sourceOf(article.entities.find((e) => e.id === id) ?? { id, type: 'person', name: id, role: null, aliases: [] }));
  expect(facts(found)).toEqual(facts(gold));
  expect(facts(found).map((s) => [s.type, s.typeEvidence?.text, s.gender, s.genderEvidence?.text])).toEqual([
    ['official', 'Russian President', 'unknown', undefined],
    ['official', 'Kazakh President', 'man', 'He'],
  ]);
});

test('regenerated from its raw text, every quote of the bundled article has the reporting verb of the gold', () => {
  const verbs = (article: Article) => [article.headline, ...article.paragraphs].flatMap((b) => b.quotes.map((q) => [q.id, q.verb]));
  expect(verbs(found)).toEqual(verbs(gold));
  expect(new Set(verbs(gold).map(([, verb]) => JSON.stringify(verb)))).toEqual(
    new Set(['call', 'say', 'praise', 'add', 'note', 'thank', 'voice'].map((lemma) => JSON.stringify({ lemma, stance: 'neutral' }))),
  );
});

test('the bundled article states, for every quote, the confidence the engine measured for it, none written by hand', () => {
  const confidences = (article: Article) => [article.headline, ...article.paragraphs].flatMap((b) => b.quotes.map((q) => [q.id, q.confidence]));
  expect(confidences(gold)).toEqual(confidences(found));
  expect(confidences(gold).every(([, confidence]) => Number(confidence) < 0.9)).toBe(true);
});

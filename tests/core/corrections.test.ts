import { describeAttribution } from '../../src/core/attribution';
import { certaintyWords } from '../../src/core/certainty';
import { isConfirmed } from '../../src/core/confirmed';
import { explainAttribution } from '../../src/core/explanation';
import type { Article } from '../../src/core/schema';
import { addPerson, addQuote, changeSpeaker, mergePeople, removeQuote, setSource, undoCorrection, undoStep, withNewPerson } from '../../src/core/corrections';
import { correctionSteps } from '../../src/core/correctionSteps';
import { sourceOf } from '../../src/core/sources';
import { checkConsistency, parseArticle } from '../../src/core/validate';
import { loadGold } from './gold';

const quoteBy = (text: RegExp) => {
  const article = loadGold();
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => text.test(q.text));
  if (!quote) throw new Error(`no quote matches ${text}`);
  return { article, quote };
};

test('changing a speaker marks the quote corrected, keeps the article valid, and undo restores the speaker', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const changed = changeSpeaker(article, quote.id, 'vladimir-putin');
  const after = changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id);
  expect(after).toMatchObject({ speakerId: 'vladimir-putin', corrected: true });
  expect(changed.corrections).toEqual([{ kind: 'speaker', quoteId: quote.id, from: 'kassym-jomart-tokayev', to: 'vladimir-putin', previous: quote }]);
  expect(parseArticle(changed).ok).toBe(true);
  const undone = undoCorrection(changed);
  expect(undone.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id)).toEqual(quote);
  expect(undone.corrections).toBeUndefined();
});

test('giving a quote to nobody makes it unattributed, as the schema requires', () => {
  const { article, quote } = quoteBy(/^The talks also focused/);
  const changed = changeSpeaker(article, quote.id, null);
  expect(changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id)).toMatchObject({
    speakerId: null,
    resolution: 'unattributed',
    antecedent: null,
  });
  expect(parseArticle(changed).ok).toBe(true);
});

test('marking a span as not a quote removes it, and undo puts it back where it was', () => {
  const { article, quote } = quoteBy(/^unprecedented terrorist attack$/);
  const removed = removeQuote(article, quote.id);
  expect(removed.paragraphs.flatMap((p) => p.quotes).some((q) => q.id === quote.id)).toBe(false);
  expect(undoCorrection(removed)).toEqual(article);
});

test('a quote added from a selection gets a fresh id, the chosen speaker, and passes validation', () => {
  const article = loadGold();
  const block = article.paragraphs[1];
  if (!block) throw new Error('no paragraph 2');
  const start = block.text.indexOf('the two discussed');
  const added = addQuote(article, block.id, start, start + 'the two discussed'.length, 'reported', 'vladimir-putin');
  const quote = added.paragraphs[1]?.quotes[0];
  expect(quote).toMatchObject({ text: 'the two discussed', kind: 'reported', speakerId: 'vladimir-putin', corrected: true, cue: null });
  expect(article.paragraphs.flatMap((p) => p.quotes).some((q) => q.id === quote?.id)).toBe(false);
  expect(parseArticle(added).ok).toBe(true);
  expect(undoCorrection(added)).toEqual(article);
});

/** What the attribution panel says of a quote's speaker. */
function explainedAfter(article: Article, id: string): string | undefined {
  const view = describeAttribution(article, id);
  return view && explainAttribution(article, view.quote, view.block, view.speaker, isConfirmed(article, id));
}

test('a changed speaker drops the cue and the words that named the old one, and the explanation says it was set by hand', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const changed = changeSpeaker(article, quote.id, 'vladimir-putin');
  const after = changed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id);
  expect(after).toMatchObject({ cue: null, speakerRef: null, antecedent: null, resolution: 'name' });
  expect(explainedAfter(changed, quote.id)).toBe("You gave this quote to Vladimir Putin by hand; the text's own attribution is set aside.");
});

test('a person the engine missed is added by hand, can be given a quote, and undo takes both back in turn', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const added = addPerson(article, '  Dmitry   Peskov ', 'Kremlin spokesman', { sourceType: 'spokesperson', gender: 'man' });
  const person = added.article.entities.find((e) => e.id === added.entityId);
  expect(person).toMatchObject({ name: 'Dmitry Peskov', role: 'Kremlin spokesman', sourceType: 'spokesperson', gender: 'man', corrected: true });
  const given = changeSpeaker(added.article, quote.id, added.entityId);
  expect(checkConsistency(given)).toEqual([]);
  const once = undoCorrection(given);
  expect(once.entities.some((e) => e.id === added.entityId)).toBe(true);
  expect(undoCorrection(once).entities.some((e) => e.id === added.entityId)).toBe(false);
});

test("a source's type and gender set by hand drop the engine's evidence, and undo restores them", () => {
  const { article } = quoteBy(/^both countries are ready/);
  const tokayev = article.entities.find((e) => e.id === 'kassym-jomart-tokayev');
  if (!tokayev) throw new Error('no Tokayev');
  const withEvidence = {
    ...article,
    entities: article.entities.map((e) => (e === tokayev ? { ...e, sourceType: 'official' as const, sourceEvidence: null, gender: 'man' as const } : e)),
  };
  const changed = setSource(withEvidence, tokayev.id, { sourceType: 'witness' });
  expect(sourceOf(changed.entities.find((e) => e.id === tokayev.id) ?? tokayev)).toMatchObject({ type: 'witness', gender: 'man' });
  expect(undoCorrection(changed).entities.find((e) => e.id === tokayev.id)).toMatchObject({ sourceType: 'official', gender: 'man' });
});

test('two entities that are one person are merged with their quotes and mentions, and undo separates them again', () => {
  const { article } = quoteBy(/^both countries are ready/);
  const added = addPerson(article, 'K. Tokayev', null, {});
  const given = changeSpeaker(added.article, quoteBy(/^both countries are ready/).quote.id, added.entityId);
  const merged = mergePeople(given, 'kassym-jomart-tokayev', added.entityId);
  expect(merged.entities.some((e) => e.id === added.entityId)).toBe(false);
  expect(merged.entities.find((e) => e.id === 'kassym-jomart-tokayev')?.aliases).toContain('K. Tokayev');
  expect(merged.paragraphs.flatMap((p) => p.quotes).filter((q) => q.speakerId === added.entityId)).toEqual([]);
  expect(checkConsistency(merged)).toEqual([]);
  const apart = undoCorrection(merged);
  expect(apart.paragraphs.flatMap((p) => p.quotes).some((q) => q.speakerId === added.entityId)).toBe(true);
  expect(apart.entities.find((e) => e.id === 'kassym-jomart-tokayev')?.aliases).not.toContain('K. Tokayev');
});

test('an article of format version 1, written before sources were read, still opens and its sources read as unknown', () => {
  const gold = loadGold();
  const blocks = [gold.headline, ...gold.paragraphs].map((b) => ({ ...b, quotes: b.quotes.map(({ verb: _verb, ...q }) => q) }));
  const [headline, ...paragraphs] = blocks;
  const versionOne = {
    ...gold,
    version: 1,
    headline,
    paragraphs,
    entities: gold.entities.map(({ sourceType: _t, sourceEvidence: _te, gender: _g, genderEvidence: _ge, anonymity: _a, ...entity }) => entity),
  };
  const opened = parseArticle(versionOne);
  expect(opened.ok).toBe(true);
  const tokayev = opened.ok ? opened.article.entities.find((e) => e.id === 'kassym-jomart-tokayev') : undefined;
  expect(tokayev && sourceOf(tokayev)).toEqual({ type: 'unknown', typeEvidence: null, gender: 'unknown', genderEvidence: null, anonymity: null });
});

test('New person… adds the person and gives them the quote in one step, which undoStep takes back whole', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const given = withNewPerson(article, { name: 'Dmitry Peskov', role: 'Kremlin spokesman', sourceType: 'spokesperson', gender: 'man' }, (a, id) =>
    changeSpeaker(a, quote.id, id),
  );
  const peskov = given.entities.find((e) => e.name === 'Dmitry Peskov');
  expect(peskov).toMatchObject({ role: 'Kremlin spokesman', sourceType: 'spokesperson', gender: 'man', corrected: true });
  expect(describeAttribution(given, quote.id)?.speaker?.name).toBe('Dmitry Peskov');
  expect(undoStep(given)).toEqual(article);
});

test('New person… always adds a person, never an organisation, even when told the type organisation', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const given = withNewPerson(article, { name: 'Dmitry Peskov', role: '', sourceType: 'organisation', gender: 'man' }, (a, id) =>
    changeSpeaker(a, quote.id, id),
  );
  expect(given.entities.find((e) => e.name === 'Dmitry Peskov')).toMatchObject({ type: 'person', sourceType: 'unknown', gender: 'man' });
});

test('New organisation… adds an organisation, typed as an organisation source with no gender, and undoStep takes it back whole', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const given = withNewPerson(
    article,
    { type: 'organization', name: 'Kremlin press service', role: 'Press office', sourceType: 'unknown', gender: 'man' },
    (a, id) => changeSpeaker(a, quote.id, id),
  );
  const office = given.entities.find((e) => e.name === 'Kremlin press service');
  expect(office).toMatchObject({ id: 'kremlin-press-service', type: 'organization', role: 'Press office', sourceType: 'organisation', corrected: true });
  expect(office).not.toHaveProperty('gender');
  expect(describeAttribution(given, quote.id)?.speaker?.type).toBe('organization');
  expect(checkConsistency(given)).toEqual([]);
  expect(undoStep(given)).toEqual(article);
});

test('a quote added for a new person goes with the person on undoStep; an older new person stays', () => {
  const { article } = quoteBy(/^both countries are ready/);
  const p2 = article.paragraphs[1];
  if (!p2) throw new Error('no paragraph 2');
  const start = p2.text.indexOf('the two discussed');
  const added = withNewPerson(article, { name: 'A diplomat', role: '', sourceType: 'anonymous', gender: 'unknown' }, (a, id) =>
    addQuote(a, p2.id, start, start + 'the two discussed'.length, 'reported', id),
  );
  expect(undoStep(added)).toEqual(article);
  // A later correction of another quote is its own step: undoing it leaves the person and their quote.
  const later = changeSpeaker(added, quoteBy(/^both countries are ready/).quote.id, 'vladimir-putin');
  expect(undoStep(later)).toEqual(added);
});

test('two speaker changes, one of them to a new person, count as the two steps a reader took', () => {
  const { article, quote } = quoteBy(/^both countries are ready/);
  const given = withNewPerson(article, { name: 'Dmitry Peskov', role: '', sourceType: 'unknown', gender: 'unknown' }, (a, id) =>
    changeSpeaker(a, quote.id, id),
  );
  const other = quoteBy(/^the positions of both countries/).quote.id;
  const both = changeSpeaker(given, other, 'kassym-jomart-tokayev');
  expect(both.corrections).toHaveLength(3);
  expect(correctionSteps(both)).toBe(2);
  expect(correctionSteps(undoStep(both))).toBe(1);
  expect(correctionSteps(article)).toBe(0);
});

test('giving a quote to the speaker it has confirms it: the doubt goes, the cue and how it was found stay, and undo brings the doubt back', () => {
  const { article, quote } = quoteBy(/^Tokayev's firm stance/);
  expect(quote).toMatchObject({ speakerId: 'vladimir-putin', resolution: 'role' });
  const block = article.paragraphs.find((p) => p.quotes.includes(quote));
  if (!block) throw new Error('the quote has no paragraph');
  const confirmed = changeSpeaker(article, quote.id, 'vladimir-putin');
  const after = confirmed.paragraphs.flatMap((p) => p.quotes).find((q) => q.id === quote.id);
  expect(after).toEqual({ ...quote, confidence: 1, corrected: true });
  expect(isConfirmed(confirmed, quote.id)).toBe(true);
  expect(certaintyWords(after ?? quote, true).label).toBe('Confirmed by you');
  const putin = article.entities.find((e) => e.id === 'vladimir-putin') ?? null;
  expect(explainAttribution(confirmed, after ?? quote, block, putin, true)).toMatch(
    /^You confirmed Vladimir Putin as the speaker\. "the Russian president" — Vladimir Putin/,
  );
  expect(parseArticle(confirmed).ok).toBe(true);
  expect(undoCorrection(confirmed)).toEqual(article);
  // Given to someone else afterwards, the quote is corrected, no longer confirmed.
  expect(isConfirmed(changeSpeaker(confirmed, quote.id, 'kassym-jomart-tokayev'), quote.id)).toBe(false);
});

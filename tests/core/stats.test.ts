import type { Article } from '../../src/core/schema';
import { speakerShares } from '../../src/core/shares';
import { addPerson, addQuote, changeSpeaker, mergePeople, removeQuote } from '../../src/core/corrections';
import { mentionCounts } from '../../src/core/mentions';
import { activeQuoteIds, quoteCounts, speakerSlots, speakersInOrder } from '../../src/core/stats';
import { article, block, loadGold, person, quote, spanOf } from './gold';

const gold = loadGold();

const putin = person('putin', 'Vladimir Putin', 'President of Russia');
const tokayev = person('tokayev', 'Kassym-Jomart Tokayev', 'President of Kazakhstan');

/** Words as a reader counts them: runs between spaces. */
function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function quoteText(id: string): string {
  const found = [gold.headline, ...gold.paragraphs].flatMap((b) => b.quotes).find((q) => q.id === id);
  if (!found) throw new Error(`no quote ${id}`);
  return found.text;
}

test('Putin is heard most in the gold: 6 quotes and 127 of the 184 quoted words', () => {
  const shares = speakerShares(gold);
  expect(shares.map((s) => [s.speaker?.id, s.quotes, s.words])).toEqual([
    ['vladimir-putin', 6, 127],
    ['kassym-jomart-tokayev', 5, 57],
  ]);
  expect(shares[0]?.share).toBeCloseTo(127 / 184, 10);
  expect(shares[1]?.share).toBeCloseTo(57 / 184, 10);
});

test('the shares of all speakers add up to the whole', () => {
  expect(speakerShares(gold).reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
});

test("a speaker's words are the words of their quotes", () => {
  const [putinShare] = speakerShares(gold);
  expect(putinShare?.words).toBe(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].reduce((n, id) => n + words(quoteText(id)), 0));
});

test('the words of a direct quote inside the same speaker’s reported quote count once', () => {
  const tokayevShare = speakerShares(gold).find((s) => s.speaker?.id === 'kassym-jomart-tokayev');
  const withoutNested = ['q7', 'q9', 'q10', 'q11'].reduce((n, id) => n + words(quoteText(id)), 0);
  expect(words(quoteText('q8'))).toBe(3);
  expect(tokayevShare?.words).toBe(withoutNested);
  expect(tokayevShare?.quotes).toBe(5);
});

test('quotes nobody is said to have said are counted together, without a speaker', () => {
  const text = '"Order has been restored," the statement read, and Tokayev said "peace has returned."';
  const a = article(
    [
      block(
        'p1',
        text,
        [],
        [quote(text, 'Order has been restored,', 'q1', null), quote(text, 'peace has returned.', 'q2', 'tokayev', { speakerRef: spanOf(text, 'Tokayev') })],
      ),
    ],
    [tokayev],
  );
  expect(speakerShares(a)).toEqual([
    { speaker: null, quotes: 1, words: 4, share: 4 / 7 },
    { speaker: tokayev, quotes: 1, words: 3, share: 3 / 7 },
  ]);
});

test('speakers are ordered by their quoted words, whatever order their quotes are listed in', () => {
  const text = 'Tokayev said "yes." Putin said "we agree on everything."';
  const a = article([block('p1', text, [], [quote(text, 'yes.', 'q1', 'tokayev'), quote(text, 'we agree on everything.', 'q2', 'putin')])], [putin, tokayev]);
  expect(speakerShares(a).map((s) => [s.speaker?.id, s.quotes, s.words])).toEqual([
    ['putin', 1, 4],
    ['tokayev', 1, 1],
  ]);
});

test('speakers with as many quoted words are ordered by their number of quotes', () => {
  const text = 'Putin said "yes, indeed." Tokayev said "no" and "never."';
  const a = article(
    [block('p1', text, [], [quote(text, 'yes, indeed.', 'q1', 'putin'), quote(text, 'no', 'q2', 'tokayev'), quote(text, 'never.', 'q3', 'tokayev')])],
    [putin, tokayev],
  );
  expect(speakerShares(a).map((s) => [s.speaker?.id, s.quotes, s.words, s.share])).toEqual([
    ['tokayev', 2, 2, 0.5],
    ['putin', 1, 2, 0.5],
  ]);
});

test('an article without quotes has no speakers and no shares', () => {
  const a = article([block('p1', 'Talks were held in Moscow.')], []);
  expect(speakerShares(a)).toEqual([]);
  expect(speakersInOrder(a, speakerSlots(a))).toEqual([]);
  expect(quoteCounts(a).size).toBe(0);
});

test('quoted words are found by their offsets even after an emoji earlier in the paragraph', () => {
  // An emoji takes two UTF-16 code units, and offsets are counted in code units.
  const text = '🇰🇿 Tokayev said "ok." and left.';
  const a = article([block('p1', text, [], [quote(text, 'ok.', 'q1', 'tokayev')])], [tokayev]);
  expect(speakerShares(a)).toEqual([{ speaker: tokayev, quotes: 1, words: 1, share: 1 }]);
});

test('speakers are listed in the order a reader first hears them', () => {
  expect(speakersInOrder(gold, speakerSlots(gold)).map((e) => e.id)).toEqual(['vladimir-putin', 'kassym-jomart-tokayev']);
});

test('a speaker heard first stays first though another has more quotes, and someone with no quote is not listed', () => {
  const texts = ['Putin said "we agree."', 'Tokayev said "yes." He added "thank you."'] as const;
  const lavrov = person('lavrov', 'Sergei Lavrov', 'Foreign Minister of Russia');
  const a = article(
    [
      block('p1', texts[0], [], [quote(texts[0], 'we agree.', 'q1', 'putin')]),
      block('p2', texts[1], [], [quote(texts[1], 'yes.', 'q2', 'tokayev'), quote(texts[1], 'thank you.', 'q3', 'tokayev')]),
    ],
    [lavrov, tokayev, putin],
  );
  expect(speakersInOrder(a, speakerSlots(a)).map((e) => e.id)).toEqual(['putin', 'tokayev']);
});

test('without corrections each speaker keeps the place a reader first hears them in', () => {
  expect(Object.fromEntries(speakerSlots(gold))).toEqual({ 'vladimir-putin': 0, 'kassym-jomart-tokayev': 1 });
});

test('a quote given to a new person before anyone else speaks leaves every colour as it was and adds one after them', () => {
  const a = article(
    [
      block('p1', 'Putin said "we agree."', [], [quote('Putin said "we agree."', 'we agree.', 'q1', 'putin')]),
      block('p2', 'Tokayev said "yes."', [], [quote('Tokayev said "yes."', 'yes.', 'q2', 'tokayev')]),
    ],
    [putin, tokayev],
  );
  const { article: withPeskov, entityId } = addPerson(a, 'Dmitry Peskov', null, {});
  const corrected = changeSpeaker(withPeskov, 'q1', entityId);
  expect(speakersInOrder(corrected, speakerSlots(corrected)).map((e) => e.id)).toEqual(['tokayev', entityId]);
  expect(Object.fromEntries(speakerSlots(corrected))).toEqual({ putin: 0, tokayev: 1, [entityId]: 2 });
});

test('a speaker whose only quote is removed or merged away keeps their place empty, so later speakers keep theirs', () => {
  const texts = ['Putin said "we agree."', 'Tokayev said "yes."', 'Peskov said "no."'] as const;
  const peskov = person('peskov', 'Dmitry Peskov', null);
  const a = article(
    [
      block('p1', texts[0], [], [quote(texts[0], 'we agree.', 'q1', 'putin')]),
      block('p2', texts[1], [], [quote(texts[1], 'yes.', 'q2', 'tokayev')]),
      block('p3', texts[2], [], [quote(texts[2], 'no.', 'q3', 'peskov')]),
    ],
    [putin, tokayev, peskov],
  );
  expect(Object.fromEntries(speakerSlots(removeQuote(a, 'q1')))).toEqual({ putin: 0, tokayev: 1, peskov: 2 });
  expect(Object.fromEntries(speakerSlots(mergePeople(a, 'peskov', 'tokayev')))).toEqual({ putin: 0, tokayev: 1, peskov: 2 });
});

test('a quote a reader adds early in the text does not take an earlier place than the speakers the analysis found', () => {
  const text = 'Tokayev nodded. Putin said "we agree."';
  const a = article([block('p1', text, [], [quote(text, 'we agree.', 'q1', 'putin')])], [putin, tokayev]);
  const added = addQuote(a, 'p1', 0, 7, 'reported', 'tokayev');
  expect(Object.fromEntries(speakerSlots(added))).toEqual({ putin: 0, tokayev: 1 });
});

test('a speaker heard first in a caption placed early comes before one heard later in the paragraphs', () => {
  const text = 'Putin said "we agree."';
  const captionText = 'Tokayev: "welcome."';
  const a = article([block('p1', 'The talks began.'), block('p2', text, [], [quote(text, 'we agree.', 'q1', 'putin')])], [putin, tokayev], {
    figures: [
      {
        id: 'f1',
        kind: 'photo',
        afterParagraph: 0,
        caption: block('f1-caption', captionText, [], [quote(captionText, 'welcome.', 'q2', 'tokayev')]),
        credit: null,
      },
    ],
  });
  expect(speakersInOrder(a, speakerSlots(a)).map((e) => e.id)).toEqual(['tokayev', 'putin']);
});

test('the gold counts 6 quotes for Putin and 5 for Tokayev', () => {
  expect(Object.fromEntries(quoteCounts(gold))).toEqual({ 'vladimir-putin': 6, 'kassym-jomart-tokayev': 5 });
});

test('unattributed quotes are not counted for anyone', () => {
  const text = '"Order has been restored," the statement read.';
  const a = article([block('p1', text, [], [quote(text, 'Order has been restored,', 'q1', null)])], []);
  expect(quoteCounts(a).size).toBe(0);
});

test.each<[string, number]>([
  ['vladimir-putin', 10],
  ['kassym-jomart-tokayev', 7],
  ['kazakhstan', 7],
  ['russia', 5],
  ['csto', 3],
  ['moscow', 3],
  ['kremlin', 2],
  ['reuters', 2],
  ['united-nations', 1],
  ['eurasia', 1],
  ['cgtn', 1],
  ['xinhua', 1],
])('the gold mentions %s %i times, counting names, role nouns, pronouns, captions and credits', (entityId, count) => {
  expect(mentionCounts(gold).get(entityId)).toBe(count);
});

test('every entity of the gold is mentioned, and nothing else is counted', () => {
  expect([...mentionCounts(gold).keys()].sort()).toEqual(gold.entities.map((e) => e.id).sort());
});

test('without a chosen person every quote stays a button', () => {
  expect(activeQuoteIds(gold, [])).toBeNull();
});

test.each<[string, Array<string>, Array<string>]>([
  ['Tokayev', ['kassym-jomart-tokayev'], ['q7', 'q8', 'q9', 'q10', 'q11']],
  ['Putin', ['vladimir-putin'], ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']],
  ['both presidents', ['vladimir-putin', 'kassym-jomart-tokayev'], ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11']],
  ['a place that says nothing', ['kazakhstan'], []],
  ['someone not in the article', ['dmitry-peskov'], []],
])('choosing %s keeps only their quotes as buttons', (_, personIds, quoteIds) => {
  expect([...(activeQuoteIds(gold, personIds) ?? new Set(['everything']))]).toEqual(quoteIds);
});

test('choosing a person never keeps an unattributed quote', () => {
  const text = '"Order has been restored," the statement read.';
  const a: Article = article([block('p1', text, [], [quote(text, 'Order has been restored,', 'q1', null)])], [tokayev]);
  expect(activeQuoteIds(a, ['tokayev'])).toEqual(new Set());
});

import { attributionMarks, describeAttribution, speakerPhrase } from '../../src/core/attribution';
import { certaintyWords } from '../../src/core/certainty';
import { explainAttribution } from '../../src/core/explanation';

/** What the attribution panel says of how the words lead to the speaker of a quote. */
function explained(article: Article, id: string): string | undefined {
  const view = describeAttribution(article, id);
  return view && explainAttribution(article, view.quote, view.block, view.speaker, false);
}
import type { Article, Block, Entity, Figure } from '../../src/core/schema';
import { parseArticle } from '../../src/core/validate';
import { article, block, blockSpan, loadGold, paragraph, person, quote, spanOf } from './gold';

const gold = loadGold();

test.each<[string, string, string, string, string | null]>([
  ['the headline quote', 'q1', 'act of terrorist aggression', 'vladimir-putin', 'Putin calls'],
  [
    'the first paragraph quote',
    'q2',
    'an act of terrorist aggression committed with the direct participation of destructive internal and external forces.',
    'vladimir-putin',
    'Russian President Vladimir Putin on Thursday called',
  ],
  [
    'the reported quote after a role noun',
    'q3',
    "Tokayev's firm stance, Russia's support, and the assistance of the Collective Security Treaty Organization (CSTO) made it possible to restore order and peace in Kazakhstan in the shortest time possible",
    'vladimir-putin',
    'the Russian president said',
  ],
  [
    'the praise of the CSTO',
    'q4',
    'the joint efforts of the CSTO aimed at ending the unrest in Kazakhstan and restoring peace, as well as the work currently being done by Tokayev to normalize the situation',
    'vladimir-putin',
    'Putin also praised',
  ],
  [
    'the quote with its cue after it',
    'q5',
    'The talks also focused on strengthening military and military-technical cooperation. Russia will continue to assist Kazakhstan in training military specialists,',
    'vladimir-putin',
    'Putin added',
  ],
  [
    'the thanks',
    'q7',
    'Putin and the CSTO for repelling an "unprecedented terrorist attack" in Kazakhstan',
    'kassym-jomart-tokayev',
    'Tokayev in turn thanked',
  ],
  ['the direct quote inside the thanks', 'q8', 'unprecedented terrorist attack', 'kassym-jomart-tokayev', 'Tokayev in turn thanked'],
  [
    'the support with a cue apart from the name',
    'q9',
    "support for Russia's position on the indivisibility of security in Eurasia",
    'kassym-jomart-tokayev',
    'voiced',
  ],
  [
    'the quote after "He said"',
    'q10',
    'both countries are ready to deepen political, economic, investment, cultural and humanitarian ties',
    'kassym-jomart-tokayev',
    'He said',
  ],
  [
    'the quote after "adding that"',
    'q11',
    'a number of documents were signed that would enhance cooperation in the digital sphere, space exploration and nuclear energy, among others',
    'kassym-jomart-tokayev',
    'adding that',
  ],
])('%s (%s) is attributed to the right speaker with its cue', (_, id, text, speakerId, cue) => {
  const view = describeAttribution(gold, id);
  expect(view?.quote.text).toBe(text);
  expect(view?.speaker?.id).toBe(speakerId);
  expect(view?.cue).toBe(cue);
  expect(view?.block.quotes).toContain(view?.quote);
});

test.each<[string, string]>([
  ['q1', '"Putin" names Vladimir Putin, President of Russia.'],
  ['q2', '"Russian President Vladimir Putin" names Vladimir Putin, President of Russia.'],
  ['q3', '"the Russian president" — Vladimir Putin, President of Russia, by their role; named in the previous sentence.'],
  ['q7', '"Tokayev" names Kassym-Jomart Tokayev, President of Kazakhstan.'],
  ['q9', '"Tokayev" names Kassym-Jomart Tokayev, President of Kazakhstan.'],
  ['q10', '"He" — Kassym-Jomart Tokayev, named in the previous sentence.'],
  ['q11', '"He" — Kassym-Jomart Tokayev, named in the previous sentence.'],
])('the panel explains how the words lead to the speaker of %s', (id, explanation) => {
  expect(explained(gold, id)).toBe(explanation);
});

test('"He said" is explained as Tokayev, named in the sentence before it', () => {
  expect(describeAttribution(gold, 'q10')).toMatchObject({
    speaker: { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev' },
    cue: 'He said',
  });
  expect(explained(gold, 'q10')).toBe('"He" — Kassym-Jomart Tokayev, named in the previous sentence.');
});

test('a quote id the article does not have has no attribution', () => {
  expect(describeAttribution(gold, 'q99')).toBeUndefined();
});

test('a quote nobody in the text is said to have said is explained as unattributed', () => {
  const text = '"Order has been restored," the statement read.';
  const a = article([block('p1', text, [], [quote(text, 'Order has been restored,', 'q1', null)])], []);
  expect(describeAttribution(a, 'q1')).toEqual({
    quote: a.paragraphs[0]?.quotes[0],
    block: a.paragraphs[0],
    speaker: null,
    cue: null,
  });
  expect(explained(a, 'q1')).toBe('Nothing in the text says who said this, so it is left unattributed.');
});

const tokayev = person('tokayev', 'Kassym-Jomart Tokayev', 'President of Kazakhstan');

/**
 * An article with one quote, the "useful." of the one block (a paragraph, a caption or the headline) that
 * says `"useful."`, cued by the first "he" in that block and resolved to the first "Tokayev" in the block
 * `antecedentIn`, before or after it.
 */
function pronounArticle(paragraphs: Array<string>, antecedentIn: string, figures: Array<Figure> = [], headline = 'Talks in Moscow'): Article {
  const blocks: Array<Block> = paragraphs.map((text, i) => block(`p${i + 1}`, text));
  const head = block('headline', headline);
  const all = [head, ...blocks, ...figures.map((f) => f.caption)];
  const saying = all.filter((b) => b.text.includes('"useful."'));
  const [said] = saying;
  if (!said || saying.length > 1) throw new Error(`${saying.length} blocks say "useful."; the test needs exactly one`);
  const named = all.find((b) => b.id === antecedentIn);
  if (!named) throw new Error(`no block ${antecedentIn}`);
  const he = /\bhe\b/i.exec(said.text)?.index;
  if (he === undefined) throw new Error(`no "he" in ${JSON.stringify(said.text)}`);
  said.quotes.push(
    quote(said.text, 'useful.', 'q1', 'tokayev', {
      cue: spanOf(said.text, said.text.slice(he, he + 9)),
      speakerRef: { start: he, end: he + 2, text: said.text.slice(he, he + 2) },
      resolution: 'pronoun',
      antecedent: blockSpan(named.text, 'Tokayev', named.id === said.id ? undefined : named.id),
      confidence: 0.9,
    }),
  );
  const a = article(blocks, [tokayev], { figures, headline: head });
  const checked = parseArticle(a);
  if (!checked.ok) throw new Error(`the test article is invalid: ${JSON.stringify(checked.problems)}`);
  return a;
}

function caption(afterParagraph: number, text: string): Figure {
  return { id: `figure-${afterParagraph + 2}`, kind: 'photo', afterParagraph, caption: block(`caption-${afterParagraph + 2}`, text), credit: null };
}

test.each<[string, Article, string, string]>([
  ['the same sentence', pronounArticle(['After Tokayev landed, he called the talks "useful."'], 'p1'), 'he', 'named earlier in the same sentence'],
  [
    'the sentence before, in the same paragraph',
    pronounArticle(['Tokayev landed on Thursday. He called the talks "useful."'], 'p1'),
    'He',
    'named in the previous sentence',
  ],
  [
    'two sentences back in the same paragraph',
    pronounArticle(['Tokayev landed on Thursday. The talks lasted hours. He called them "useful."'], 'p1'),
    'He',
    'named earlier in this paragraph',
  ],
  [
    'the last sentence of the paragraph before',
    pronounArticle(['The talks lasted hours. Tokayev left at nine.', 'He called them "useful."'], 'p1'),
    'He',
    'named in the previous sentence',
  ],
  [
    'an earlier sentence of the paragraph before',
    pronounArticle(['Tokayev landed on Thursday. The talks lasted hours.', 'He called them "useful."'], 'p1'),
    'He',
    'named in the previous paragraph',
  ],
  [
    'the paragraph before, with a photo between',
    pronounArticle(['Tokayev landed on Thursday.', 'He called the talks "useful."'], 'p1', [caption(0, 'The airport.')]),
    'He',
    'named in the previous sentence',
  ],
  [
    'a paragraph further back',
    pronounArticle(['Tokayev landed on Thursday.', 'The talks lasted hours.', 'He called them "useful."'], 'p1'),
    'He',
    'named in paragraph 1',
  ],
  [
    'a photo caption further back',
    pronounArticle(['The talks began.', 'They lasted hours.', 'He called them "useful."'], 'caption-1', [caption(-1, 'Tokayev at the airport.')]),
    'He',
    'named in the figure 1 caption',
  ],
  ['the headline', pronounArticle(['The talks lasted hours.', 'He called them "useful."'], 'headline', [], 'Tokayev in Moscow'), 'He', 'named in the headline'],
])('a pronoun whose speaker is named in %s says where', (_, a, pronoun, where) => {
  expect(explained(a, 'q1')).toBe(`"${pronoun}" — Kassym-Jomart Tokayev, ${where}.`);
});

test.each<[string, Article, string, string]>([
  ['later in the same sentence', pronounArticle(['When he landed, Tokayev called the talks "useful."'], 'p1'), 'he', 'named later in the same sentence'],
  [
    'a later sentence of the same paragraph',
    pronounArticle(['He called the talks "useful." Tokayev left at nine.'], 'p1'),
    'He',
    'named later in this paragraph',
  ],
  [
    'a later sentence of the headline',
    pronounArticle(['The talks lasted hours.'], 'headline', [], 'He called the talks "useful." Tokayev left Moscow'),
    'He',
    'named later in the headline',
  ],
  ['the next paragraph', pronounArticle(['He called the talks "useful."', 'Tokayev left at nine.'], 'p2'), 'He', 'named later, in paragraph 2'],
  [
    'a paragraph further on',
    pronounArticle(['He called the talks "useful."', 'The talks lasted hours.', 'Tokayev left at nine.'], 'p3'),
    'He',
    'named later, in paragraph 3',
  ],
  ['a paragraph after the headline', pronounArticle(['Tokayev left at nine.'], 'p1', [], 'He called the talks "useful."'), 'He', 'named later, in paragraph 1'],
  [
    'a photo caption further on',
    pronounArticle(['He called the talks "useful."', 'They lasted hours.'], 'caption-2', [caption(0, 'Tokayev at the airport.')]),
    'He',
    'named later, in the figure 1 caption',
  ],
])('a pronoun whose speaker is named only after it, in %s, says where', (_, a, pronoun, where) => {
  expect(explained(a, 'q1')).toBe(`"${pronoun}" — Kassym-Jomart Tokayev, ${where}.`);
});

test('an organisation named by a role noun is explained by its role', () => {
  const csto: Entity = { id: 'csto', type: 'organization', name: 'Collective Security Treaty Organization', role: 'Military alliance', aliases: ['CSTO'] };
  const text = 'The CSTO sent troops. The alliance said order was "restored."';
  const a = article(
    [
      block(
        'p1',
        text,
        [],
        [
          quote(text, 'restored.', 'q1', 'csto', {
            kind: 'direct',
            speakerRef: spanOf(text, 'The alliance'),
            resolution: 'role',
            antecedent: spanOf(text, 'CSTO'),
          }),
        ],
      ),
    ],
    [csto],
  );
  expect(parseArticle(a).ok).toBe(true);
  expect(explained(a, 'q1')).toBe('"The alliance" — Collective Security Treaty Organization, Military alliance, by its role; named in the previous sentence.');
});

test('a quote that carries on the previous speaker says whom it continues', () => {
  const first = '"The talks were useful," Tokayev said.';
  const second = '"We will meet again soon."';
  const a = article(
    [
      block('p1', first, [], [quote(first, 'The talks were useful,', 'q1', 'tokayev', { speakerRef: spanOf(first, 'Tokayev') })]),
      block(
        'p2',
        second,
        [],
        [quote(second, 'We will meet again soon.', 'q2', 'tokayev', { resolution: 'continuation', antecedent: blockSpan(first, 'Tokayev', 'p1') })],
      ),
    ],
    [tokayev],
  );
  expect(parseArticle(a).ok).toBe(true);
  expect(explained(a, 'q2')).toBe('Continues the previous speaker, Kassym-Jomart Tokayev, named in the previous sentence.');
});

test('a speaker without a role is named without one', () => {
  const text = 'Tokayev called the talks "useful."';
  const a = article(
    [block('p1', text, [], [quote(text, 'useful.', 'q1', 'tokayev', { speakerRef: spanOf(text, 'Tokayev') })])],
    [person('tokayev', 'Kassym-Jomart Tokayev')],
  );
  expect(explained(a, 'q1')).toBe('"Tokayev" names Kassym-Jomart Tokayev.');
});

test('a pronoun without an antecedent still names the speaker, without saying where', () => {
  const view = describeAttribution(gold, 'q10');
  if (!view?.speaker) throw new Error('q10 has no speaker');
  const withoutAntecedent = { ...view.quote, antecedent: null };
  expect(explainAttribution(gold, withoutAntecedent, view.block, view.speaker, false)).toBe('"He" — Kassym-Jomart Tokayev.');
});

test('an attribution whose speaker is missing from the entities is explained as unattributed', () => {
  const view = describeAttribution(gold, 'q1');
  if (!view) throw new Error('no q1');
  expect(explainAttribution(gold, view.quote, view.block, null, false)).toBe('Nothing in the text says who said this, so it is left unattributed.');
});

test('selecting "He said" marks the cue and "He" in its paragraph, and "Tokayev" in the paragraph before', () => {
  const marks = attributionMarks(gold, 'q10');
  expect([...marks.keys()].sort()).toEqual(['p7', 'p8']);
  expect(marks.get('p8')).toEqual([
    { start: 0, end: 7, mark: 'cue' },
    { start: 0, end: 2, mark: 'speakerRef' },
  ]);
  expect(marks.get('p7')).toEqual([{ start: 0, end: 7, mark: 'antecedent' }]);
  expect(paragraph(gold, 'p7').text.slice(0, 7)).toBe('Tokayev');
});

test('selecting the role-noun quote marks "the Russian president" and "Putin" a paragraph earlier', () => {
  const marks = attributionMarks(gold, 'q3');
  expect(marks.get('p3')).toEqual([
    { start: 43, end: 69, mark: 'cue' },
    { start: 43, end: 64, mark: 'speakerRef' },
  ]);
  expect(marks.get('p2')).toEqual([{ start: 0, end: 5, mark: 'antecedent' }]);
});

test('selecting the headline quote marks its cue and speaker in the headline only', () => {
  const marks = attributionMarks(gold, 'q1');
  expect([...marks.entries()]).toEqual([
    [
      'headline',
      [
        { start: 0, end: 11, mark: 'cue' },
        { start: 0, end: 5, mark: 'speakerRef' },
      ],
    ],
  ]);
});

test('with no quote selected, or an unknown one, nothing is marked', () => {
  expect(attributionMarks(gold, null).size).toBe(0);
  expect(attributionMarks(gold, 'q99').size).toBe(0);
});

test('an unattributed quote without a cue marks nothing', () => {
  const text = '"Order has been restored," the statement read.';
  const a = article([block('p1', text, [], [quote(text, 'Order has been restored,', 'q1', null)])], []);
  expect(attributionMarks(a, 'q1').size).toBe(0);
});

describe('who said a quote, in the words read after it', () => {
  const text = '"We are ready," he said.';
  const putin = person('vladimir-putin', 'Vladimir Putin', 'President of Russia', ['Putin']);
  const said = (extra: Parameters<typeof quote>[4]) => quote(text, 'We are ready,', 'q1', putin.id, extra);

  test('a named or inferred speaker is said by their full name', () => {
    expect(speakerPhrase(said({}), putin)).toBe('said by Vladimir Putin');
    expect(speakerPhrase(said({ resolution: 'pronoun', confidence: 0.9 }), putin)).toBe('said by Vladimir Putin');
  });

  test('an uncertain speaker is probably the speaker', () => {
    expect(speakerPhrase(said({ resolution: 'pronoun', confidence: 0.4 }), putin)).toBe('probably said by Vladimir Putin');
  });

  test('without a speaker the speaker is unknown', () => {
    expect(speakerPhrase(quote(text, 'We are ready,', 'q1', null), null)).toBe('speaker unknown');
  });

  test('a correction says the reader made it', () => {
    expect(speakerPhrase(said({ corrected: true }), putin)).toBe('said by Vladimir Putin, corrected by you');
    expect(speakerPhrase(quote(text, 'We are ready,', 'q1', null, { corrected: true }), null)).toBe('speaker unknown, corrected by you');
  });

  test('a speaker the reader confirmed is said to be confirmed, not corrected', () => {
    expect(speakerPhrase(said({ corrected: true, confidence: 1 }), putin, true)).toBe('said by Vladimir Putin, confirmed by you');
  });
});

describe('how sure an attribution is, in words', () => {
  const text = '"We are ready," he said.';
  const said = (extra: Parameters<typeof quote>[4]) => quote(text, 'We are ready,', 'q1', 'vladimir-putin', extra);

  test.each([
    [said({}), { label: 'Named in the text', how: null }],
    [said({ resolution: 'pronoun', confidence: 0.9 }), { label: 'Inferred', how: 'from a pronoun' }],
    [said({ resolution: 'role', confidence: 0.95 }), { label: 'Inferred', how: 'from a role noun' }],
    [said({ resolution: 'continuation', confidence: 0.8 }), { label: 'Inferred', how: 'as a continuation of the previous speaker' }],
    [said({ resolution: 'pronoun', confidence: 0.4 }), { label: 'Uncertain', how: 'inferred from a pronoun, which the text only weakly supports' }],
    [said({ resolution: 'name', confidence: 0.4 }), { label: 'Uncertain', how: 'a guess, which the text only weakly supports' }],
    [quote(text, 'We are ready,', 'q1', null), { label: 'Speaker unknown', how: null }],
    [said({ corrected: true }), { label: 'Corrected by you', how: null }],
  ])('%#: %o', (q, words) => {
    expect(certaintyWords(q)).toEqual(words);
  });
});

import { isCredit } from '../../../../src/core/engine/entities/credits';
import { analyze, attribution } from './helpers';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';

// mentions.ts: the mentions attribution reads. A photo credit names a photographer, a person who says nothing in the
// text: never a speaker, nor what a pronoun stands for.

describe('photo credits', () => {
  test.each([
    ['NASA/Steve Freeman', true],
    ['NASA/CXC/SAO/N. Wolk', true],
    ['MSFC/Emmett Given', true],
    ['Stan and/or Rauschenberg', false],
    ['Opposition activist/blogger Oleg Kozyrev', false],
    ['said Steve Freeman', false],
  ])('the last name in "%s" is a credit: %s', (text, credit) => {
    const start = text.search(/(?:Steve|N\. Wolk|Emmett|Rauschenberg|Oleg)/);
    expect(isCredit(text, start)).toBe(credit);
  });

  // NASA, "NASA’s Commitment to Safety Starts with its Culture" (public domain): katie-hofschen/NASA_RAG
  // nasa_articles/nasa_article_157.md, in neither half of tests/fixtures/real.
  test('"he said" after a caption ending in a credit is the person the caption is about, not the photographer', () => {
    const article = analyze(
      'NASA’s Commitment to Safety Starts with its Culture',
      'Timothy Risch, a technical manager at NASA’s Armstrong Flight Research Center in Edwards, California, cautions people should prepare for and be ready to survive a serious accident. He presented during Safety Day on April 4, 2024, at NASA’s Armstrong Flight Research Center in Edwards, California. NASA/Steve Freeman',
      '“Prepare mentally and emotionally that you may need help if you are hurt,” he said. “I carried an identification card with me that had my key information on it such as my address, medical conditions, and medications. I had it with my license.”',
    );
    expect(attribution(article, 'Prepare mentally and emotionally')).toMatchObject({ speaker: 'Timothy Risch', resolution: 'pronoun' });
    // A credited photographer is not one of the people the article names (docs/annotation-guide.md).
    expect(article.entities.find((e) => e.name === 'Steve Freeman')).toBeUndefined();
  });
});

// Wikinews, "On the campaign trail in the USA, October 2020" (CC BY 2.5, fresh text): "Biden" after Joe and Hunter Biden,
// neither settled, is a surname the registry left to no one; once a mention covers it, it is someone's.
describe('surnames left to no one', () => {
  const texts = [
    'On the campaign trail in the USA, October 2020',
    'Polls at the start of the final full month on the campaign trail showed Democratic Party presidential nominee Joe Biden leading President Donald Trump.',
    "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference.",
    'In its place, Biden scheduled a town hall to air on ABC.',
  ];

  test('"In its place, Biden scheduled …" holds an unsettled surname both Bidens bear', () => {
    const mentions = new MentionIndex(texts, findEntities(texts, 0));
    const start = texts[3]?.indexOf('Biden') ?? -1;
    const found = mentions.unsettledSurnames(3, 0, texts[3]?.length ?? 0);
    expect(found.map((u) => [u.start, u.end, u.bearers.map((b) => b.name)])).toEqual([[start, start + 5, ['Joe Biden', 'Hunter Biden']]]);
    expect(mentions.unsettledSurnames(3, start + 1, texts[3]?.length ?? 0)).toEqual([]);
  });
});

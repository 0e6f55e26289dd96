import { isCredit } from '../../../../src/core/engine/entities/credits';
import { analyze, attribution } from './helpers';

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

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/taggedBlogTitle.ts. Global Voices, "Spain: “Neighbor, Wake Up, Evictions at Your Doorstep!”" (14 May 2012,
// CC BY 3.0), development half (gv-spain-foreclosures-at-your-doorstep-2012-05-14).
const EVICTIONS = 'Spain: “Neighbor, Wake Up, Evictions at Your Doorstep!"';

describe('a blog named by a title in sentence case up to the tag of its link', () => {
  test('"The blog Platform for the nationalization of saving houses [es] has taken on the news:" gives the block to the whole title', () => {
    const article = analyze(
      EVICTIONS,
      "This week's announcement of a bailout of 10 billion Euros for the Spanish bank Bankia has provoked many reactions on the web. The blog Platform for the nationalization of saving houses [es] has taken on the news:",
      'The proposal of a public bank under democratic control and managed with transparency, created by the nationalization of the saving houses, is not one of the possible options to solve the current crisis.',
    );
    expect(attribution(article, 'The proposal of a public bank')).toMatchObject({
      kind: 'direct',
      speaker: 'Platform for the nationalization of saving houses',
    });
  });

  test('the same title before a speech verb and "that" speaks the reported words', () => {
    const article = analyze(
      EVICTIONS,
      'The blog Platform for the nationalization of saving houses [es] wrote that the new cash injection will be insufficient.',
    );
    expect(attribution(article, 'the new cash injection will be insufficient')).toMatchObject({
      kind: 'reported',
      speaker: 'Platform for the nationalization of saving houses',
    });
  });

  test('a person "from the blog …" still speaks, not the blog (gv-colombia-may-day-nationwide-demonstrations-2012-05-07 shape)', () => {
    const article = analyze(EVICTIONS, 'Carlos Arturo Gamboa, from the blog Tutor Virtual [es], said that the workers are treated as slaves.');
    expect(attribution(article, 'the workers are treated as slaves')).toMatchObject({ kind: 'reported', speaker: 'Carlos Arturo Gamboa' });
  });

  test('a blog that quotes someone hands the block to no title: "The blog Voces del Sur [es] quotes Ana López:"', () => {
    const article = analyze(EVICTIONS, 'The blog Voces del Sur [es] quotes union leader Ana López:', 'We will not leave our homes without a fight.');
    expect(attribution(article, 'We will not leave our homes').speaker).not.toBe('Voces del Sur');
  });
});

describe('a tag after the verb, not the title', () => {
  test('"The blog Pastores y líderes publishes [es] the explanation of Father Jose Chuquillanqui …:" names no blog "Pastores y líderes publishes"', () => {
    // Global Voices, "Peru: Controversy Over Banning of Progressive Priest" (May 2012, CC BY 3.0), fresh text.
    const article = analyze(
      'Peru: Controversy Over Banning of Progressive Priest',
      'The blog Pastores y líderes publishes [es] the explanation of Father Jose Chuquillanqui, episcopal vicary of the Archbishopric of Lima:',
      '[...] no renovación de licencias ministeriales al padre Gastón Garatea no ha sido una decisión tomada de un día para otro, sino tras un proceso de diálogo y advertencias.',
    );
    expect(article.entities.map((e) => e.name)).not.toContain('Pastores y líderes publishes');
  });
});

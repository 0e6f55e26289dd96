import { expect, test } from 'vitest';
import { excerptable, isOwnLabel } from '../../../../../src/core/engine/attribution/sieves/excerptable';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/excerptable.ts: which paragraphs set off by a colon cue can be a block quotation's. Headings from fresh US Army
// and digital.gov pages; the quotations from Global Voices (development half).

test('a heading in title case after a colon cue is no block quotation', () => {
  expect(excerptable('Specifics of the Cluster Munition', { afterElision: false })).toBe(false);
  expect(excerptable('How Ideas Turn Into Campaigns', { afterElision: false })).toBe(false);
  expect(excerptable('I deeply regret the death of #CarlosFuentes', { afterElision: false })).toBe(true);
  expect(excerptable('Yes God keep it a land of peace. God loves this country.', { afterElision: false })).toBe(true);
  expect(excerptable('AAAAUUUUGGH.', { afterElision: false })).toBe(true);
});

// Global Voices, development half, May 2012: a short sentence or a verse line right after its colon cue is the quotation
// (gv-russia-tolstoy-war-and-peace-legacy-2012-05-04, gv-turkey-uludere-airstrike-poetic-commemoration-2012-05-21); a
// short line with no closing mark is a heading or a list's entry (gv-africa-science-blogging-sub-saharan-2012-05-20 after
// a video's lead-in, wikinews-obituaries-arriola-carrero-christodoulos-morse-suharto-2008-01-30 after "The following were
// some of the deaths reported over the past week:").
test('a short line after a colon cue is a quotation when it ends a sentence or a line of verse', () => {
  expect(excerptable('Влияние войны на общество.', { afterElision: false })).toBe(true);
  expect(excerptable('Beklemeyi bilen kan,', { afterElision: false })).toBe(true);
  expect(excerptable('Open access to publications', { afterElision: false })).toBe(false);
  expect(excerptable('Gus Arriola, cartoonist, 70', { afterElision: false })).toBe(false);
  // The same entry with a full stop, as another list may write it: its figure marks it a list's entry still.
  expect(excerptable('Gus Arriola, cartoonist, 70.', { afterElision: false })).toBe(false);
});

test("a poem's short lines after 'As one of Bejan's poems says:' are the poet's", () => {
  const article = analyze(
    'Turkey: Poetic Commemoration of Uludere Airstrike',
    'However, last week poet and author Bejan Matur visited the region and posted her impressions on her Twitter account [tr], in both her poetic prose and photos.',
    "As one of Bejan's poems says:",
    'Beklemeyi bilen kan,',
    'Taş olmayı da bilir.',
  );
  expect(attribution(article, 'Beklemeyi bilen kan,')).toMatchObject({ kind: 'direct', speaker: 'Bejan Matur' });
  expect(attribution(article, 'Taş olmayı da bilir.')).toMatchObject({ kind: 'direct', speaker: 'Bejan Matur' });
});

// gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19 (development half): Lyson Sibande's post ends on its own label.
test('"My conclusion:", a post\'s own label, is the post\'s though it ends in a colon', () => {
  expect(isOwnLabel('My conclusion:')).toBe(true);
  expect(excerptable('My conclusion:', { afterElision: false })).toBe(true);
  expect(isOwnLabel('The ministry said in a statement:')).toBe(false);
  expect(excerptable('The ministry said in a statement that the plan would go ahead:', { afterElision: false })).toBe(false);
});

// Global Voices (CC BY 3.0), development half, May 2012: an Armenian Facebook post typed with a colon for its full stop.
test('a paragraph in Armenian or Amharic may end in the colon its writers type for a full stop, and is still a quotation', () => {
  expect(
    excerptable(
      'Խոսքեր ուղղակի չեմ գտնում վիրավորանքս ու զայրույթս արտահայտելու կատարվացի ու կատարողների վրա: ԱՄՈԹ!!! ԱՆՈՂՆԵՐԻՆ. հուսով եմ որ օրենքի ամբողջ խստությամբ կպատժվեն նրանք ովքեր կազմակերպել են այդ ամենը:',
      { afterElision: false },
    ),
  ).toBe(true);
  expect(excerptable('Addis Ababa based blogger Abel Wabellaa wrote:', { afterElision: false })).toBe(false);
});

// gv-bolivia-protests-sweep-country-2012-05-10 and gv-ethiopia-pen-award-eskinder-nega-2012-05-02 (Global Voices, development
// half): a blogger's own colon line inside his Spanish post, and the writer's English lead-in, which a name-heavy line
// may make read as no English.
test("a colon line in another language, with more of that language after it, is the quoted post's", () => {
  expect(excerptable('Analicemos las demandas y expliquemos las mismas:', { afterElision: false, inOriginal: true })).toBe(true);
  expect(excerptable('Analicemos las demandas y expliquemos las mismas:', { afterElision: false })).toBe(false);
  expect(excerptable('Addis Ababa based blogger Abel Wabellaa wrote:', { afterElision: false, inOriginal: false })).toBe(false);
});

// The same two articles, read whole: the Spanish colon line goes on with Mario Duran's post; the English lead-in before a
// post in English stays the writer's.
test("a colon line in the post's language carries the colon cue on, an English lead-in does not become a quote", () => {
  const bolivia = analyze(
    'Bolivia: Protests Sweep the Country',
    'Blogger Mario Duran, based in El Alto, commented on the Health Sector strike:',
    'Analicemos las demandas y expliquemos las mismas:',
    '8 horas. Sí. Esta medida merece nuestro apoyo, en Bolivia, obreros o profesionales, deberian trabajar ocho (8) horas.',
    'Ley General del Trabajo. Sí. Todas las relaciones laborales deberian establecerse segun la Ley General del Trabajo […]',
  );
  expect(attribution(bolivia, 'Analicemos las demandas y expliquemos las mismas:').speaker).toBe('Mario Duran');
  expect(
    attribution(bolivia, '8 horas. Sí. Esta medida merece nuestro apoyo, en Bolivia, obreros o profesionales, deberian trabajar ocho (8) horas.').speaker,
  ).toBe('Mario Duran');
  const ethiopia = analyze(
    'Ethiopia: PEN Award for Eskinder Nega',
    'Addis Ababa based blogger Abel Wabellaa wrote:',
    "Super excited!!! because (https://www.facebook.com/pages/I-am-Eskinder-Nega/236369699747226) I am Eskinder Nega aren't we Zelalem , BefeQadu and Jomanex ?",
  );
  expect(quotesOf(ethiopia).map((q) => q.text)).not.toContain('Addis Ababa based blogger Abel Wabellaa wrote:');
});

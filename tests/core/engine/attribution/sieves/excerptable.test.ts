import { expect, test } from 'vitest';
import { excerptable, isOwnLabel } from '../../../../../src/core/engine/attribution/sieves/excerptable';

// sieves/excerptable.ts: which paragraphs set off by a colon cue can be a block quotation's. Headings from fresh US Army
// and digital.gov pages; the quotations from Global Voices (development half).

test('a heading in title case after a colon cue is no block quotation', () => {
  expect(excerptable('Specifics of the Cluster Munition', { afterElision: false })).toBe(false);
  expect(excerptable('How Ideas Turn Into Campaigns', { afterElision: false })).toBe(false);
  expect(excerptable('I deeply regret the death of #CarlosFuentes', { afterElision: false })).toBe(true);
  expect(excerptable('Yes God keep it a land of peace. God loves this country.', { afterElision: false })).toBe(true);
  expect(excerptable('AAAAUUUUGGH.', { afterElision: false, withinPost: true })).toBe(true);
  expect(excerptable('AAAAUUUUGGH.', { afterElision: false })).toBe(false);
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

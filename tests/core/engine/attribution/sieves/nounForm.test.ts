import { describe, expect, test } from 'vitest';
import { noVerbHere } from '../../../../../src/core/engine/attribution/sieves/nounForm';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/nounForm.ts: a speech verb's form that is a noun in a colon sentence ("the following questions:") sets off the
// writer's own list, no one's words.

const at = (sentence: string, word: string) => noVerbHere(sentence, word, sentence.indexOf(word));

test('a form followed by a reflexive pronoun names its subject and reports no words: "A Group of Ethiopians calling themselves …" (gv-ethiopia-g8-summit-press-freedom)', () => {
  expect(at('A Group of Ethiopians calling themselves Ethiopian National Transition Council posted a call on their Facebook page:', 'calling')).toBe(true);
  expect(at('The council posted a call on their Facebook page, calling on Ethiopians to protest:', 'calling')).toBe(false);
});

describe('a speech verb’s form used as a noun', () => {
  test('after "following", a number or a quantifier, or before "like", "such as", "included", "to consider"', () => {
    expect(at('Proposals should be responsive to one of the following questions:', 'questions')).toBe(true);
    expect(at('For every interaction, it’s easy to create a mini customer journey by asking two questions:', 'questions')).toBe(true);
    expect(at('Consider important questions like:', 'questions')).toBe(true);
    expect(at('You can analyze the content of the customer-initiated emails to address questions such as:', 'questions')).toBe(true);
    expect(at('Questions to Consider:', 'Questions')).toBe(true);
    expect(at('Questions included:', 'Questions')).toBe(true);
    expect(at('Many thanks to everyone involved:', 'thanks')).toBe(true);
  });

  test('not after a subject, "the" or a possessive, whose noun may be someone’s words', () => {
    expect(at('Clemans congratulates the president:', 'congratulates')).toBe(false);
    expect(at('Ory raises a series of questions:', 'raises')).toBe(false);
    expect(at('The questions were:', 'questions')).toBe(false);
    expect(at('His answers:', 'answers')).toBe(false);
  });
});

// NASA, "ROSES-24 is live and OTPS has funding opportunities in sustainability!" (fresh page nasa/768, public domain).
describe('a colon sentence that sets out the writer’s own questions', () => {
  test('"… one of the following questions:" sets off no quotation', () => {
    const article = analyze(
      'ROSES-24 is live and OTPS has funding opportunities in sustainability!',
      'NASA’s Office of Technology, Policy & Strategy is soliciting research and analysis related to the social, economic and policy aspects of space sustainability.',
      'Proposals should be responsive to one of the following questions:',
      'What are current policy, regulatory or legal gaps to improve space sustainability in various orbital regimes (LEO, MEO, GEO, Cislunar, and/or Lunar) and what specific measures should be taken to address them? Proposers may address one or several orbital regimes.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('What are current policy'))).toBe(false);
  });

  // digital.gov, "CX Day In Government: How We All Shape The Customer Journey", 2016-10-07 (fresh page, public domain).
  test('"… by asking two questions:" sets off no quotation', () => {
    const article = analyze(
      'CX Day In Government: How We All Shape The Customer Journey',
      'In addition to these great tools, we can make a huge leap as an agency in every interaction we have with our customers (and each other!), whether in person, over the phone, or through digital touchpoints like our websites, email, and social media. For every interaction, it’s easy to create a mini customer journey by asking two questions:',
      'Where is this person coming from (What did they do/have they tried before coming to me, who did they call, what websites did they visit, what do they know, how do they feel)?',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('Where is this person coming from'))).toBe(false);
  });
});

// Global Voices, "Africa: Gay and lesbian voices in African blogosphere", 2009 (fresh page gv/79012, CC BY 3.0).
describe('a colon sentence whose noun is someone’s words', () => {
  test('"The questions were:" still sets off the questions a newspaper asked', () => {
    const article = analyze(
      'Africa: Gay and lesbian voices in African blogosphere',
      'SebaSpace has been on a constant war with an anti-gay blogger also from Uganda and the war is always revolving around religion, culture and lifestyle. This created a stir in the LGBT blogosphere and another gay Kenyan blogger wrotes a post to answer the three questions The Red Pepper had asked. The questions were:',
      "1. If you try to drink water through the ear, you naturally spoil it because it was created by God to do the hearing function. That's physical harm.",
    );
    expect(attribution(article, '1. If you try to drink water')).toMatchObject({ kind: 'direct' });
  });
});

// An ARCIC story of 2013 (fresh text, U.S. Army, public domain): "estimates" before ", which" is the plural noun, and the
// list after the colon is the writer's own.
describe('a speech verb’s form before ", which" is a noun', () => {
  test('"system RAM estimates, which the development community uses …, including:" sets off no quotation', () => {
    const article = analyze(
      'ARCIC Uses OMS/MP To Ensure New Equipment Meets Soldiers’ Needs',
      'Furthermore, the OMS/MP is foundational to the development of operationally meaningful system RAM estimates, which the development community uses to understand several key factors, including:',
      'The required probability a system must be able to conduct its functions for a specified time interval under stated conditions (Reliability),',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('The required probability'))).toBe(false);
  });
});

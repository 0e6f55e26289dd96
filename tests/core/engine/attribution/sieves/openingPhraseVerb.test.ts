import { describe, expect, test } from 'vitest';
import { insideOpeningPhrase } from '../../../../../src/core/engine/attribution/sieves/openingPhraseVerb';
import { analyze, attribution } from '../helpers';

// sieves/openingPhraseVerb.ts: a speech verb inside the phrase a colon sentence opens with is not its subject's verb.

// Global Voices, "Zambia: Bloggers Form Zambian Bloggers Network" (10 May 2012), CC BY 3.0, development half.
const ZAMBIA = 'Zambia: Bloggers Form Zambian Bloggers Network';
// Global Voices, "Brazil: 'Hands That Cure, Words That Heal'" (15 May 2012), CC BY 3.0, development half.
const BRAZIL = "Brazil: 'Hands That Cure, Words That Heal'";

describe('a speech verb inside the opening phrase of a colon sentence', () => {
  test('"When asked about …, Brenda noted:" gives the answer to Brenda Zulu, named before, not to whoever asked', () => {
    const article = analyze(
      ZAMBIA,
      'On 12 July, 2012 Global Voices published an interview between Soneka Kamuhuza and Brenda Zulu about the state of Zambian blogosphere. When asked about the current attitude towards blogging in Zambia, Brenda noted:',
      'Well there is a number of Zambian bloggers but most of them live in the Diaspora. Many Zambians living in the Diaspora blog frequently than Zambians living at home.',
    );
    expect(attribution(article, 'Well there is a number of Zambian bloggers')).toMatchObject({ kind: 'direct', speaker: 'Brenda Zulu' });
  });

  test('"In a post called \'…\', Ricardo Câmara recalls …:" gives the post to Ricardo Câmara: "called" names the post', () => {
    const article = analyze(
      BRAZIL,
      "In a post called 'Hands that cure, words that heal', Ricardo Câmara recalls the history of faith healing and highlights the work of benzedeiras (women who pray for and bless the ill), usually a free and voluntary activity that has spread throughout Brazil as an alternative to traditional medicine since the sixteenth century:",
      'Rosaries and leaves at hand, prayers on the lips and much faith in God. Folk healers, who emerged in Brazil with the arrival of the Jesuits in the sixteenth century, are present in popular culture up to now.',
    );
    expect(attribution(article, 'Rosaries and leaves at hand')).toMatchObject({ kind: 'direct', speaker: 'Ricardo Câmara' });
  });

  test('a name before the verb makes it the main clause’s, though no comma closes the opening words', () => {
    // gv-mauritania-debate-al-qaeda-execution-2012-05-22
    expect(insideOpeningPhrase('In his turn activist Ahmed Ould Abdallah tweeted a great deal about this case, and wrote:', 41)).toBe(false);
  });

  test('a verb after the opening phrase’s comma is the main clause’s own: "In a statement, the ministry said:"', () => {
    expect(insideOpeningPhrase('In a statement, the ministry said:', 29)).toBe(false);
    expect(insideOpeningPhrase('When asked about the current attitude towards blogging in Zambia, Brenda noted:', 5)).toBe(true);
  });
});

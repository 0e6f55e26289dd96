import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/setOffName.ts (read by sieves/leadInName.ts): a person's name the name lists do not know, set off by commas before a lead-in's speech verb.

// Global Voices, "Nepal: Shristi Shrestha Crowned Miss Nepal 2012" (9 May 2012), CC BY 3.0, development half.
const NEPAL = 'Nepal: Shristi Shrestha Crowned Miss Nepal 2012';
const GRAPES =
  "Grapes are sour cried the fox and that's what some people remind me of when they criticize others win and things that they could never achieve.";
// Global Voices, "Zambia: Netizens Sceptically Hail Draft Constitution" (8 May 2012), CC BY 3.0, development half.
const ZAMBIA = 'Zambia: Netizens Sceptically Hail Draft Constitution';
const SPEAKER_SIR = 'My speaker sir, like many I am pleased to see the draft constitution. But I need to remind the house this is only a draft.';

describe('a name set off by commas before a lead-in’s speech verb', () => {
  test('"…, Malvika Subba, one of the most popular Miss Nepal ever, writes on her Facebook page:" gives her the post after it, past the description', () => {
    const article = analyze(
      NEPAL,
      'Justifying the criticisms, Miss Nepal 2002, Malvika Subba, one of the most popular Miss Nepal ever, writes on her Facebook page:',
      GRAPES,
    );
    expect(attribution(article, 'Grapes are sour')).toMatchObject({ kind: 'direct', speaker: 'Malvika Subba', resolution: 'name' });
  });

  test('"Commenting on the Facebook group, Zambian People\'s Parliament, Nawa Mukwati Sibongo, writes:" gives the post to the one writing, not the group', () => {
    const article = analyze(ZAMBIA, "Commenting on the Facebook group, Zambian People's Parliament, Nawa Mukwati Sibongo, writes:", SPEAKER_SIR);
    expect(attribution(article, 'My speaker sir')).toMatchObject({ kind: 'direct', speaker: 'Nawa Mukwati Sibongo', resolution: 'name' });
  });

  test('a title set off so is no name: "Commenting on the Facebook group, Deputy Speaker, writes:" names no one', () => {
    const article = analyze(ZAMBIA, 'Commenting on the Facebook group, Deputy Speaker, writes:', SPEAKER_SIR);
    expect(quotesOf(article).find((q) => q.text.startsWith('My speaker sir'))?.speakerId ?? null).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// subjectMention.ts: the first name before a sentence's verb that may be its subject; a name inside quote marks is
// in the quoted words, not the subject (Global Voices, "Moroccans Love/Hate Affair with Obama").

describe('a sentence that opens with a quote', () => {
  test("'he says' after '“What if I met Obama?” wonders Mohamed Malouk.' is Malouk, not Obama named inside the marks", () => {
    const article = analyze(
      'Moroccans Love/Hate Affair with Obama',
      "US President Barack Obama's Cairo address to the Muslim world sparked a blaze of reactions across the region and beyond.",
      'The Obama Cairo speech was quite anticipated. “What if I met Obama?” wonders Mohamed Malouk. Blogging on Elmafjoue [Ar], he says:',
      'If I met Obama, I would ask him to dedicate some of his precious time to our leaders so he could erase their ignorance when treating their people.',
    );
    expect(attribution(article, 'If I met Obama, I would ask him')).toMatchObject({ speaker: 'Mohamed Malouk', resolution: 'pronoun', cue: 'he says' });
  });
});

// A fresh Wikinews page (US lawmakers question Pentagon officials, February 2008), measured held out.
describe('a sentence about the person its main clause opens on', () => {
  test('"When President George W. Bush\'s budget … was sent to Congress, Secretary Gates defended …": the next "he noted" is Gates', () => {
    const article = analyze(
      'US lawmakers to question Pentagon officials about war costs',
      'In appearances before Congress on Wednesday, Defense Secretary Robert Gates is expected to underscore decreased violence in Iraq.',
      "When President George W. Bush's budget for the 2009 fiscal year was sent to Congress this week, Secretary Gates defended the $515 billion request from the Pentagon.",
      "In the overall figure, he noted, are billions of dollars to support U.S. military operations in Iraq and Afghanistan and the administration's global war on terrorism.",
    );
    expect(attribution(article, 'are billions of dollars')).toMatchObject({ speaker: 'Robert Gates' });
  });

  test('"the Bush administration" names no person a "he" may mean: "Jim Nussle was asked if the Bush administration … “…,” he said." is Nussle', () => {
    const article = analyze(
      'US lawmakers to question Pentagon officials about war costs',
      "President George W. Bush's budget for the 2009 fiscal year was sent to Congress this week.",
      'White House Budget Director Jim Nussle was asked this week if the Bush administration has a realistic hope it can obtain its requests from an opposition Congress. "It\'s worth whatever we need to spend," he said.',
    );
    expect(attribution(article, "It's worth whatever we need to spend")).toMatchObject({ speaker: 'Jim Nussle' });
  });
});

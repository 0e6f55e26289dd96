import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// definiteAppositive.ts: a name, a comma and a definite description ending on a role, then the cue verb, is the name's
// appositive with its closing comma left out, so the name speaks. Sentences from the held-out batch of session 55
// (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03, a U.S. government page, public domain).

const BEFORE =
  "“I'm so proud to be part of this initiative that gets children out from in front of their screens indoors to great, wild, and exciting outdoors,” 18F Developer Shashank Khandelwal said. Khandelwal served as the website’s product manager.";

describe('a definite description after a name, its closing comma left out', () => {
  test('"Christine Cheung, the site’s lead developer said it was a joy …" is Cheung’s, not the product manager’s named before', () => {
    const article = analyze(
      'How to design a government site for kids',
      BEFORE,
      'This sentiment was echoed across team members. Christine Cheung, the site’s lead developer said it was a joy to work on such a passionate team.',
    );
    expect(attribution(article, 'it was a joy')).toMatchObject({ speaker: 'Christine Cheung', resolution: 'name' });
  });

  test('a name the clause before governs does not speak: "The prize went to Christine Cheung, the site’s lead developer said"', () => {
    const article = analyze(
      'How to design a government site for kids',
      BEFORE,
      'Christine Cheung joined later. The prize went to Christine Cheung, the site’s lead developer said on Monday.',
    );
    const said = attribution(article, 'The prize went to');
    expect(said.cue).not.toMatch(/^Christine Cheung/);
  });

  test('a comma after the verb makes the description the speaker of words about the name: "Cheung, the developer said, was …"', () => {
    const article = analyze(
      'How to design a government site for kids',
      BEFORE,
      'Christine Cheung, the lead developer said, was the first to arrive every morning.',
    );
    expect(attribution(article, 'was the first to arrive').cue).not.toMatch(/^Christine Cheung/);
  });

  // wikinews-egyptian-military-issues-ultimatum-morsi-2013-07-01, development half.
  test('a description that is a clause is no appositive: "Late Sunday, the National Salvation Front released a statement telling …"', () => {
    const article = analyze(
      'Egyptian military issues ultimatum to Morsi',
      'Late Sunday, the National Salvation Front released a statement telling protesters to "maintain their peaceful [rallies] in all the squares and streets and villages and hamlets of the country... until the last of this dictatorial regime falls" and stated that this has "confirmed the downfall of the regime of Mohamed Morsi and the Muslim Brotherhood".',
    );
    expect(attribution(article, 'maintain their peaceful').speaker).not.toBe('Late Sunday');
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// documentIt.ts: an "it" that speaks right after a sentence opening on a document whose author the text names is that
// author's word. Sentences verbatim from the development half of tests/fixtures/real (Wikinews, CC BY 2.5), and the same
// sentences changed where a near miss needs it.

// wikinews-emails-boeing-air-force-tanker-deal-2004-11-24.
const EMAIL =
  'An email from Burkhardt & Associates to James Roche advises the Secretary to release fiscal numbers favorable to Boeing, apparently regardless of the facts: "I\'d distribute a one page memo saying the per plane cost of the lease will not be greater than x and have x be less than the last lease Boeing did for some commercial entity--or that x is y dollars less than the cost of a new tanker," it said.';

const BOEING = 'Internal emails expose Boeing-Air Force contract discussions';

// wikinews-un-more-investment-agriculture-world-hunger-2009-10-21.
const STUDY =
  'A recent study by the Food and Agriculture Organization and World Food Program finds most of the more than one billion hungry people in the world live in developing countries. It says no region is immune and hunger is expected to increase everywhere, even in the developed world.';

describe('an "it" cue that means a document', () => {
  test('"An email from Burkhardt & Associates … advises …: "…," it said." is the firm\'s email', () => {
    const article = analyze(BOEING, EMAIL);
    expect(attribution(article, "I'd distribute a one page memo")).toMatchObject({
      speaker: 'Burkhardt & Associates',
      resolution: 'pronoun',
      speakerRef: 'it',
    });
  });

  test('"It says …" right after "A statement by Burkhardt & Associates was posted …" is the firm\'s statement', () => {
    const article = analyze(BOEING, 'A statement by Burkhardt & Associates was posted on its website on Monday. It says no numbers were ever distributed.');
    expect(attribution(article, 'no numbers were ever distributed')).toMatchObject({ speaker: 'Burkhardt & Associates', resolution: 'pronoun' });
  });

  test('a study by two bodies is neither\'s alone: "It says …" after "A recent study by the Food and Agriculture Organization and World Food Program" stays unattributed', () => {
    const article = analyze('UN says more investment in agriculture needed to tackle world hunger', STUDY);
    expect(attribution(article, 'no region is immune').speaker).not.toMatch(/Food and Agriculture|World Food/);
  });

  test('the one an email is sent to is not its author: "An email to Burkhardt & Associates … advises …" does not give "it said" to the firm', () => {
    const article = analyze(BOEING, EMAIL.replace('An email from Burkhardt & Associates to James Roche', 'An email to Burkhardt & Associates'));
    expect(attribution(article, "I'd distribute a one page memo").speaker).not.toBe('Burkhardt & Associates');
  });
});

import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/invertedCue.ts: a colon cue's speaker named after its verb ("writes Ng E-Jay, a blogger:"), never the object of a
// verb whose subject stands before it. Global Voices, "Malawi: Banda Promises to Lift Homosexuality Ban" (development half),
// where "Clemans" is no name the text resolves.
const MALAWI = 'Malawi: President Joyce Banda Promises to Lift Homosexuality Ban';

test("the post after 'Clemans congratulates the president:' is not the president's", () => {
  const article = analyze(
    MALAWI,
    "Malawi's President Joyce Banda announced on Friday that the laws criminalising homosexuality would be repealed.",
    'Clemans congratulates the president:',
    'Wow Banda congrats, this is a great day for all of us here in Malawi.',
  );
  expect(attribution(article, 'Wow Banda congrats')).toMatchObject({ kind: 'direct', speaker: null });
});

test("the paragraph after 'Then writes the president:' is still the president's", () => {
  const article = analyze(
    MALAWI,
    "Malawi's President Joyce Banda announced on Friday that the laws criminalising homosexuality would be repealed.",
    'Then writes Joyce Banda:',
    'The laws of this country will be reviewed by parliament before the end of the year.',
  );
  expect(attribution(article, 'The laws of this country')).toMatchObject({ kind: 'direct', speaker: 'Joyce Banda' });
});

// Global Voices, "Mozambique: President Rejects Social Networks" (12 May 2012, CC BY 3.0), development half.
test("the block after 'an editorial that criticized the controversial statement, saying …:' is not the statement's", () => {
  const article = analyze(
    'Mozambique: President Rejects Social Networks',
    'Guebuza stated that tools like Facebook and Twitter have "the potential to be transformed into spaces that produce performances."',
    "Global Voices' partner newspaper in Mozambique, @Verdade, published on April 19, an editorial that criticized the controversial statement, saying the real motivation of the statement was to silence critical voices:",
    'Guebuza said that young people need to stop being gossips and conspirators and dedicate themselves to work. (...)',
  );
  const block = attribution(article, 'Guebuza said that young people');
  expect(block).toMatchObject({ kind: 'direct' });
  expect([null, '@Verdade', 'Verdade']).toContain(block?.speaker);
});

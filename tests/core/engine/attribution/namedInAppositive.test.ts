import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// namedInAppositive.ts: a name set off after a description that holds a body speaks; the body does not.

// Wikinews, "US Federal judge rules American Samoans are citizens, then delays implementation pending appeal"
// (16 December 2019, CC BY 2.5), development half: the delegate's name is one the name pass does not know.
const DELEGATE = [
  'US Federal judge rules American Samoans are citizens, then delays implementation pending appeal',
  'Judge Clark Waddoups ruled that the three plaintiffs are citizens; the case may go to the U.S. House of Representatives later.',
  'The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told the press: "Because the residents of American Samoa have vibrant democratic processes, the ruling is particularly unwelcome."',
] as const;

test("a delegate's words are never given to the House the description names", () => {
  const article = analyze(...DELEGATE);
  const quote = attribution(article, 'Because the residents');
  expect(quote.speaker).not.toBe('U.S. House of Representatives');
  // Since the name pass reads "delegate" as a person's role and the title past "U.S.", she is named as the speaker.
  expect(quote).toMatchObject({ speaker: 'Aumua Amata', resolution: 'name' });
});

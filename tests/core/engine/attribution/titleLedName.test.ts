import { describe, expect, test } from 'vitest';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { titleLedName } from '../../../../src/core/engine/attribution/titleLedName';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// titleLedName.ts: the person title words the name pass left out of a mention lead to, read from the title's first
// word. Sentences from the development half of tests/fixtures/real, each read as the paragraph after a headline.

/** The name and the words of the subject the title words opening at `word` lead to, or null. */
function ledTo(text: string, word: string): { name: string | undefined; words: string } | null {
  const texts = ['Headline', text];
  const at = text.indexOf(word);
  const subject = titleLedName(text, 1, at, new MentionIndex(texts, findEntities(texts, 0)));
  return subject && { name: subject.entity?.name, words: text.slice(subject.ref.start, subject.ref.end) };
}

describe('capitalised title words before a name', () => {
  // usgov-doj-usao-idaho-drug-distribution-cases-2024-08-07.
  test('"said Nampa Police Chief Joe Huff" is Joe Huff, the title words part of the reference', () => {
    const text = '“I’m proud of the teamwork that went into this investigation to put a career criminal behind bars,” said Nampa Police Chief Joe Huff.';
    expect(ledTo(text, 'Nampa')).toEqual({ name: 'Joe Huff', words: 'Nampa Police Chief Joe Huff' });
  });

  // usgov-doj-russian-intelligence-spear-phishing-domains-2024-10-03 (the quote shortened).
  test('"in" and "of" may stand among the title words: "said FBI Special Agent in Charge Robert Tripp"', () => {
    const text =
      '“Today’s success highlights the power of collaboration in safeguarding the United States against state-sponsored cybercrime,” said FBI Special Agent in Charge Robert Tripp.';
    expect(ledTo(text, 'FBI')).toEqual({ name: 'Robert Tripp', words: 'FBI Special Agent in Charge Robert Tripp' });
  });

  // wikinews-australians-talk-tough-brisbane-test-2004-11-17.
  test('capitalised words that run into lower-case words ("New Zealand coach and former test player") lead to no one', () => {
    const text = '"It\'s just history repeating itself", said former New Zealand coach and former test player John Bracewell.';
    expect(ledTo(text, 'New Zealand')).toBeNull();
  });
});

describe('lower-case titles before a name', () => {
  // wikinews-australians-talk-tough-brisbane-test-2004-11-17.
  test('"former" opens a title that runs up to the name, through "and former": the whole phrase is the reference', () => {
    const text = '"It\'s just history repeating itself", said former New Zealand coach and former test player John Bracewell.';
    expect(ledTo(text, 'former')).toEqual({ name: 'John Bracewell', words: 'former New Zealand coach and former test player John Bracewell' });
  });

  // wikinews-hong-kong-lam-withdraws-extradition-bill-2019-09-06.
  test('a bare title ("student protester") leads to the name, but only the name is the reference', () => {
    const text = '"Whenever there are signs of sending a palm branch," wrote student protester Joshua Wong on Twitter.';
    expect(ledTo(text, 'student')).toEqual({ name: 'Joshua Wong', words: 'Joshua Wong' });
  });

  // usgov-nasa-antarctic-sea-ice-near-historic-lows-2024-03-27.
  test('words that are no title ("ice scientist") lead to no one: the name pass’s mention speaks for itself', () => {
    const text =
      '“Sea ice acts like a buffer between the ocean and the atmosphere,” said ice scientist Linette Boisvert of NASA’s Goddard Space Flight Center in Greenbelt, Maryland.';
    expect(ledTo(text, 'ice scientist')).toBeNull();
  });

  test('a word that opens with neither a letter of a title nor an ordinal ("“Sea") leads to no one', () => {
    const text = '“Sea ice acts like a buffer between the ocean and the atmosphere,” said ice scientist Linette Boisvert.';
    expect(ledTo(text, '“Sea')).toBeNull();
  });
});

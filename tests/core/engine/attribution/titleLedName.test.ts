import { describe, expect, test } from 'vitest';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { titleLedName } from '../../../../src/core/engine/attribution/titleLedName';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from './helpers';

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

describe('numbers U.S. military style writes in a title', () => {
  // The U.S. Army's ARCIC archive (tradocG9media/TRADOC_G9, ARCIC/App_Data/articles-complete.xml, public domain): a
  // cadet's class year.
  test('"West Point Class of 2019 Cadet Dalton Stahl said": the class year is part of the title words, the cadet speaks', () => {
    const text =
      '“What I learned about negotiations is that it’s not necessarily arguing, it’s about cooperating, which I thought was pretty interesting,” West Point Class of 2019 Cadet Dalton Stahl said.';
    expect(ledTo(text, 'West Point')).toEqual({ name: 'Dalton Stahl', words: 'West Point Class of 2019 Cadet Dalton Stahl' });
  });

  // The same archive and article.
  test('"Class of 2018 Midshipman Artem Sherbinin said": the class year may open the title words', () => {
    const text =
      '“Lt. Gen. McMaster gave his explanation on how to do this sort of thing on a strategic level, which was really neat,” Class of 2018 Midshipman Artem Sherbinin said.';
    expect(ledTo(text, 'Class of')).toEqual({ name: 'Artem Sherbinin', words: 'Class of 2018 Midshipman Artem Sherbinin' });
  });

  // The archive's byline "Chief Warrant Officer 4 Ronaldo M. Lachica" set in a constructed cue (AP Stylebook, "military
  // titles"); the archive quotes no warrant officer with a grade.
  test('a warrant officer\'s grade after "Officer" is part of the title words', () => {
    const text = '“We are learning a lot,” Chief Warrant Officer 4 Ronaldo M. Lachica said.';
    expect(ledTo(text, 'Chief')).toEqual({ name: 'Ronaldo M. Lachica', words: 'Chief Warrant Officer 4 Ronaldo M. Lachica' });
  });

  // The Stahl sentence with the year moved off "Class of" (constructed): a bare number is no title word.
  test('a year that does not follow "Class of" still stops the title words', () => {
    const text = '“It was pretty interesting,” West Point 2019 Cadet Dalton Stahl said.';
    expect(ledTo(text, 'West Point')).toBeNull();
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

// wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03.
describe('capitalised words of affiliation before a lower-case title', () => {
  const MADDEN =
    '"[Christie\'s] rise to national prominence was that he had this reputation as a fighter, and that when he was fighting he was on the side of the Everyman and the New Jersey taxpayer against the status quo," Republican political strategist Kevin Madden offered.';

  test('"Republican political strategist Kevin Madden" leads to Kevin Madden', () => {
    expect(ledTo(MADDEN, 'Republican political')).toEqual({ name: 'Kevin Madden', words: 'Republican political strategist Kevin Madden' });
  });
});

// usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03 (held-out batch of session 55, public domain).
describe('an office whose name opens on a number', () => {
  test('"18F Developer Shashank Khandelwal said" leads to Shashank Khandelwal', () => {
    const article = analyze(
      'How to design a government site for kids',
      "“I'm so proud to be part of this initiative that gets children out from in front of their screens indoors to great, wild, and exciting outdoors,” 18F Developer Shashank Khandelwal said. Khandelwal served as the website’s product manager.",
    );
    expect(attribution(article, "I'm so proud")).toMatchObject({ speaker: 'Shashank Khandelwal', resolution: 'name' });
  });
});

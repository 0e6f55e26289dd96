import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/nationalLeadIn.ts: a colon lead-in whose subject is a nationality and a name the name pass did not take
// (Global Voices, "Middle East: Bloggers React to Obama's Cairo Speech", 2009; fresh gv/78504).

const HEADLINE = "Middle East: Bloggers React to Obama's Cairo Speech";
const LEAD = 'Bloggers from across the Middle East listened to US President Barack Obama in Cairo.';
const BLOCK = 'I don’t see any thing new in Obama’s speech, more than that.';

describe('national lead-in', () => {
  test('a nationality before an unknown name, then the speech verb: the person speaks', () => {
    const article = analyze(HEADLINE, LEAD, "Syrian Khaldoun Jarbou too wasn't impressed but writes:", BLOCK);
    expect(attribution(article, 'I don’t see any thing new')).toMatchObject({ kind: 'direct', speaker: 'Khaldoun Jarbou' });
    expect(article.entities.find((e) => e.name === 'Khaldoun Jarbou')?.type).toBe('person');
  });

  test('"fellow" and a nationality after a comma, right before the verb', () => {
    const article = analyze(HEADLINE, LEAD, "Writing at Mideast Youth, fellow Bahraini Esra'a explains why she did not tune into the speech:", BLOCK);
    expect(attribution(article, 'I don’t see any thing new')).toMatchObject({ kind: 'direct', speaker: "Esra'a" });
  });

  test('a title set off by a nationality appositive is the blog, named as written', () => {
    const article = analyze(HEADLINE, LEAD, 'After listening to the speech, Stiletos in the Sand, an American based in Saudi Arabia, writes:', BLOCK);
    expect(attribution(article, 'I don’t see any thing new')).toMatchObject({ kind: 'direct', speaker: 'Stiletos in the Sand' });
  });

  test('a comma between the words and the verb leaves the subject unsaid: a blog named so is no person', () => {
    const article = analyze(HEADLINE, LEAD, 'Egyptian Citizen published videos for both speeches, then commented:', BLOCK);
    expect(attribution(article, 'I don’t see any thing new')?.speaker).not.toBe('Citizen');
    expect(article.entities.find((e) => e.name === 'Citizen')).toBeUndefined();
  });
});

describe('national lead-in: a common word is no name', () => {
  test('a word the page also writes in lower case names a blog, not a person (fresh gv/79012)', () => {
    const article = analyze(
      'Kenya: Gay Bloggers',
      'While gay and lesbian bloggers in Africa use blogs to express themselves freely, there are also anti gay bloggers targeting them.',
      'Kenyan Gay wrote about the suspension:',
      'A couple of years ago, a dude called Blake started this blog.',
    );
    expect(attribution(article, 'A couple of years ago')?.speaker).not.toBe('Gay');
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// ownedTitle.ts: "said the Army’s chief information officer, Lt. Gen. Robert Ferrell" — the person an owner's possessive
// describes and then names speaks, not the owner. Sentences kept verbatim from fresh text (not in the corpus) and the
// development half.

describe('a possessive description, then the name of the person it describes', () => {
  // army.mil, "A New Way To Command: Army Links Its Networks" (public domain, work of the US federal government).
  test('the named officer speaks, not the Army whose officer he is', () => {
    const article = analyze(
      'A New Way To Command: Army Links Its Networks',
      'CRYSTAL CITY: Left with a patchwork of field and homebase systems as military networking exploded after 9/11, the Army is striving to rationalize its systems so troops can train with the same systems they fight with.',
      '“During the last 12-13 years at war, units were buying capabilities that were not consistent across the board at home station just to make sure they can communicate,” said the Army’s chief information officer (G-6), Lt. Gen. Robert Ferrell. Units ending up having one set of systems they used for command, control, and coordination when in the US and a different set they used during deployments.',
      'We’re going to fight differently, said Ferrell.',
    );
    expect(attribution(article, 'During the last 12-13 years')).toMatchObject({ kind: 'direct', speaker: 'Robert Ferrell' });
  });

  // wikinews-trump-defends-sharing-classified-information-russia-2017-05-16 (dev half).
  test('the adviser a president’s capitalised title names speaks, not the president ("Trump’s National Security Advisor, …")', () => {
    const article = analyze(
      'U.S. President Trump defends decision to share classified information with Russians',
      'Trump\'s advisors who were present at the meeting were quick to say on Monday, once the disclosure was reported publicly, that Trump did not tell the Russians exactly how the U.S. had come by any information. "At no time — at no time — were intelligence sources or methods discussed, and the president did not disclose any military operations that were not already publicly known," said Trump\'s National Security Advisor, Lieutenant General H.R. McMaster, who also told reporters, "I was in the room. It didn\'t happen."',
    );
    expect(attribution(article, 'At no time — at no time')).toMatchObject({ kind: 'direct', speaker: 'H.R. McMaster' });
  });

  // Wikinews, "US professional wrestler Jon Huber dies aged 41", 2020-12-28, CC BY 2.5.
  test('the partner a person’s possessive names speaks, not the person (a four-word description)', () => {
    const article = analyze(
      'US professional wrestler Jon Huber dies aged 41',
      'Jon Huber, a professional wrestler known as Brodie Lee, died on Saturday aged 41.',
      '"Heartbroken and numb," writes Huber\'s longtime tag team partner Erick Rowan  on Instagram. "I have lost not only a friend but a brother!"',
    );
    expect(attribution(article, 'Heartbroken and numb')).toMatchObject({ kind: 'direct', speaker: 'Erick Rowan' });
    expect(attribution(article, 'I have lost not only')).toMatchObject({ kind: 'direct', speaker: 'Erick Rowan' });
  });

  // The development half: wikinews-oceanographer-walter-munk-dies-2019-02.
  test('an owner whose name runs on with its city ("University of California, San Diego’s chancellor") is not the speaker', () => {
    const article = analyze(
      'Oceanographer Walter Munk dies aged 101',
      '"Walter was the most brilliant scientist I have ever known," said University of California, San Diego\'s chancellor, Pradeep Khosla.',
    );
    expect(attribution(article, 'Walter was the most brilliant')).toMatchObject({ kind: 'direct', speaker: 'Pradeep Khosla' });
  });

  // NASA, usgov-nasa-400 (public domain): the name the text gives is one the engine cannot link.
  test('a project’s scientist it cannot link leaves the quote unattributed rather than given to the project', () => {
    const article = analyze(
      'NASA’s Curiosity Rover Finds Clues to Chilly History on Mars',
      'NASA’s Curiosity Mars rover explored Gediz Vallis channel.',
      '“If the channel or the debris pile were formed by liquid water, that’s really interesting. It would mean that fairly late in the story of Mount Sharp – after a long dry period – water came back, and in a big way,” said Curiosity’s project scientist, Ashwin Vasavada of NASA’s Jet Propulsion Laboratory in Southern California.',
    );
    expect(attribution(article, 'If the channel or the debris pile').speaker).not.toBe('Curiosity Mars');
  });

  // Wikinews, "Former US senator Kay Hagan dies at age 66", 2019-10-29, CC BY 2.5; Global Voices, 2012, CC BY 3.0.
  test('the owner named again after the description, or a document of the owner’s, is no person of theirs', () => {
    const hagan = analyze(
      'Former US senator Kay Hagan dies at age 66',
      'Former US senator Kay Hagan died on Monday.',
      "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from Powassan virus, a flavivirus, leading to encephalitis (brain inflammation).",
    );
    // The role set off after the name is the cue's (reported/sourceAppositive.ts); the content starts after it.
    expect(attribution(hagan, 'Hagan died from Powassan virus')).toMatchObject({
      speaker: 'Sadie Weiner',
      cue: "According to Sadie Weiner, Hagan's former spokeswoman",
    });
    const tao = analyze(
      'Taiwan: Indigenous Tao People’s 30-Year Nuclear Nightmare',
      "Some Tao people have also joined the political party and are pressuring the government through the legislature [zh], according to Jessie Tai's report from Wired Taiwan:",
    );
    expect(attribution(tao, 'Some Tao people').speaker).toBe('Jessie Tai');
  });
});

// Wikinews, "Kim Jong Nam trial: pathologist testifies VX killed him", 2017-10-02 (CC BY 2.5), a fresh page of session 49.
describe('a speech verb after an owner’s noun ends its subject', () => {
  const before = 'On Wednesday, pathologist Mohd Shah Mahmood testified in the trial of two women who stand accused of killing Kim Jong Nam.';
  test("\"Earlier statements from Malaysia's health ministry asserted Kim died …\" are the ministry's, not Kim's", () => {
    const article = analyze(
      'Kim Jong Nam trial',
      before,
      "Earlier statements from Malaysia's health ministry asserted Kim died within twenty minutes of his encounter at the airport, but testimony given this week differed from this.",
    );
    expect(attribution(article, 'Kim died within twenty minutes')).toMatchObject({ kind: 'reported', speaker: "Malaysia's health ministry" });
  });

  test('"Malaysia\'s health agency said Kim died" is the agency\'s; "Malaysia\'s health minister Dzulkefly Ahmad said" is still the minister\'s', () => {
    const said = analyze('Kim Jong Nam trial', before, "Malaysia's health agency said Kim died within twenty minutes.");
    expect(attribution(said, 'Kim died within twenty minutes').speaker).not.toBe('Kim Jong Nam');
    const minister = analyze('Kim Jong Nam trial', before, "Malaysia's health minister Dzulkefly Ahmad said Kim died within twenty minutes.");
    expect(attribution(minister, 'Kim died within twenty minutes').speaker).toBe('Dzulkefly Ahmad');
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/splitQuote.ts: `"…," she said, "…"`, and a quote that carries on after a led-in one.

const BMC = 'Seasoned combat veterans use their experience at NIEs';
const GSA = 'A Sense of Purpose: Strong Communities Can Overcome Big Challenges';
const DART = 'NASA Study: Asteroid’s Orbit, Shape Changed After DART Impact';

const PUMISACHO =
  'Pumisacho, who worked at Base Operations and Tactical Operations Centers in Iraq, said that these experiences gave him a great appreciation for the need for accurate and reliable communications from brigade to platoon. This applies especially to "Mission Command on the Move," which is a force\'s ability to continually transmit voice and data communications while moving throughout the operational area. During NIE 13.2, held in May/June of this year, Pumisacho observed a system being evaluated by Soldiers of the 4th Battalion, 27th Field Artillery (4/27th), which is part of the 2nd Brigade Combat Team, 1st Armored Division (2/1 AD). The 2/1 AD is attached to the BMC to conduct NIEs under realistic combat conditions. The Combined Arms Support Command had also sent some of its own representatives to see how the system was being used and how it fared in the combat scenarios.';

describe('split quote', () => {
  test("in '“…,” he said, adding, “…”' both halves are his", () => {
    const article = analyze(
      BMC,
      PUMISACHO,
      '"The system had efficient shelters for the Base Operations and TOC, which were co-located with current operations," Pumisacho explained. "The commander and his staff were in four tents in the same area," he said, adding, "Soldiers for the most part liked the system, because its generators were less noisy and the tents were easier to set up, using less manpower."',
    );
    expect(attribution(article, 'The commander and his staff')).toMatchObject({ speaker: 'Pumisacho', resolution: 'pronoun', cue: 'he said' });
    expect(attribution(article, 'Soldiers for the most part liked the system')).toMatchObject({
      kind: 'direct',
      speaker: 'Pumisacho',
      resolution: 'pronoun',
      cue: 'he said',
    });
  });

  test("the quote after '“…,” Davis said.' carries on Davis's words", () => {
    const article = analyze(
      GSA,
      '“Designers were learning from finance people and finance people were learning from designers and they were all learning from hydrologists,” said Scott Davis, who helped administer the HUD challenge, which included a series of community events in various neighborhoods.',
      '“Don’t look at it as the cost to do it, look at the cost of not doing it,” Davis said. “The benefits will extend in ways you can’t really imagine in the moment.”',
    );
    expect(attribution(article, 'The benefits will extend')).toMatchObject({ kind: 'direct', speaker: 'Scott Davis', resolution: 'name', cue: 'Davis said' });
  });

  test("in '“Before impact,” Chesley continued, “…”' the second half is Chesley's", () => {
    const article = analyze(
      DART,
      '“We used the timing of this precise series of light-curve dips to deduce the shape of the orbit, and because our models were so sensitive, we could also figure out the shape of the asteroid,” said Steve Chesley, a senior research scientist at JPL and study co-author. The team found Dimorphos’ orbit is now slightly elongated, or eccentric. “Before impact,” Chesley continued, “the times of the events occurred regularly, showing a circular orbit. After impact, there were very slight timing differences, showing something was askew. We never expected to get this kind of accuracy.”',
    );
    expect(attribution(article, 'the times of the events occurred regularly')).toMatchObject({
      kind: 'direct',
      speaker: 'Steve Chesley',
      resolution: 'name',
      cue: 'Chesley continued',
    });
  });

  test('a quote carrying on after a led-in one with only a colon between is the same speaker’s', () => {
    const article = analyze(
      "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities",
      'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles and threats of applications being withdrawn.',
    );
    expect(attribution(article, 'must be well thought out')).toMatchObject({ speaker: 'Enver Solomon', cue: 'Enver Solomon told' });
    expect(attribution(article, 'Moves to reduce the backlog')).toMatchObject({
      kind: 'direct',
      speaker: 'Enver Solomon',
      resolution: 'name',
      cue: 'Enver Solomon told',
    });
  });

  test("a quote after 'said X, title' and a description is still X's", () => {
    const article = analyze(
      'BEAM Celebrates Black History Month with ‘The Color of Space’ Screening',
      '“We hope to foster a deeper understanding of the diverse narratives within the Black community that are sometimes overlooked and misunderstood,” said Nick Benjamin, president of BEAM, and a payload operations director at Marshall. “Our aim is not only to commemorate the past but also to inspire ongoing conversations, awareness, and actions that promote equity, inclusivity, and positive change.”',
    );
    expect(attribution(article, 'Our aim is not only to commemorate the past')).toMatchObject({
      kind: 'direct',
      speaker: 'Nick Benjamin',
      cue: 'said Nick Benjamin',
    });
  });

  test("the next paragraph's quote with a cue of its own is not carried over from the previous speaker", () => {
    const article = analyze(
      'Marshall Supports NASA’s SpaceX Crew-8 Launch',
      '“We even had a shooting star during ascent! This launch was tremendous,” said Maggie Freeman, program analyst supporting the Launch Vehicle Systems Office within the Commercial Crew Program at Marshall. “Crew-8 now marks 50 people who we have successfully flown into space on Crew Dragon in just five short years. I’m immensely proud of our team and looking forward to many more milestones.”',
      '“We are all contributors to making history and forging the future of space travel and exploration,” said Deborah Crane, launch vehicle chief engineer for the Commercial Crew Program at Marshall. “Increasing our knowledge of our planet, solar system, and universe is always inspirational and exciting. I am so proud to be part of the Commercial Crew Program and to work with such a talented and dedicated team.”',
    );
    expect(attribution(article, 'Crew-8 now marks 50 people')).toMatchObject({ speaker: 'Maggie Freeman' });
    expect(attribution(article, 'We are all contributors')).toMatchObject({ speaker: 'Deborah Crane', cue: 'said Deborah Crane' });
    expect(attribution(article, 'Increasing our knowledge of our planet')).toMatchObject({ speaker: 'Deborah Crane' });
  });
});

// Fresh Wikinews page (2020-09-30, "On the campaign trail in the USA, August 2020").
test('"“…”, Martin opines, “…”" gives both halves to Martin ("opine" is a reporting verb)', () => {
  const article = analyze(
    'On the campaign trail in the USA, August 2020',
    'Andy Martin, a perennial candidate, filed the lawsuit.',
    '"Harris can probably rest easy that despite the renewed debate", Martin opines, "she will not be blocked from taking the oath of office if she and Biden win."',
  );
  expect(attribution(article, 'Harris can probably rest easy')).toMatchObject({ speaker: 'Andy Martin', cue: 'Martin opines' });
  expect(attribution(article, 'she will not be blocked')).toMatchObject({ speaker: 'Andy Martin', cue: 'Martin opines' });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/soleSpeaker.ts: in a profile where every quote the cues attribute is one person's, a quote that is a whole
// sentence with no cue is theirs. The Wilson paragraphs are from NASA, "Looking Back, Moving Forward: Interview with NESC
// Director, Tim Wilson" (nasa_article_553 of katie-hofschen/NASA_RAG, public domain), in neither half of the corpus.

const WILSON = [
  'Looking Back, Moving Forward',
  'When he joined the newly formed NESC in 2003, Mr. Wilson could not have predicted the impact the organization would have on Agency operations. “To be honest, I didn’t really think we’d still be here,” he said. “The NESC was an experiment.” The vision for the organization was straightforward, but the execution was far more challenging than Mr. Wilson expected.',
  '“When we started those first assessments with the CALIPSO satellite and Shuttle, we had to elbow our way to the table to be accepted. We were new, and no one knew who we were or what we were doing.” Though Agency leadership had given them the green light, it was up to Mr. Wilson and the NESC’s early members to prove they deserved a seat at those tables. “You have to produce some results before folks respect you,” he said.',
  '“These are real-time activities where you have to engage immediately and be able to add value out of the chute. You don’t have time to come up to speed on the system,” Mr. Wilson said.',
  'With capped budgets, the NESC must adjust its scope continually to keep up with the increasing tempo of space exploration. For now, that means focusing on what is most critical and has the highest payback. “We’ll continue to focus on the heavy hitters, the programs that are flying and have a critical immediate need. There are a lot of those, and the pace is ramping up.”',
] as const;

describe('the one speaker of a profile', () => {
  test('a quote with no cue, a sentence of its own, is the profiled person’s when every cued quote is theirs', () => {
    const article = analyze(
      'NESC Director Tim Wilson looks back',
      'NESC Director Tim Wilson spends much of his day prioritizing requests.',
      ...WILSON.slice(1),
    );
    expect(attribution(article, 'When we started those first assessments')).toMatchObject({
      kind: 'direct',
      speaker: 'Tim Wilson',
      resolution: 'continuation',
    });
    expect(attribution(article, 'We’ll continue to focus on the heavy hitters')).toMatchObject({ speaker: 'Tim Wilson' });
  });

  // usgov-nasa-aviary-aircraft-modelling-software-2024-05-16 (development half): a pull quote signed without a dash.
  test('a pull quote signed by name and title with no dash is the one speaker’s', () => {
    const article = analyze(
      'Aviary: A New NASA Software Platform for Aircraft Modelling',
      '“Aviary is flexible enough that you can decide what you want to learn more about, then configure it to teach you.” Jennifer Gratz Aviary Task Lead',
      '“We wanted to make it easy to extend the code and tie it in with other tools,” said Jennifer Gratz, the Aviary task lead at NASA’s Glenn Research Center in Cleveland. “Aviary is intentionally designed to be able to integrate disciplines together more tightly.”',
      '“That’s one of its most important characteristics,” Gratz said.',
    );
    expect(attribution(article, 'Aviary is flexible enough')).toMatchObject({ speaker: 'Jennifer Gratz' });
  });

  test('a second speaker in the article leaves the quote with no cue unattributed', () => {
    const article = analyze(
      'NESC Director Tim Wilson looks back',
      'NESC Director Tim Wilson spends much of his day prioritizing requests.',
      ...WILSON.slice(1),
      '“The NESC has been a good partner to the programs,” said Bill Nelson, the NASA Administrator.',
    );
    expect(attribution(article, 'When we started those first assessments')).toMatchObject({ speaker: null });
  });

  // NASA, nasa_article_551 of katie-hofschen/NASA_RAG (public domain, in neither half of the corpus).
  test('a phrase in marks inside a sentence is not taken', () => {
    const article = analyze(
      'NESC Director Tim Wilson looks back',
      'NESC Director Tim Wilson spends much of his day prioritizing requests.',
      ...WILSON.slice(1),
      'In the Columbia discussion, I recount the shocking swiftness with which NASA paved the way for another accident with renewed schedule pressure and a belief that external tank foam shedding was “not a safety of flight issue.” Accidents jolt us into new awareness.',
    );
    expect(attribution(article, 'not a safety of flight issue')).toMatchObject({ speaker: null });
  });
});

// gv-nigeria-battabox-online-videos-interview-2012-05-14 (Global Voices, CC BY 3.0), held out in session 54.
describe('a quote before the one speaker is brought in', () => {
  const HEADLINE = 'Nigeria: BattaBox Bakes Stories Through Online Videos';
  const SITE =
    'BattaBox - a Nigerian Conversation - is an online television that captures the genuine rendition of the country and shares with global netizens.';
  const BLURB =
    '"BattaBox is everything Nigerian - music, film, street-life, news, comedy, cooking and much, much more. ‘For Nigerians, by Nigerians’ - YOU upload your videos, photos, shout-outs, as well as discussing anything in our real-time video chat-room - and we’ll make sure your voice is heard."';
  const INTRO =
    'Christian Purefoy (CP), a director in BattaBox gave us a glimpse of this evolving online television. CP has worked in Nigeria for over seven years as a freelance journalist and CNN’s West Africa correspondent.';
  const SAID = [
    '"Nigeria is such a vibrant place that even the most mundane is crackling with energy," Purefoy said.',
    '"This is a Nigerian company so there\'s no place like home," Purefoy said.',
    '"BattaBox is a Nigeria-wide community, but so far many of our videos are from Lagos," Purefoy said.',
  ];

  test("the site's blurb before the director is named is no one's, though every cued quote is his", () => {
    const article = analyze(HEADLINE, SITE, BLURB, 'Christian Purefoy', INTRO, ...SAID);
    expect(attribution(article, 'Nigeria is such a vibrant place').speaker).toBe('Christian Purefoy');
    expect(attribution(article, 'BattaBox is everything Nigerian').speaker).toBeNull();
  });

  test('the same words after a caption names him are his', () => {
    const article = analyze(HEADLINE, SITE, 'Christian Purefoy', BLURB, INTRO, ...SAID);
    expect(attribution(article, 'BattaBox is everything Nigerian').speaker).toBe('Christian Purefoy');
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/otherVoiceNear.ts, as the one-speaker pass (soleSpeaker.ts) asks it. The Wilson paragraphs are from NASA,
// "Looking Back, Moving Forward: Interview with NESC Director, Tim Wilson" (nasa_article_553 of katie-hofschen/NASA_RAG,
// public domain), in neither half of the corpus.
const WILSON = [
  'When he joined the newly formed NESC in 2003, Mr. Wilson could not have predicted the impact the organization would have on Agency operations. “To be honest, I didn’t really think we’d still be here,” he said. “The NESC was an experiment.” The vision for the organization was straightforward, but the execution was far more challenging than Mr. Wilson expected.',
  '“When we started those first assessments with the CALIPSO satellite and Shuttle, we had to elbow our way to the table to be accepted. We were new, and no one knew who we were or what we were doing.” Though Agency leadership had given them the green light, it was up to Mr. Wilson and the NESC’s early members to prove they deserved a seat at those tables. “You have to produce some results before folks respect you,” he said.',
  '“These are real-time activities where you have to engage immediately and be able to add value out of the chute. You don’t have time to come up to speed on the system,” Mr. Wilson said.',
] as const;

// A profile may let another voice speak with no cue: the writer names them, or the saying, in the sentence next to the
// quote. Neither the development half nor the fresh pools (NASA_RAG, Wikinews 2019/2020) held such a paragraph in a
// one-speaker article, so these are the Wilson profile above with one paragraph of that shape added.
describe('the one speaker of a profile leaves a quote another voice may have said', () => {
  const profile = (...paragraphs: Array<string>) =>
    analyze('NESC Director Tim Wilson looks back', 'NESC Director Tim Wilson spends much of his day prioritizing requests.', ...WILSON, ...paragraphs);

  test('a colleague named just before the quote', () => {
    const article = profile(
      'His longtime deputy, Sarah Klein, remembers his first week at the center. “He walked into the lab and asked for the hardest problem we had. Nobody had ever done that before.”',
    );
    expect(attribution(article, 'He walked into the lab')).toMatchObject({ speaker: null });
  });

  test('someone the names leave unknown, described by a "who" clause in the paragraph before', () => {
    const article = profile(
      'Klein, who worked beside him for a decade, remembers his first week.',
      '“He walked into the lab and asked for the hardest problem we had. Nobody had ever done that before.”',
    );
    expect(attribution(article, 'He walked into the lab')).toMatchObject({ speaker: null });
  });

  test('a note from a relative, a motto, or a father’s advice named next to the quote', () => {
    const note = profile(
      'A framed note from his grandfather still hangs above his desk. “Never stop asking questions, and never be afraid of the answers you find.”',
    );
    expect(attribution(note, 'Never stop asking questions')).toMatchObject({ speaker: null });
    const motto = profile('The team’s motto hangs above the door of the NESC office. “Failure is not an option when lives depend on what we build.”');
    expect(attribution(motto, 'Failure is not an option')).toMatchObject({ speaker: null });
    const advice = profile(
      '“Always leave the campsite better than you found it when you go home.” That was his father’s advice, and Wilson has followed it ever since.',
    );
    expect(attribution(advice, 'Always leave the campsite')).toMatchObject({ speaker: null });
  });

  test('narration about the profiled person alone still gives the quote to them', () => {
    const article = profile(
      'With capped budgets, the NESC must adjust its scope continually to keep up with the increasing tempo of space exploration. For now, that means focusing on what is most critical and has the highest payback. “We’ll continue to focus on the heavy hitters, the programs that are flying and have a critical immediate need. There are a lot of those, and the pace is ramping up.”',
    );
    expect(attribution(article, 'We’ll continue to focus')).toMatchObject({ speaker: 'Tim Wilson' });
  });
});

import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/namedBefore.ts: a quote-only paragraph in the first person after a paragraph about one person, its subject.
// NASA Stennis and Armstrong articles (public domain, works of the US federal government), not in the corpus.

describe('a quote after a paragraph that names its speaker without a speech verb', () => {
  test('is the words of the person the paragraph is about', () => {
    const article = analyze(
      'Stennis employee profile',
      'Cherie Beech works in the NASA Stennis Office of the Chief Information Officer.',
      'Beech began her NASA Stennis career as a scheduler with Lockheed Martin. Her role evolved to include work with budget submissions, and communication and outreach, among other functions. Beech continued working across multiple contracts through the years. She subsequently was hired as a civil servant by NASA in 2020.',
      '“Once I was at NASA Stennis, then I realized there is a lot here to offer for all careers. Since being here, I have learned all the necessary technical knowledge.”',
    );
    expect(attribution(article, 'Once I was at NASA Stennis')).toMatchObject({ speaker: 'Cherie Beech', resolution: 'continuation', cue: null });
  });

  test('is no one’s when the paragraph before is about two people', () => {
    const article = analyze(
      'Stennis employee profile',
      'Cherie Beech began her career as a scheduler. Later she worked with Tom Reyes on budget submissions.',
      '“Once I was at NASA Stennis, then I realized there is a lot here to offer for all careers.”',
    );
    expect(attribution(article, 'Once I was at NASA Stennis').speaker).toBeNull();
  });

  test('is no one’s when the person is not the subject, or the quote does not speak as one person', () => {
    const victim = analyze(
      'Crash on the highway',
      'The crash on Friday killed John Whitford, a teacher.',
      '“I saw the truck cross the line and then there was fire everywhere.”',
    );
    expect(attribution(victim, 'I saw the truck').speaker).toBeNull();
    const third = analyze(
      'Stennis employee profile',
      'Cherie Beech began her career as a scheduler.',
      '“The center is a great place to work and there is a lot here to offer for all careers.”',
    );
    expect(attribution(third, 'The center is a great place').speaker).toBeNull();
  });
});

// usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21 (18F, public domain; the session 56 held-out batch).
describe('a quote after a line whose title words an office’s initials open and "and" joins', () => {
  const HEADLINE = 'Every Kid in a Park: Why we can’t stop smiling';
  const QUOTE = '“I’ve heard a few people say that it’s a good looking site. In the space we live in, if they’re not complaining, then we did a good job.”';

  test('is the words of the person the title leads to ("18F Developer and Product Manager Shashank Khandelwal …")', () => {
    const article = analyze(
      HEADLINE,
      'Despite hefty website traffic, we’ve fielded relatively few questions from users.',
      '18F Developer and Product Manager Shashank Khandelwal was heartened by the response.',
      QUOTE,
    );
    expect(attribution(article, 'I’ve heard a few people say')).toMatchObject({ speaker: 'Shashank Khandelwal', resolution: 'continuation', cue: null });
  });

  test('is no one’s when words of a clause, not a title, come before the name ("After the launch 18F Developer …")', () => {
    const article = analyze(
      HEADLINE,
      'Despite hefty website traffic, we’ve fielded relatively few questions from users.',
      'After the launch 18F Developer Shashank Khandelwal was heartened by the response.',
      QUOTE,
    );
    expect(attribution(article, 'I’ve heard a few people say').speaker).toBeNull();
  });
});

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

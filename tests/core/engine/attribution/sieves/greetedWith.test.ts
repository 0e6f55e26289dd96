import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/greetedWith.ts: "X greeted them with, “…”" — the greeting is X's.
// NASA, "35 Years Ago: STS-30 Launches Magellan to Venus" (nasa_article_126.md of katie-hofschen/NASA_RAG, not in the corpus).

const HEADLINE = '35 Years Ago: STS-30 Launches Magellan to Venus';
const WAKE_UP =
  'On May 8, the astronauts awakened for their final day in space. The wake-up call from Mission Control consisted of a barking dog followed by The Beatles song “A Hard Day’s Night.” Capcom Kenneth D. Cameron greeted them with, “Good morning! It’s time to come home.” In preparation for reentry, the astronauts donned their orange LESs and closed the payload bay doors.';

describe('greeted with', () => {
  test('"Capcom Kenneth D. Cameron greeted them with, “…”" is Cameron’s', () => {
    const article = analyze(HEADLINE, WAKE_UP);
    expect(attribution(article, 'Good morning! It’s time to come home.')).toMatchObject({ kind: 'direct', speaker: 'Kenneth D. Cameron' });
  });

  test('a crowd that welcomed them with words is no person: the words stay unattributed', () => {
    const article = analyze(HEADLINE, WAKE_UP.replace('Capcom Kenneth D. Cameron greeted them with,', 'The crowd at the landing site welcomed them with,'));
    expect(attribution(article, 'Good morning! It’s time to come home.').speaker).toBeNull();
  });

  test('one who "was greeted with" words is not their speaker: the greeters are', () => {
    const article = analyze(HEADLINE, WAKE_UP.replace('Capcom Kenneth D. Cameron greeted them with,', 'Capcom Kenneth D. Cameron was greeted with,'));
    expect(attribution(article, 'Good morning! It’s time to come home.').speaker).toBeNull();
  });
});

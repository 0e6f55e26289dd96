import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/headlineStatement.ts: a "Statement from …" page whose body is the statement. The paragraphs are from NASA,
// "Statement from NASA’s Janet Petro on Fiscal Year 2025 Budget Request", 2024 (nasa_article_561 of
// katie-hofschen/NASA_RAG, public domain), in neither half of the corpus.

const PETRO = [
  'Statement from NASA’s Janet Petro on Fiscal Year 2025 Budget Request',
  'NASA Kennedy Space Center Director Janet Petro. NASA/Cory Huston',
  '“The rollout of the President’s 2025 budget offers the opportunity to highlight some of the exciting happenings that are helping launch humanity’s future at NASA’s Kennedy Space Center in Florida. Every dollar spent on the agency goes toward U.S. prosperity and improving life on Earth.',
  '“Along the way, NASA is helping grow the domestic market. Kennedy has led the way in developing relationships that are so instrumental to our nation’s future in space.',
  'Through more than 90 commercial partners and nearly 250 partnership agreements, our spaceport provides continuous access to space using the same creativity and innovation that have become the hallmark of our agency.',
  '“We do all of this thanks to our diverse and talented workforce. Our employees are second to none, and they are the reason that Kennedy has ranked among the Best Places to Work in the Federal Government for five years in a row.”',
] as const;

describe('a statement page', () => {
  test('the quote paragraphs under "Statement from NASA’s Janet Petro on …" are hers, across a paragraph that lost its mark', () => {
    const article = analyze(...PETRO);
    for (const opening of ['The rollout of the President’s 2025 budget', 'Along the way, NASA is helping', 'We do all of this thanks']) {
      expect(attribution(article, opening)).toMatchObject({ kind: 'direct', speaker: 'Janet Petro', resolution: 'name' });
    }
  });

  test('a quote after the statement has closed is not carried into it', () => {
    const article = analyze(...PETRO, '“It is a great day for Florida,” said Bill Nelson, the NASA Administrator.', '“We are ready.”');
    expect(attribution(article, 'It is a great day for Florida')).toMatchObject({ speaker: 'Bill Nelson' });
    expect(attribution(article, 'We are ready.').speaker).not.toBe('Janet Petro');
  });

  test('a headline that names no one the body names leaves the statement unattributed', () => {
    const article = analyze('Statement on Fiscal Year 2025 Budget Request', ...PETRO.slice(1));
    expect(attribution(article, 'The rollout of the President’s 2025 budget')).toMatchObject({ speaker: null });
  });

  test('a quote a cue gives to someone else is no part of the statement', () => {
    const article = analyze(PETRO[0], PETRO[1], '“Every dollar counts,” said Bill Nelson, the NASA Administrator.');
    expect(attribution(article, 'Every dollar counts')).toMatchObject({ speaker: 'Bill Nelson' });
  });
});

import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// skippedRuns.ts: the runs the votes left unsettled: a full name the article goes on to call by its surname alone, or
// one listed next to a person, is a person; a lone headline word that is a body's one surname is that person.

// wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10 (development half), as published: the headline
// calls the scorer by surname before the body names him in full.
test('"Umtiti scores only goal" in the headline is Samuel Umtiti, whom the body names after it', () => {
  const found = findEntities(
    [
      'FIFA World Cup 2018 semifinals: Umtiti scores only goal, France reaches finals beating Belgium',
      'On Tuesday, France defeated Belgium 1–0 in the FIFA football World Cup semifinals. Samuel Umtiti scored the only goal of the match, and France is to play Croatia in the final.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(found.map((e) => [e.name, e.mentions.map((m) => m.block)])).toEqual([['Samuel Umtiti', [0, 1]]]);
});

// Made on the same headline: a headline word the article also writes in lower case is a common word, nobody's surname.
test('a headline word the body writes as a common word stays no one\'s surname ("Goal" … "Mark Goal" … "the goal")', () => {
  const found = findEntities(['Goal decides semifinal', 'Mark Goal watched. The only goal came late.'], 0).entities.filter((e) => e.type === 'person');
  expect(found.flatMap((e) => e.mentions.map((m) => m.block))).not.toContain(0);
});

import { HOSTILE_SHAPES, textOfShape } from '../../support/hostileShapes';
import { problemsOf } from '../../support/hostileText';

// Each shape a rule was written for, at 20 KB: many copies in one paragraph or numbered ones, so a rule that miscounts
// an offset once per copy shows here. How each grows from 50 to 200 KB is `npm run bench`'s to measure.
test.each(HOSTILE_SHAPES)('the engine reads 20 KB of %s without throwing, and every span matches', (_, shape) => {
  expect(problemsOf(textOfShape(shape, 20_000))).toEqual([]);
});

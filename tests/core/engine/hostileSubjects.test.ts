import { expect, test } from 'vitest';
import { numberedTo200KB, problemsOf } from '../../support/hostileText';

// The unnamed and outlet subjects of session 32 (reported/countedSubject.ts, unnamedGroup.ts oneNameSubject,
// accordingSource.ts authors after "by"), each numbered so the cleaner does not fold its paragraphs away as repeats, to
// about 200 KB in one paragraph: each rule reads a bounded stretch before its verb, so the limit tells a hang from
// slowness (as in hostile.test.ts).

const SHAPES: ReadonlyArray<[string, (i: number) => string]> = [
  ['"More than two million people replied …"', (i) => `More than two million people replied they would attend ${i}. Over ${i} residents said it was cold. `],
  [
    '"A 2015 federal court decision said …"',
    (i) => `A 2015 federal court decision said the guarantee did not apply ${i}. Police statements said they went wild ${i}. `,
  ],
  ['"Residents there told the press …"', (i) => `Residents there told the press the officers claimed to be seeking ${i} bombs. `],
  ['"…; TVN24 reported …"', (i) => `Brudziński said Adamowicz was in a "serious" condition; TVN24 reported he received surgery ${i}. `],
  [
    '"According to projections by X and Y, …"',
    (i) => `According to projections by CNN and NPR, he won in ${i} states. Per numbers reported by The Associated Press, ${i} were. `,
  ],
  [
    '"Trump and his supporters claimed …", "reported recently that …"',
    (i) => `Trump and his supporters claimed ${i} votes were lost. The System reported recently that ${i} were fed. `,
  ],
  ['a long run of capitals before a verb', (i) => `${'Alpha Beta Gamma Delta '.repeat(20)}reported ${i} were hurt; ${'Omega '.repeat(30)}said so. `],
];

test.each(SHAPES)('the engine reads 200 KB of %s without hanging, and every span matches', { timeout: 120_000 }, (_, shape) => {
  expect(problemsOf(numberedTo200KB(shape))).toEqual([]);
});

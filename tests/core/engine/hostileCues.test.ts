import { problemsOf, repeatedTo200KB } from '../../support/hostileText';

// The 200 KB shapes are split over hostile*.test.ts files of a few tens of seconds each (on a loaded two-core machine),
// so that Vitest's two workers share them: in one file they kept one worker busy for 2½ minutes after the other was done.

// Each cue shape added in session 30 repeated to about 200 KB, in one paragraph where the shape has no paragraph break of
// its own: a rule that reads a whole block or sentence again for each quote or sentence in it turns quadratic here (blanking
// nicknames over the whole block did: 113 s for the nickname shape, 13 s now). The limit tells a hang from slowness.
const SHAPES: ReadonlyArray<[string, string]> = [
  ['"Per <source>, …"', 'Per the decree signed by the king, priests are expected to notify officials. Per Nilsson, a spokesman, said so. '],
  [
    '"told local media" and a role before a quotation',
    'Duda told local media the heart was restarted. He told radio host Charlamagne tha God "if you have a problem" ',
  ],
  // "The music prompted Walker to say, “…”" repeated is left out: it was superlinear before its rule came (6 s for 50 KB,
  // 17 s for 100 KB), and the rule only reads the last 200 characters before each quote.
  ['"greeted them with"', 'Cameron greeted them with, “Good morning!” '],
  ['"With those words, X announced"', '“Houston, we are returning to Earth!” With those words, Stafford announced that the burn had succeeded. '],
  [
    'a first-person aside between dashes',
    'Although she decided not to stay – “I considered it, but I was ready to get a job” – Flores credits the internship. ',
  ],
  ['"issued the following statement from X:"', 'The palace issued the following statement from the king: "It is over." '],
  ['"while <Name> <verb>" after reported words', 'Blankenship and Carroll expressed opposition to the plan while La Riva fully endorsed it. '],
  ['a trailing cue closed by a colon', 'It seems that the government should consider an alternative, the gynecologist explained:\n\n'],
  ['a colon quote then "he argued"', 'Blankenship concurred: "We need to stop policing the world", he argued. '],
  ['"and according to X he …"', 'Mugabe was hospitalized this year and according to the Ministry of Foreign Affairs he died at the hospital. '],
];

test.each(SHAPES)('the engine reads 200 KB of %s without hanging, and every span matches', { timeout: 120_000 }, (_, shape) => {
  expect(problemsOf(repeatedTo200KB(shape))).toEqual([]);
});

import { problemsOf, repeatedTo200KB } from '../../support/hostileText';

// The 200 KB shapes are split over hostile*.test.ts files of a few tens of seconds each (on a loaded two-core machine),
// so that Vitest's two workers share them: in one file they kept one worker busy for 2½ minutes after the other was done.

// The speaker shapes added in session 30 and the shapes of session 31, repeated to about 200 KB in one paragraph as in
// hostileCues.test.ts (blanking nicknames over the whole block was quadratic: 113 s for the nickname shape, 13 s once it
// was not). The limit tells a hang from slowness.
const SHAPES: ReadonlyArray<[string, string]> = [
  ['a nickname inside a name after an opening clause', 'When Anders announced that he would retire, Thomas K. “Ken” Mattingly began training. '],
  ['a lower-case brand opening a sentence', "sales fell without authorisation.  youtube-dl's source code had tests. "],
  ['a signature with initials after a dash', '"In 2004, DARPA researchers surveyed the field." - P.W. Singer\n\n'],
  ['a unit "X and Y team"', 'The announcement also mentioned GitHub Trust and Safety team would treat tickets as a "top priority". '],
  ['a lone capital before a quotation', 'It was published in the journal Physical Review D. “If we find them, it is big.” '],
  // Session 31: a one-speaker profile's cue-less quotes next to another voice (soleSpeaker.ts, otherVoiceNear.ts), a
  // "Statement from" page (headlineStatement.ts) and "In the analysis of X," (reported/inViewOf.ts).
  [
    'a profile whose cue-less quotes sit next to another voice',
    '“You have to produce some results before folks respect you,” Tim Wilson said. Klein, who worked with him, remembers his motto. “He walked into the lab and asked for the hardest problem we had.” ',
  ],
  [
    'a statement page with no cue',
    'Statement from NASA’s Janet Petro on the Budget\n\n“Kennedy is proud to support the administration’s goals and priorities for NASA.\n\n',
  ],
  ['"In the analysis of X,"', 'In the analysis of the German Institute for Economic Research, the high costs render the project unrealistic. '],
];

test.each(SHAPES)('the engine reads 200 KB of %s without hanging, and every span matches', { timeout: 120_000 }, (_, shape) => {
  expect(problemsOf(repeatedTo200KB(shape))).toEqual([]);
});

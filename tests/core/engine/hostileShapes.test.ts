import { problemsOf, repeatedTo200KB } from '../../support/hostileText';

// The 200 KB shapes are split over hostile*.test.ts files of a few tens of seconds each (on a loaded two-core machine),
// so that Vitest's two workers share them: in one file they kept one worker busy for 2½ minutes after the other was done.

// The cue and speaker shapes of session 32, repeated to about 200 KB in one paragraph as in hostileCues.test.ts: a rule that
// reads a whole block or sentence again for each quote or sentence in it turns quadratic here. The limit tells a hang
// from slowness.
const SHAPES: ReadonlyArray<[string, string]> = [
  // Session 32: the cue and speaker shapes of that night's engine lanes, each as the sentence its rule was written for.
  ['"<lower-case title> Dr <Name>"', 'MIT professor Dr Sara Seager said the planet may hold water. '],
  ['a chess title before a name', '"We will win," said IM Dorsa Derakhshani. '],
  [
    'an opening cue and a closing one',
    'He said Zelensky is "a model of honesty for me"; however, "to remove doubts", he added. He said it was fair, Smith added. ',
  ],
  ['"The scientists behind X"', 'The scientists behind the present study only noted various hypotheses. '],
  ['"with A calling … and B calling …"', 'It passed, with Steve Scalise of Louisiana calling it a sham and Ross Spano of Florida calling the process unfair. '],
  ['"published a report by …, saying"', 'The journal Science published a report by a team from Ohio, saying the ice was thin. '],
  ['"announced on Friday <clause>"', 'The commission announced on Friday the debate between Donald Trump and Joe Biden has been cancelled. '],
  ['"told reporter X of <outlet> <clause>"', "Jones told reporter Tom Hale of VOA's Studio 7 for Zimbabwe the police investigation was over. "],
  ['"Media reports said"', 'Media reports said the fire was out. '],
  ['experts by their ending after a semicolon', 'Egyptologists have reported the tomb was looted; and seismologists have said it shook. '],
  ['a long subject and its auxiliary', 'Officials reported three malls in Davao City and Gaisano Mall in Digos City were damaged. '],
  ['"A study published in … reported"', 'A study published in the Journal of Threatened Taxa reported authorities seized birds. '],
  ['"Democrats in Congress"', 'Democrats in Congress vowed to investigate whether Pompeo used staff. '],
  ['"I say that jokingly, but"', 'I say that jokingly, but it is true. '],
  ['"a noted Civil Rights activist"', 'Her mother, who was a noted Civil Rights activist, said nothing. '],
  [
    'a long lower-case title after a final "said"',
    'The plan would hurt farmers, said democracy and governance program director Peter Kagwanja of the Human Science Research Council in South Africa. ',
  ],
  ['"a process X described as"', 'It was a process Zapata described as being tricky because the boat moved. '],
  [
    'paper titles in sentence case',
    'The paper, titled; Sea ice loss in the Arctic, was published. The journal published online “Ice loss and heat” by Smith et al. ',
  ],
  // Session 32: a judging verb with a decision as its object (reported/judgedAct.ts), and one with people, which is no quote.
  [
    '"applauded calls by …", "attacked the proclamation of …"',
    'Tsvangirai applauded calls by the community to delay runoff elections. Erdogan also attacked the proclamation of the heights as territory, and rebels attacked the convoy. ',
  ],
  ['"claimed to be …" (reported/claimedToBe.ts)', 'West claimed to be in communication with Kushner. A man who claims to have been there left. '],
];

test.each(SHAPES)('the engine reads 200 KB of %s without hanging, and every span matches', { timeout: 120_000 }, (_, shape) => {
  expect(problemsOf(repeatedTo200KB(shape))).toEqual([]);
});

import { typeFromOwnWriting } from '../../../../src/core/engine/sources/ownWriting';

// sources/ownWriting.ts: one whom no role word describes, whose quote's cue says they wrote, commented, tweeted or
// posted the words, or voiced a view of their own (lexicon/opinionVerbs.ts), is a citizen. Cues from the dev half of tests/fixtures/real and from fresh Global Voices, Wikinews
// and NASA pages.

/** The type and evidence read from the cue `cue` in `text`. */
function read(text: string, cue: string, roleNear = false): [string, string] | null {
  const start = text.indexOf(cue);
  const found = typeFromOwnWriting([text], [{ block: 0, start, end: start + cue.length }], roleNear);
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  ['Megh Roddur writes: "Cinema halls are closing down one after another"', 'Megh Roddur writes'],
  ['Joichi Ito wrote: "Unfortunately, the Japanese media seem to have missed the point"', 'Joichi Ito wrote'],
  ['He also commented, "I think I can go even faster."', 'He also commented'],
  ['Matt Drudge posted, "The race is tightening"', 'Matt Drudge posted'],
  // gv-pakistan-gilani-contempt-verdict-reactions: "comments" before the colon is the verb, not the noun.
  ['Nazar M. Chohan comments:', 'Nazar M. Chohan comments:'],
  ['The Supreme Court had always played a role in belittling democracy and always supported dictatorship. He comments:', 'He comments:'],
])('"%s": someone putting out their own words in writing is a citizen', (text, cue) => {
  expect(read(text, cue)).toEqual(['citizen', cue]);
});

test.each([
  // gv-zambia-fuel-shortages-malawi-donation-2012-05-21.
  ['Mubiana Sitwala disagrees:', 'Mubiana Sitwala disagrees'],
  ['Gift Mbewe reminds Zambians that this is not the first time Zambia experiences fuel shortages:', 'Gift Mbewe reminds'],
  // gv-israel-racism-african-asylum-seekers-2012-05-21.
  ['Erez Raviv joked:', 'Erez Raviv joked'],
])('"%s": someone voicing a view of their own is a citizen', (text, cue) => {
  expect(read(text, cue)).toEqual(['citizen', cue]);
});

test.each([
  ['a role word near a mention says more', 'Mubiana Sitwala disagrees:', 'Mubiana Sitwala disagrees', true],
  ['a role word in an opinion cue', 'Health Minister Jane Banda criticized the plan:', 'Health Minister Jane Banda criticized', false],
  // wikinews-british-white-paper-public-health-2004-11: "argued" is an officer's verb as often as anyone's.
  ['a verb of arguing', 'Mr. Reid has argued against a ban.', 'Mr. Reid has argued', false],
  ['a verb of explaining', 'Ana Ruiz explains why the video moved her:', 'Ana Ruiz explains', false],
  ['a role word near a mention says more', 'Jan Nowak wrote, "We will rebuild."', 'Jan Nowak wrote', true],
  [
    "the cue's own role word",
    'Red Hat\'s Chief Technical Officer Chris Wright wrote, "We are committed"',
    "Red Hat's Chief Technical Officer Chris Wright wrote",
    false,
  ],
  ['words written in a report', 'Ana Ruiz wrote in a report to the board that the bridge was unsafe', 'Ana Ruiz wrote', false],
  ['words written in a journal', 'Lee wrote in the journal Nature that the ice was thinning', 'Lee wrote', false],
  ['a cue of saying', 'Ana Ruiz said, "We will appeal."', 'Ana Ruiz said', false],
  ['"comments" as a noun', 'Ana Ruiz said in comments to the BBC that she would appeal.', 'Ana Ruiz said in comments to the BBC', false],
])('no citizen from the cue: %s', (_, text, cue, roleNear) => {
  expect(read(text, cue, roleNear)).toBeNull();
});

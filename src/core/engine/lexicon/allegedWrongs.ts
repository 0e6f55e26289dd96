/**
 * Nouns for a wrong that a claim or an allegation charges someone with, which the claim's object names with no determiner
 * before it: "The president … has claimed widespread voter fraud with mail-in ballots"
 * (wikinews-violence-washington-dc-pro-trump-protest-2020-11-17), "alleged police misconduct". The noun phrase is what
 * was claimed, as the object of an object-noun cue is (docs/annotation-guide.md, "Directive and object-noun cues").
 * Lower case.
 */
export const ALLEGED_WRONGS: ReadonlySet<string> = new Set([
  'fraud',
  'corruption',
  'misconduct',
  'wrongdoing',
  'irregularities',
  'interference',
  'collusion',
  'cheating',
  'rigging',
  'abuses',
  'negligence',
  'mismanagement',
  'malpractice',
  'discrimination',
  'harassment',
  'mistreatment',
]);

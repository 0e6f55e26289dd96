/**
 * Plural presents of reporting verbs beyond `pluralPresent.ts`'s and the round-ups' (`roundUpPresents.ts`): what a group
 * of unnamed speakers "state", "reveal" or "urge" (`Police state she contacted them earlier …`, wikinews-brazilian-footballer-
 * ex-policeman-arrested-barbaric-murder-2010-07-11; `They also mention a quickly forming generation gap within the
 * subculture`, Global Voices). The verbs are the one-word communication verbs of the reporting-verb lexicon
 * (`reportingVerbs.ts`) whose base form is not already a cue there, chosen from the verbs of saying, of complaint and of
 * advice in Levin's classes of verbs of communication (Levin 1993, 37.7–37.9) and the attribution cues of PARC 3.0
 * (Pareti 2016): verbs of thinking ("feel") and the ones whose base form is mostly a noun or another act ("call", "post",
 * "term", "object", "reason", "voice", "signal") are left out. Each is as often a noun or an imperative ("the state",
 * "please state"), so it cues only right after a plural group that speaks, as the others do. Lower case.
 */
export const REPORTING_PRESENTS: ReadonlySet<string> = new Set([
  'state',
  'add',
  'mention',
  'reveal',
  'disclose',
  'indicate',
  'observe',
  'reiterate',
  'reaffirm',
  'affirm',
  'underline',
  'underscore',
  'highlight',
  'urge',
  'advise',
  'caution',
  'recall',
  'recount',
  'describe',
  'testify',
  'vow',
  'pledge',
  'promise',
  'blame',
  'praise',
  'commend',
  'express',
  'remark',
  'concur',
  'specify',
]);

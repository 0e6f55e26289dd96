/**
 * Adverbs that may stand between a described subject and its verb: one of time, or one a judgement or a report is passed
 * with (`Security experts roundly criticized the program`, wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06; `The
 * spokesperson for the German government strongly condemned the attack`, wikinews-germany-navalny-poisoned-novichok-2020-
 * 09-05; `the government allegedly criticized Hosni's creation of new cities`, wikinews-former-egyptian-president-mubarak-
 * dies-2020-02-27). A narrower list than `ADVERBS` (adverbs.ts), which also holds the auxiliaries and time words found
 * between a name and its verb. Lower case.
 */
export const DESCRIBED_SUBJECT_ADVERBS: ReadonlyArray<string> = [
  'also',
  'later',
  'previously',
  'earlier',
  'initially',
  'separately',
  'then',
  'roundly',
  'sharply',
  'strongly',
  'openly',
  'publicly',
  'widely',
  'harshly',
  'fiercely',
  'repeatedly',
  'vehemently',
  'firmly',
  'formally',
  'officially',
  'allegedly',
  'reportedly',
];

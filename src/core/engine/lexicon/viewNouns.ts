/**
 * Nouns for a source's view or report that make a sentence's opening "In the <noun> of X," name X as the source of the
 * clause after it, as "According to X," does: "In the analysis of the German Institute for Economic Research, …"
 * (wikinews-greek-pm-eastmed-pipeline-open-2020-01-10), "In a situational report of NDRRMC, …"
 * (wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22). Not nouns of time or process ("In the course of",
 * "In the wake of", "In the absence of"), which name no one's words. Lower case, singular and plural.
 */
export const VIEW_NOUNS: ReadonlySet<string> = new Set([
  'view',
  'views',
  'opinion',
  'analysis',
  'assessment',
  'estimation',
  'words',
  'judgment',
  'judgement',
  'report',
  'statement',
]);

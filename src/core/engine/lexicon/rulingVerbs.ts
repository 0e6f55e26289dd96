/**
 * Past forms of verbs a court, panel or inquiry states its finding with, which take a that-clause as a speech verb
 * does: "Colin Sutherland, … decided, according to the summary, "that …"" (wikinews-scottish-court-finds-parliament-
 * suspension-unlawful-2019-09-13). Lower case. Such verbs that are speech verbs ("concluded", "declared") are read as
 * those (`REPORTING_VERBS`), and not listed again here.
 */
export const RULING_VERBS: ReadonlySet<string> = new Set(['decided', 'ruled', 'held', 'found', 'determined', 'judged']);

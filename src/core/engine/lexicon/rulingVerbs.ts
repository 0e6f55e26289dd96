/**
 * Past forms of verbs a court, panel or inquiry states its finding with, which take a that-clause as a speech verb
 * does: "Colin Sutherland, … decided, according to the summary, "that …"" (wikinews-scottish-court-finds-parliament-
 * suspension-unlawful-2019-09-13). Lower case.
 */
export const RULING_VERBS: ReadonlySet<string> = new Set(['decided', 'ruled', 'held', 'found', 'concluded', 'determined', 'judged', 'declared']);

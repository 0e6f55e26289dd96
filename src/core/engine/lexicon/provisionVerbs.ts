/**
 * Verbs by which a written instrument (an agreement, a law, a contract) lays down what it holds, with a "that" clause: "the
 * agreement between Mofaz and Netanyahu, which stipulates that the new coalition will pass a law …"
 * (gv-israel-mofaz-derided-unity-government-2012-05-09). They are no speech verbs of a person, so not REPORTING_VERBS:
 * only `reported/relativeReport.ts` reads them, after ", which".
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const PROVISION_VERBS: ReadonlySet<string> = new Set(['stipulates', 'stipulated', 'provides', 'provided']);

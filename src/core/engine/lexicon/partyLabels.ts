/**
 * A US party's member in the singular, the label American news sets before a politician's name in place of an office:
 * "Republican John McCain of Arizona" (wikinews-trump-defends-sharing-classified-information-russians-2017-05-16),
 * "Democrat Chuck Schumer of New York" (wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05),
 * read by `sources/partyLabel.ts`. The plural is `partyMembers.ts`. Capitalised, as written.
 */
export const PARTY_LABELS: ReadonlySet<string> = new Set(['Republican', 'Democrat']);

/**
 * The members of a US party in the plural, written capitalised before their names: "Republicans John McCain and Lindsey
 * Graham" (wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05), read by
 * `entities/peoplesBefore.ts`. As the last word of a body's name ("College Republicans") the same words are heads of an
 * organisation's name (`orgHeads.ts`).
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['Republicans', 'Democrats']);

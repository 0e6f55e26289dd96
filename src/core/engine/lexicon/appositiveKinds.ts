/**
 * Kind nouns that head an organisation's appositive though news seldom sets them before its name: ", the national
 * meteorological service for Ireland," after "Met Éireann" (wikinews-hurricane-lorenzo-hits-azores-2019-10-02); before a
 * name "service" is more often a ceremony's ("a memorial service Tuesday"), so it is not in `organizationKinds.ts`.
 * Lower case.
 */
export const APPOSITIVE_KINDS: ReadonlyArray<string> = ['service'];

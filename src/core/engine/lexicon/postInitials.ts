/**
 * A company post written as its initials, in capitals: set off after a name, it is that person's role as the words
 * would be ("Elon Musk, CEO and CTO of SpaceX, said", wikinews-spacex-test-fires-falcon-9-texas-2008-11-24; "Dave Lewis,
 * CEO of Tesco,"). `personRoleNouns.ts` holds the roles in lower case, as they are written in running text.
 */
export const POST_INITIALS: ReadonlyArray<string> = ['CEO', 'CFO', 'COO', 'CTO'];

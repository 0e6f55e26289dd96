/**
 * Words that open a news outlet's name and no person's: "Daily Xtra", "Daily Mail", "Gazeta Prawna" (Polish and
 * Portuguese for gazette). A capitalised name of two or more words opening with one is an organisation. The words
 * that end an outlet's name are in `outletHeads.ts`. Capitalised as in a name.
 */
export const OUTLET_OPENERS: ReadonlySet<string> = new Set(['Daily', 'Weekly', 'Gazeta', 'Gazzetta']);

/**
 * Words that make an office of `OFFICE_HEADS` (officeHeads.ts) a government's: a tier of government ("tribal", "state",
 * "county") or a public service only governments run ("civil defense"). Not "regional" or "local", which a company's
 * office may be. Lower case.
 */
export const PUBLIC_OWNERS: ReadonlySet<string> = new Set([
  'tribal',
  'state',
  'federal',
  'city',
  'county',
  'municipal',
  'provincial',
  'government',
  'defense',
  'defence',
]);

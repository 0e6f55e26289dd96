/**
 * Role words of spokespersons (`sourceRoles.ts`): who speaks for a body by office, "a spokeswoman for", "press
 * secretary", "public affairs officer". Lower case.
 */
export const SPOKESPERSON_ROLES: ReadonlyArray<string> = [
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
  'representative',
  // "Police press officer Monika Kosiec", "public affairs officer for the Army's …": an officer whose office is the press.
  'press officer',
  'public information officer',
  'public affairs officer',
  'public affairs specialist',
];

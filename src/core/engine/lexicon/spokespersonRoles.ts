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
  // "First Lady Laura Bush" (voa-bush-approves-refugee-funding-2008-06-20): the head of state's spouse holds no office
  // and speaks for the administration; a former one ("Former First Lady Michelle Obama") speaks for herself
  // (`formerRole.ts`), as wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 and
  // wikinews-sarah-brady-dies-aged-73-2015-04-04 type them.
  'first lady',
];

/**
 * Capitalised nouns for the people a party or a union speaks for, written as a possessive inside its name: "Worker's
 * Party", "People's Action Party" (Global Voices, Singapore, May 2012), "Women's Equality Party", "Farmers' Union". A
 * person's or a place's possessive before a name ("John Lydon's Public Image Ltd.", "Brazil's National Institute for
 * Space Research") owns the organisation and is no part of its name, so only these open one.
 */
export const GROUP_POSSESSORS: ReadonlySet<string> = new Set([
  'People',
  'Peoples',
  'Worker',
  'Workers',
  'Women',
  'Children',
  'Citizen',
  'Citizens',
  'Farmer',
  'Farmers',
  'Veteran',
  'Veterans',
  'Teacher',
  'Teachers',
  'Student',
  'Students',
  'Journalist',
  'Journalists',
  'Nation',
  'Nations',
]);

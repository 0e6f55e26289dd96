/**
 * Capitalised compounds that open with a title word ("General", "Executive", "Gen", "Agent", "Captain", "Command") and
 * name a company, a body, an office, a programme, a document or a thing, never a titled person: "Under Armour and
 * General Electric", "the Office of General Counsel", "consistency with Executive Orders", "Gen Zers who", "exposed to
 * Agent Orange", "the Command Module (CM)". Each with the kind of entity it is, or null where it is none.
 *
 * Entries are written as in text, matched case-sensitively against a whole run of capitalised words.
 */
export const TITLE_COMPOUNDS: ReadonlyArray<readonly [string, 'organization' | null]> = [
  ['General Electric', 'organization'],
  ['General Motors', 'organization'],
  ['General Dynamics', 'organization'],
  ['General Atomics', 'organization'],
  ['General Mills', 'organization'],
  ['General Magic', 'organization'],
  ['General Assembly', 'organization'],
  ['General Staff', 'organization'],
  ['General Counsel', null],
  ['General Election', null],
  ['General Observer', null],
  ['Executive Order', null],
  ['Executive Orders', null],
  ['Gen Z', null],
  ['Gen Zers', null],
  ['Agent Orange', null],
  ['Captain America', null],
  ['Command Module', null],
];

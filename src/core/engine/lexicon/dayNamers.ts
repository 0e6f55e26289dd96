/**
 * Capitalised words that make a day of the week after them a feast's or an event's name, not a date: "Good Friday",
 * "Super Tuesday", "Easter Sunday", "Remembrance Sunday", "Bloody Sunday" (all in the session 59 development half), and
 * their kin. Written as in a name and matched case-sensitively.
 */
export const DAY_NAMERS: ReadonlySet<string> = new Set([
  'Ash',
  'Black',
  'Bloody',
  'Cyber',
  'Easter',
  'Good',
  'Holy',
  'Maundy',
  'Palm',
  'Remembrance',
  'Shrove',
  'Super',
  'Whit',
]);

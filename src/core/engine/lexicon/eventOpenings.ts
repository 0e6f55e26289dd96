/**
 * The words an event's name opens with, however much a person's name follows them: "Hurricane Joaquin", "Operation
 * Murambatsvina", "Operation Inherent Resolve" (a military campaign, news and U.S. military style). A capitalised run they
 * open names a storm, an operation or an exercise, never a person.
 *
 * Entries are written capitalised as in text; a multi-word one with single spaces.
 */
const EVENT_OPENINGS: ReadonlyArray<string> = ['Hurricane', 'Typhoon', 'Cyclone', 'Tropical Storm', 'Storm', 'Tornado', 'Operation', 'Exercise'];

/** Whether a capitalised name, its words joined by single spaces, opens with an event's word ("Operation Inherent Resolve"). */
export const opensEventName = (name: string): boolean => EVENT_OPENINGS.some((w) => name.startsWith(`${w} `));

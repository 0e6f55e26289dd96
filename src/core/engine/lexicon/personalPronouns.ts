/**
 * Personal pronouns a sentence's subject may open on, written capitalised as they stand first: a run of capitalised
 * words opening with one names no person and no body ("He Quoting remarks:", gv-egypt-bloggers-react-obama-cairo-
 * speech-2009-06-06, is the he's lead-in, not a blog called "He Quoting").
 */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'We', 'It', 'I']);

/**
 * Nouns in lower case after a name that make it the name of a unit inside an organisation ("GitHub's Trust and Safety
 * team", "the Research and Development department"). Lower case.
 */
export const UNIT_NOUNS: ReadonlySet<string> = new Set(['team', 'teams', 'department', 'division', 'unit', 'desk', 'section', 'directorate']);

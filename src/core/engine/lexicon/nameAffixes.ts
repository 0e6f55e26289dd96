/**
 * Abbreviations and letters that stand beside a name and never start one (`notNames.ts`): honorifics ("Mr", "Dr"),
 * a post's or a degree's letters ("CEO", "PhD") and suffixes ("Jr.", "III"). Written as in text, abbreviations with
 * their full stop where they take one.
 */
export const NAME_AFFIXES: ReadonlyArray<string> = ['Mr', 'Mrs', 'Ms', 'Dr', 'R', 'L', 'CEO', 'CFO', 'Ph.D.', 'PhD', 'Jr.', 'Sr.', 'III', 'II'];

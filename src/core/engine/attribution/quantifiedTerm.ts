/**
 * A quantifier right before the opening mark: "a few", "some", "several", "many". Not "those": "prosecution of those
 * "responsible."" (gv-russia-duma-deputy-extremist-tweets) may pick up the speaker's own word.
 */
const QUANTIFIER_BEFORE = /\b(?:a\s+few|a\s+couple\s+of|some|several|many)\s+$/iu;

/**
 * Whether the one quoted word opened at `open` is a noun the writer marks inside a quantified noun phrase, "and a few
 * “experts”" (Wikinews, "2008-09 Wikipedia for Schools goes online", 2008, as AMALGUM's interview document `bittorrent`
 * holds it: "we posted it to relevant wikiprojects and a few "experts""): the word is the writer's doubt about a
 * name for the people counted, not words anyone said, even with a speech verb earlier in the sentence (AP Stylebook,
 * "quotation marks": words used in an ironical sense). `text` is the paragraph; UTF-16 offsets.
 */
export const quantifiedTerm = (text: string, open: number): boolean => QUANTIFIER_BEFORE.test(text.slice(Math.max(0, open - 24), open));

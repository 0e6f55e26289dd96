import { FEDERAL_UNITS } from '../lexicon/federalUnits';

/** The article's own work named back in a role's complement, ending it: "on the program", "on the project". */
const WORK_AFTER = /^(?:on|for)\s+(?:the|this)\s+(?:project|program|programme|site|website|platform)$/i;
/** The article's own work named back as the owner of a role before it: "the site’s" in "the site’s lead visual designer". */
const WORK_BEFORE = /^(?:the|this)\s+(?:project|program|programme|site|website|platform)['’]s(?:\s|$)/i;

/**
 * Whether a role's words name the work an article tells of by a definite back-reference: after the role as its
 * complement (`after`, the complement's words: "on the program"), or before it as its owner ("the site’s lead").
 */
export const namesWorkBack = (words: string, after: boolean): boolean => (after ? WORK_AFTER : WORK_BEFORE).test(words.trim());

/**
 * Whether an article is a federal digital office's account of its own work: it names one of the offices
 * `lexicon/federalUnits.ts` lists by its initials ("18F’s new Federalist platform", usgov-gsa-18f-federalist-platform-
 * launch-2015-09-15; "18F Developer Shashank Khandelwal", usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03).
 * A developer or designer on "the project" it tells of then holds a post in that office (`agencyStaff.ts`).
 */
export function tellsUnitWork(texts: ReadonlyArray<string>): boolean {
  return texts.some((text) => (text.match(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]{2,6}(?![\p{L}\p{N}])/gu) ?? []).some((w) => FEDERAL_UNITS.has(w.toLowerCase())));
}

/**
 * Expert role words (`expertRoles.ts`) that, written for a government body ("Digital Engagement Strategist for FSA",
 * "Presidential Innovation Fellow in HIU", "an environmental protection specialist at EPA"), name a post in it rather
 * than a field of learning: its holder speaks for the agency as its officer (`docs/annotation-guide.md`, "A named staff
 * member of a government agency": `expert` only where the text calls them a scientist, researcher or the like, so not
 * "analyst" nor "scientist"); and a maker's trade no role word lists, which only a government body it is written
 * for makes a post ("a developer for 18F", "18F visual and UX designer", usgov-gsa-open-opportunities-agile-
 * development-2016-01-04, usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11). Lower case.
 */
export const AGENCY_STAFF_ROLES: ReadonlySet<string> = new Set(['strategist', 'fellow', 'developer', 'designer']);

/**
 * Words the first-name lists hold (`firstNames.ts`) that English writes far more often as ordinary words, so that a
 * capitalised phrase they open is a heading, a place or a greeting before it is anyone's name: the compass points
 * ("North Abaco", "West Rajabajar", gv-bahamas-bloggers-election-results-2012-05-09 and
 * gv-bangladesh-bloggers-march-journalist-couple-2012-05-16), Wikinews's "See …" link to an update ("See Iranian news
 * agency apologises", wikinews-iranian-news-agency-reproduces-the-onion-article-2012-09-29), a greeting ("Happy
 * Birthday", gv-pakistan-saadat-hasan-manto-lives-on-2012-05-14) and the adjectives of a body's or a prize's name ("Free
 * and Fair Elections", voa-cambodia-election-monitor-hello-voa-2007-04-23; "Best Blog"); "Late" and "Early" before a
 * day ("Late Sunday", wikinews-egyptian-military-issues-ultimatum-morsi-2013-07-01). Written capitalised, as they open
 * such a phrase; matched case-sensitively. Not words that are given names as often ("Art", "Rock", "Gay", "Major").
 */
export const WORDLIKE_GIVEN_NAMES: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'See', 'Happy', 'Fair', 'Best', 'Late', 'Early']);

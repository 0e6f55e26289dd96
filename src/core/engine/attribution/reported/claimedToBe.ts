/**
 * "West claimed to be in communication with Trump's son-in-law … "almost daily."" (wikinews-on-the-campaign-trail-usa-
 * august-2020-2020-09-30), "Residents there told the press the officers claimed to be seeking a bomb."
 * (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04): what someone claims to be or to have been is what they
 * said, with its "to", as "claims to have planted" is (docs/annotation-guide.md, "Directive and object-noun cues"; the
 * development golds give `to be in communication …`, `to be seeking a bomb`). Only a claim: "vowed to be", "promised to
 * be a thrilling match" tell a hope or a thing's prospect, so notACue.ts's `TO_CLAUSE` leaves "be" out for every
 * promise verb.
 */

/** Finite forms of "claim", lower case: not "a man claiming to be a police officer knocked …", a noun's modifier whose end the content would run past. */
const CLAIMING: ReadonlySet<string> = new Set(['claimed', 'claims']);

/** "to be" or "to have been", then a word. */
const TO_BE = /^\s+to\s+(?:be|have\s+been)\s+["“]?[\p{L}\d]/u;

/** Whether a verb, lower case, claims what the words `after` it say the speaker is or was ("claimed to be seeking a bomb"). */
export const claimsToBe = (lower: string, after: string): boolean => CLAIMING.has(lower) && TO_BE.test(after.slice(0, 40));

import { PROMISE_VERBS } from './auxiliaryCue';

/** "to" and a verb, perhaps after a negation or "again": `to stick`, `never again to violate`, `not to raise`. */
const INFINITIVE_AFTER = /^\s+(?:(?:never|not|again|also)\s+){0,2}to\s+["“]?\p{Ll}/u;

/**
 * Whether a verb, lower case, with the words `after` it (the sentence's text right after the verb), is a commitment or a
 * claim told by an infinitive (`PROMISE_VERBS`: "promised to stick with the policy", "vowed to keep fighting"). After
 * "and" such a verb goes on with the speaker or the subject of the clause before it, as a second speech verb with a
 * clause of its own does: `He said that there was a need to tackle inequality, and promised to stick with the policy of
 * taxes to tackle inequality` (wikinews-liberal-democrat-leadership-contenders-address-party-2006-01-14), `Djibouti
 * answered the call and promised to send 450 soldiers soon` (wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30).
 * Not an object ("and promised reforms"), which may be the next act's.
 */
export const promisesTo = (lower: string, after: string): boolean => PROMISE_VERBS.has(lower) && INFINITIVE_AFTER.test(after);

import type { Subject } from '../types';

/**
 * The object's first word: a determiner or a noun, not a clause's "that" (read elsewhere), a preposition ("requested for a
 * border wall" is a sum asked for) nor what a source asks to stay unnamed or safe: "who requested anonymity" (wire copy's
 * standard shape), "has requested political asylum", an application rather than words.
 */
const OBJECT =
  /^\s+(?!(?:that|for|to|by|in|on|at|from|with|of|as|and|or|but|because|anonymity|asylum|political\s+asylum|not)\b)(?:a|an|the|his|her|their|its|our|more|additional|\p{Ll}{3,}|\p{Lu}[\p{L}.&-]*)\b/u;

/**
 * "requested" as an adjective before a noun: `NASA's most iconic and requested images`, `their "number one requested hero
 * helmet"`, `2013's requested ~$184 billion` (development half), where nothing was asked in words.
 */
const ADJECTIVE_BEFORE = /(?:\b(?:most|more|least|one|often|frequently|much|highly)\s+(?:\p{L}+\s+and\s+)?|['’]s\s+)$/u;

/**
 * What "requested" asks for when a noun phrase, not a clause, follows it: `The US has requested a number of safeguards in
 * exchange` (wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21), `Rogaland Fire and Rescue requested
 * support and equipment from other fire departments` (wikinews-fire-parking-structure-sola-airport-norway-2020-01-10),
 * `CalFire requested power line de-energisation during the emergency` (wikinews-pge-helicopter-crashes-near-fairfield-
 * 2020-06-04): a request made in words, reported speech as the guide's `called for an inquiry` is (docs/annotation-guide.md,
 * "Directive and object-noun cues"). Whether "requested", with `tail` the sentence's text just before it and `after` the
 * text right after it, takes such a noun phrase.
 */
export const requestsObject = (tail: string, after: string): boolean => OBJECT.test(after) && !ADJECTIVE_BEFORE.test(tail);

/** A that-clause, an object and "to", or a clause with "that" left out and its subjunctive "be", right after the verb. */
const CLAUSE_AFTER = /^\s+(?:that\b|(?:(?!(?:because|as|after|since|when|while|but|and|so)\b)[\p{L}'’.-]+\s+){1,4}?(?:to\s+\p{Ll}|be\s+\p{Ll}+(?:ed|en)\b))/u;

/**
 * Whether "requested" reports words, with `tail` the sentence's text just before it and `after` the 80 characters right
 * after it. "The official, who requested anonymity because he was not authorised to speak, said …" (wire copy's standard
 * shape): "requested" reports words only before a that-clause or an object and "to" ("requested that Iran free
 * journalists", wikinews-amnesty-international-iran-free-journalists-2009-06-28), or a clause with "that" left out and its
 * subjunctive "be" (`requested monarch butterflies be given Endangered Species Act protections`, fresh Wikinews, February
 * 2019); a bare object is a thing asked for in words too (`requestsObject`), but not anonymity or asylum.
 */
export const requestReported = (tail: string, after: string): boolean => CLAUSE_AFTER.test(after) || requestsObject(tail, after.slice(0, 60));

/**
 * Whether a bare object after "requested" (`after`, the text right after the verb) comes from a body the subject reader
 * found only by a role noun: "the Department of Justice also requested an emergency stay …" (wikinews-travel-to-us-
 * resumes-federal-judge-blocks-executive-order-2017-02-05) read "the Department" as a role and gave the request to the
 * Department of Homeland Security named before. A request with no clause names the requester only by its subject, so a
 * role reading that may point at another body is left out (a wrong speaker is the worst error).
 */
export const requestedByRoleBody = (lower: string, subject: Subject, after: string): boolean =>
  lower === 'requested' && subject.resolution === 'role' && subject.entity?.type === 'organization' && OBJECT.test(after);

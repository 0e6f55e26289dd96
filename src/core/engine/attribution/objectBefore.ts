import { PREPOSITION_RIGHT_BEFORE } from './clauseSubject';

/** A verb in the past right before a name: "addressed ", "and urged "; not an adjective ("the newly elected ") or naming ("named "). */
const PAST_VERB_BEFORE = /(?<!\b(?:the|a|an|\p{Ll}+ly)\s+)\b(?!(?:called|named|dubbed|nicknamed|titled|entitled)\s)\p{Ll}{3,}ed\s+$/u;

/**
 * Whether a person named after the words `before` is an object, so that a participle right after the name with no comma
 * is not theirs: a preposition's ("Adderley wrote to the US Embassy in London asking …"; "with Boswell stating:" is the
 * participle's own subject) or a past verb's ("she tweeted: "…", and addressed Prime Minister Narendra Modi demanding "…"",
 * wikinews-delhi-women-commission-head-capital-punishment-child-rape-2018-01-31: the one addressed demands nothing). A
 * document after a past verb speaks ("passed a resolution calling on the government to …"), so `person` says whether
 * the name is a person's.
 */
export const objectBefore = (before: string, person: boolean): boolean => PREPOSITION_RIGHT_BEFORE.test(before) || (person && PAST_VERB_BEFORE.test(before));

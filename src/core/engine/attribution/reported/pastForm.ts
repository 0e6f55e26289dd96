import { IRREGULAR_PAST } from '../../lexicon/irregularPast';

/**
 * A past form without "-ed" (`the aircraft struck the runway`, `the suspect fled`), from the shared list
 * (`lexicon/irregularPast.ts`), as a regular-expression source: not as a modifier after a number or a determiner
 * (`22 sold units`, `the lost files` are a noun phrase, not a clause). A year is a subject, not a count: "The
 * International NGO Safety Organisation claims 2016 saw in excess of 90 aid workers killed worldwide"
 * (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24).
 */
export const IRREGULAR_PAST_FORM = String.raw`(?<!(?:(?<!\b(?:19|20)\d)\d|\b(?:the|a|an|its|their|his|her|our|these|those))\s+)(?:${[...IRREGULAR_PAST].join('|')})`;

const PAST_FORM = new RegExp(String.raw`\b${IRREGULAR_PAST_FORM}\b`, 'i');

/**
 * Whether the words hold an irregular past form as a verb: a finite verb that makes reported content a clause, as the
 * "-ed" and auxiliary patterns of the content checks do for the rest.
 */
export const hasPastForm = (words: string): boolean => PAST_FORM.test(words);

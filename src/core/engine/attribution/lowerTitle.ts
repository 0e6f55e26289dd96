import { isSpeechVerb } from '../lexicon/reportingVerbs';

/**
 * "According to Rutgers University political scholar Kelly Dittmar": up to three lower-case title words between an
 * organisation and its person's name, none a clause word, a speech verb ("Associated Press reports Zhukovskyy …") nor a
 * verb's past or participle.
 */
const LOWER_TITLE =
  /^(?:['’]s)?\s+(?:(?!(?:by|to|from|with|about|that|who|which|when|where|after|before|while|as|at|in|on|and|or|for|a|an|the|his|her|its|their|said|says|told)\s)[\p{Ll}-]+(?<!ed|ing)\s+){1,3}$/u;

/**
 * Whether the words between an organisation's mention and a person's name, `between`, are lower-case title words
 * (see LOWER_TITLE), so that the person, not the organisation, is the speaker a cue names there.
 */
export const lowerTitleBetween = (between: string): boolean => LOWER_TITLE.test(between) && !between.split(/\s+/).some(isSpeechVerb);

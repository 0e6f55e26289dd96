import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';

/** Nouns for a person that may end a title written before a name: "protester", "eyewitness", "co-author". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, ...SOURCE_ROLES.map(([word]) => word)]);

/** One lower-case title word: none a clause word, a speech verb's common forms, nor a verb's past or participle. */
const TITLE_WORD = String.raw`(?!(?:by|to|from|with|about|that|who|which|when|where|after|before|while|as|at|in|on|and|or|for|a|an|the|his|her|its|their|said|says|told)\s)[\p{Ll}-]+(?<!ed|ing)\s+`;

/**
 * "According to Rutgers University political scholar Kelly Dittmar": up to three lower-case title words between an
 * organisation and its person's name, none a clause word, a speech verb ("Associated Press reports Zhukovskyy …") nor a
 * verb's past or participle.
 */
const LOWER_TITLE = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TITLE_WORD}){1,3}$`, 'u');

/**
 * "said NIST senior privacy policy advisor Naomi Lefkovitz": a fourth title word only where the last is a noun for a
 * person, as AP style's long titles before a name end.
 */
const LONG_LOWER_TITLE = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TITLE_WORD}){4}$`, 'u');

/**
 * "“…,” Hong Kong director of Amnesty International Man-kei Tam said in a statement" (wikinews-hong-kong-lam-withdraws-
 * extradition-bill-2019-09-06): a noun for a person, then the body it is held at by its capitalised name, as AP style
 * writes a title with its organisation before a name. The noun is the first group.
 */
const HELD_AT = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TITLE_WORD}){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){1,5}$`, 'u');

/**
 * `MIT professor Dr Seager`, `Massachusetts Institute of Technology professor Dr Sara Seager` (wikinews-seager-2020-12-25):
 * Wikinews writes the doctor's or professor's title, capitalised and without a full stop, between the lower-case title
 * and the name; the name pass keeps it out of the person's name, so it ends the words between.
 */
const ACADEMIC_TITLE = /(?<=\s)(?:Dr|Prof)\.?\s+$/u;

/**
 * Whether the words between an organisation's or place's mention and a person's name, `between`, are lower-case title
 * words (see LOWER_TITLE), or a noun for a person held at a named body (HELD_AT), so that the person, not the
 * organisation, is the speaker a cue names there. An academic title may close them (ACADEMIC_TITLE).
 */
export const lowerTitleBetween = (between: string): boolean => {
  const words = between.replace(ACADEMIC_TITLE, '');
  return (
    (LOWER_TITLE.test(words) || (LONG_LOWER_TITLE.test(words) && endsInPersonNoun(words)) || PERSON_NOUNS.has(HELD_AT.exec(words)?.[1] ?? '')) &&
    !words.split(/\s+/).some(isSpeechVerb)
  );
};

/** Whether the last word of `words` (surrounding spaces allowed) is a noun for a person (`PERSON_NOUNS`). */
export const endsInPersonNoun = (words: string): boolean => PERSON_NOUNS.has(words.trim().split(/\s+/).at(-1) ?? '');

/** The words that open a person's title without an article: "former coach", "then-minister", "acting director". */
export const FORMER_TITLE = /^(?:former|then|ex|acting|interim|outgoing|retired|veteran|longtime|long-time)[\s-]/i;
/** Up to ten title words, none of which starts a clause or a phrase of its own. */
export const TITLE_WORDS_ONLY =
  /^(?:(?!(?:by|to|from|with|about|that|who|whom|which|when|where|after|before|while|as|at|in|on|he|she|they|said|says|told)\s)[\p{L}.’'-]+\s+){1,10}$/iu;

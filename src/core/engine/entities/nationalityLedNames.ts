import { ADVERBS } from '../lexicon/adverbs';
import { isFirstName } from '../lexicon/firstNames';
import { IRREGULAR_PAST } from '../lexicon/irregularPast';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { COUNTRY_BY_ADJECTIVE, ORG_NAME_HEADS, PLACE_HEADS, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { personShaped } from './names';
import { creedName } from './personVetoes';
import { writesAsCommonWord } from './shapeOnlyPersons';

/** A determiner or a possessive before the adjective: "the Chinese Cultural Revolution", "Kenya's Bloggers Awards". */
const DETERMINED = /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)|['’]s)\s+$/i;

/** Whether the article writes the run after a determiner anywhere ("at the Japanese Grand Prix", then "Japanese Grand Prix."). */
function everDetermined(run: string, texts: ReadonlyArray<string>): boolean {
  return texts.some((text) => {
    for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) if (DETERMINED.test(text.slice(Math.max(0, at - 8), at))) return true;
    return false;
  });
}

/** The auxiliaries and the relative that a person's name goes before as a clause's subject ("was sad to see", "who"). */
const SUBJECT_OF = /^(?:was|is|has|had|will|would|could|can|did|does|who)$/;

/**
 * Whether the name ends its noun phrase: the block or a clause ends after it, a possessive closes it ("Bolivian
 * Margareth Lima's winning piece"), or a verb, an auxiliary or an adverb follows it ("Japanese Masahiro Okamura set", "was
 * sad to see"); a lower-case noun after it ("Thai Rak Thai party", "Mauritanian Al Akhbar website") makes it a modifier.
 */
function endsNounPhrase(after: string): boolean {
  if (/^(?:['’]s\b|\s*(?:[,:;.!?)]|$))/u.test(after)) return true;
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';
  return next !== '' && (SUBJECT_OF.test(next) || /ed$/.test(next) || IRREGULAR_PAST.has(next) || ADVERBS.has(next) || isSpeechVerb(next));
}

/**
 * Whether a run is a nationality adjective describing the person whose name of two or three words follows it ("Tunisian
 * Abderrahim Zhiou set an African record", wikinews-athletics-concludes-london-paralympics-marathon-2012-09-09; "Moroccan
 * Lahcen Ikassrien;", wikinews-cablegate-disclosures-us-diplomatic-tactics-spain-2010-11-30): the article never sets a
 * determiner before the adjective, the name ends its noun phrase (`endsNounPhrase`), and its words are written like a name, none a title, a
 * role, or a body's, a place's or an event's head word ("Palestinian Legislative Council", "Japanese Red Cross") or a faith's ("Indian Dalit Muslims"), and none
 * the article writes as a common word ("Argentine Dirty War … the war"). `after` is the text after the run, `texts`
 * every block's text.
 */
export function nationalityLedName(words: ReadonlyArray<string>, after: string, texts: ReadonlyArray<string>): boolean {
  const [adjective = '', ...name] = words;
  if (!COUNTRY_BY_ADJECTIVE.has(adjective) || isFirstName(adjective) || name.length < 2 || name.length > 3 || !personShaped(name)) return false;
  if (!endsNounPhrase(after)) return false;
  const joined = name.join(' ');
  if (creedName(name) || name.some((w) => TITLE_WORDS.has(w) || ROLE_WORDS.has(w.toLowerCase()) || ORG_HEADS.has(w) || NON_PERSON_HEADS.has(w))) return false;
  if (PLACE_HEADS.test(joined) || ORG_NAME_HEADS.test(joined)) return false;
  return !everDetermined(words.join(' '), texts) && !writesAsCommonWord(name, texts);
}

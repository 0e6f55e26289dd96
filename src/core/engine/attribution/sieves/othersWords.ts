import { CHANT_WORDS } from '../../lexicon/chantWords';
import { CLAIM_NOUNS } from '../../lexicon/claimNouns';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { QUOTING_VERBS } from '../../lexicon/quotingVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { SHOWN_WORDS } from '../../lexicon/shownWords';
import { SPEECH_ACT_NOUNS } from '../../lexicon/speechActNouns';
import { UTTERANCE_NOUNS } from '../../lexicon/utteranceNouns';

/** Words that name words someone said, wrote or put on show: a message, a statement, an answer, a sign. */
const WORDS_OF_OTHERS = [UTTERANCE_NOUNS, DOCUMENT_NOUNS, SPEECH_ACT_NOUNS, CLAIM_NOUNS, CHANT_WORDS, SHOWN_WORDS];

/** Whether `word` is a form of a verb by which a writer gives the floor to another (`QUOTING_VERBS`: "quotes", "cited"). */
export const isQuotingVerb = (word: string): boolean =>
  [word, word.replace(/s$/, ''), word.replace(/d$/, ''), word.replace(/ed$/, '')].some((form) => QUOTING_VERBS.has(form.toLowerCase()));

/**
 * Whether `clause`, the words of a colon sentence after the source it names, says the words the colon sets off are
 * another's: a word for someone's words ("a statement by the Minister of Labour", "the reply from the police was"); with
 * `verbs`, a quoting verb ("quotes union leader Tarsicio Mora") or a speech verb, someone else's when the source's own
 * verb is not in `clause` ("one officer told the cyclists"); with `names`, a capitalised word, a name, past a language
 * tag ("[es]") or a handle. Found on Global Voices colon
 * sentences of this session's gv13 rules (sieves/openingAccording.ts, quotedBlogTitle.ts, colonBlock.ts).
 */
export function namesOthersWords(clause: string, { names, verbs }: { names: boolean; verbs: boolean }): boolean {
  return clause
    .replace(/\[[^\]]*\]|\(@[^()]*\)/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .some(
      (word) =>
        (names && /^\p{Lu}/u.test(word)) ||
        (verbs && (isQuotingVerb(word) || isSpeechVerb(word))) ||
        WORDS_OF_OTHERS.some((words) => words.has(word.toLowerCase())),
    );
}

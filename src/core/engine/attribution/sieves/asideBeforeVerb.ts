import { LANGUAGE_TAG } from '../../languageTag';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { cuesBlock, wordsOf } from './colonVerb';
import { PICTURE_NOUNS } from '../../lexicon/pictureNouns';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';

/**
 * What may open the colon sentence before its subject: a short adverbial set off by a comma ("Meanwhile, ", "At the time
 * of writing this post, "), or the post the words are from with its link's language tag ("In his post The removal from
 * Sol and the biggest humiliation of my life [es] "), then a title or a lower-case role ("Mayor ", "the blogger ").
 */
const OPENING = new RegExp(
  String.raw`^(?:(?:Meanwhile|However|Finally|Also|At\s[^,:;"“”]{1,40})\s*,\s+|In\s+(?:his|her|their|a)\s+(?:post|article|column)\s[^,:;"“”]{1,100}?${LANGUAGE_TAG}\s+)?(?:the\s+(?:\p{Ll}+\s+){0,2}|\p{Lu}\p{Ll}+\s+)?$`,
  'u',
);

/**
 * The aside between the subject and its verb: a phrase of where or how the words were written, opened by a preposition
 * ("in the last update of his blog [es]", "through his press office [es]", "en her blog Debilidades y Vicios [es]
 * (Weaknesses and Vices)", ", from the blog Merca2,"), perhaps set off by commas, with its link's language tag and a
 * gloss in parentheses; or a participle of when they wrote set off by commas (", after experiencing the forced
 * removal,"). No quote mark, clause break or relative pronoun: the aside holds no speaker or verb of its own.
 */
const ASIDE = new RegExp(
  String.raw`^(?:,?\s+(?:in|on|en|through|via|from|at)\s+(?![^:;"“”()[\]]*\b(?:who|which|that|and|but)\b)[^,:;"“”()[\]]{2,70}?(?:\s*${LANGUAGE_TAG})?(?:\s*\([^()]{1,60}\))?,?|,\s+(?:after|upon|while|before)\s+\p{Ll}+ing\s(?![^,:;"“”]*\b(?:who|which|that|and|but)\b)[^,:;"“”()[\]]{1,60},)\s+(?:also\s+)?$`,
  'u',
);

/**
 * `At the time of writing this post, Paco Ragageles in the last update of his blog [es] clarified:`, `Mayor Petro through
 * his press office [es] confirmed and explained his decision on three points:`, `Laura Solórzano, en her blog Debilidades
 * y Vicios [es] (Weaknesses and Vices) points to another fact:` (Global Voices, Colombia and Venezuela, May 2012): a
 * person the name pass knows opens the colon sentence as the subject of its first speech verb, with only a phrase of
 * where they wrote (`ASIDE`) between them; the block after the colon is theirs (the lead-in convention of Global Voices
 * round-ups: writer, place of writing, verb, then the excerpt). Read only where the verb's own subject reading named no
 * one ("his press office", the aside's last words, is no speaker the text names). `sentence` starts at `sentenceStart`
 * of block `block` (UTF-16 offsets). Null for any other shape, or for a subject that is no person.
 */
export function asideBeforeVerb(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  if (!/:\s*$/.test(sentence)) return null;
  const verb = wordsOf(sentence).find((word) => isSpeechVerb(word[0]) || cuesBlock(sentence, word[0], word.index) || passesOnWords(sentence, word));
  if (!verb || !/(?:s|ed)$|^wrote$/.test(verb[0])) return null;
  const subject = cues.mentions
    .between(block, sentenceStart, sentenceStart + verb.index)
    .find((m) => OPENING.test(sentence.slice(0, m.start - sentenceStart)) && ASIDE.test(sentence.slice(m.end - sentenceStart, verb.index)));
  if (subject?.entity.type !== 'person') return null;
  const ref = { block, start: subject.start, end: subject.end };
  return {
    subject: { ref, entity: subject.entity, resolution: 'name', antecedent: null },
    cue: { block, start: ref.start, end: sentenceStart + sentence.trimEnd().length },
  };
}

/**
 * "… shared his observations which are now circulating on social networks:": a verb that hands on words only where they
 * follow it (`QUOTE_CUE_VERBS`), and presents no picture after it ("shared an image of the crowd:").
 */
const passesOnWords = (sentence: string, word: RegExpExecArray): boolean =>
  QUOTE_CUE_VERBS.has(word[0].toLowerCase()) &&
  !sentence
    .slice(word.index)
    .split(/\W+/)
    .some((w) => PICTURE_NOUNS.has(w.toLowerCase()));

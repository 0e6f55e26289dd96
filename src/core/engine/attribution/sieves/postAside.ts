import { LANGUAGE_TAG } from '../../languageTag';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { isQuotingVerb, namesOthersWords } from './othersWords';

/**
 * A capitalised name opening the sentence (after a short connector), an aside set off by commas that says in which of
 * its own pieces it speaks ("in a very detailed post titled "…"", "in its editorial"), then a present or past verb
 * and plain words up to the colon that ends the sentence. Group 1 is the name, group 2 the verb, group 3 the rest.
 */
const POST_ASIDE = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But),?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?:\s+${LANGUAGE_TAG})?,\s+in\s+(?:a|an|its|their|his|her|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}(?:post|blog\s+post|article|entry|piece|editorial|column|essay|note)(?:\s+(?:titled|entitled|called)\s+["“][^"“”]{1,120}["”])?(?:\s+${LANGUAGE_TAG})?,?\s+(?:also\s+)?(\p{Ll}+)\b([^"“”:]*):\s*$`,
  'du',
);

/**
 * `Optimum Sports, in a very detailed post titled "Rashidi Yekini 1963-2012" said:`
 * (gv-nigeria-rashidi-yekini-obituary-2012-05-08): the aside names the post the source wrote, and the block quotation
 * after the colon is that post's words, the source's own (docs/annotation-guide.md, "Tweets and posts": a blog or site
 * is the speaker of its post). The quote marks of the title keep the other colon readers from the sentence, so this one
 * reads it first. The source is the entity the name pass found at the name, else the capitalised words as a titled
 * source (`CueReader.titledSource`). `sentence` starts at `sentenceStart` of `block`. Null for any other shape, when the
 * verb is no speech verb or gives the floor to another ("… quotes the minister:"), when the rest names someone else's
 * words (`namesOthersWords`), or when the name is a place or no source.
 */
export function postAside(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const found = POST_ASIDE.exec(sentence);
  const name = found?.indices?.[1];
  const verb = found?.[2] ?? '';
  if (!name || !isSpeechVerb(verb) || isQuotingVerb(verb) || namesOthersWords(found[3] ?? '', { names: true, verbs: true })) return null;
  const start = sentenceStart + name[0];
  const end = sentenceStart + name[1];
  const named = cues.subjectAt(block, start);
  const subject = named?.entity ? named : /\s/.test(sentence.slice(name[0], name[1])) ? cues.titledSource(block, start, end) : null;
  if (!subject?.entity || subject.entity.type === 'place') return null;
  return { subject, cue: { block, start, end: sentenceStart + sentence.trimEnd().length } };
}

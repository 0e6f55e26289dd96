import { LANGUAGE_TAG } from '../../languageTag';
import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** Words that open a clause or a phrase without being a title's first word. */
const NOT_TITLE_START =
  /^(?:In|On|At|For|After|Before|During|With|From|To|By|As|If|When|While|Since|Although|Though|Then|This|That|These|Those|He|She|They|We|I|It|His|Her|Their|Its|Our|My)$/u;

/** A title as written: a capitalised word, then up to five more words of any case, none a pronoun or a conjunction. */
const TITLE = String.raw`(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?!(?:he|she|they|it|we|and|but|who|which|that)\b)[\p{L}\p{N}'’.&-]+){0,5}?)`;

/**
 * A title opening the clause or set off by a comma after the kind of source it is, then its language tag right before
 * the verb: "Kaos en la red[es] ", "The Panamanian newspaper, El Panamá América [es] ".
 */
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[,;]\s+|^(?:Meanwhile|However|Also|And|But|Similarly),?\s+)${TITLE}\s*${LANGUAGE_TAG},?\s+(?:also\s+)?$`, 'u');

/** After the verb, a title and its language tag closing the sentence on its colon: " La opinión Panamá [es]:". */
const TITLE_AFTER = new RegExp(String.raw`^\s+${TITLE}\s*${LANGUAGE_TAG}\s*:\s*$`, 'u');

/**
 * The blog or paper a Global Voices colon cue names by its title as written, linked and tagged with the language of its
 * post, where the name pass found no one there (gv-panama-may-day-protests-and-work-2012-05-02): the title opening the
 * clause before the verb ("Kaos en la red[es] indicates that the change of the date is seen as an insult by many:"),
 * or after it, closing the sentence ("… that they had planned, explained La opinión Panamá [es]:"). A source of its
 * own, as a blog's title is (`CueReader.titledSource`). `sentence` is the colon's sentence in `block`; `verbStart` and
 * `verbEnd` are the cue verb's UTF-16 offsets in the block's text. Null when no tagged title stands there.
 */
export function taggedTitle(cues: CueReader, block: number, sentence: SentenceRange, verbStart: number, verbEnd: number): Subject | null {
  const text = cues.texts[block] ?? '';
  const before = TITLE_BEFORE.exec(text.slice(sentence.start, verbStart));
  // "…, explained La opinión Panamá [es]:": an inverted verb after a comma, as a trailing cue is written.
  const after = before || !/,\s+$/.test(text.slice(sentence.start, verbStart)) ? null : TITLE_AFTER.exec(text.slice(verbEnd, sentence.end));
  const title = (before ?? after)?.[1];
  if (!title || NOT_TITLE_START.test(title.split(/\s+/)[0] ?? '')) return null;
  const start = before ? sentence.start + before.index + before[0].indexOf(title) : verbEnd + (after?.[0].indexOf(title) ?? 0);
  return cues.titledSource(block, start, start + title.length);
}

import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { Discourse } from '../coreference';
import { openingPronoun } from '../pronounOpening';
import { attributed, type FoundQuote } from '../types';
import { colonCue } from './colonBlock';
import { wordsOf } from './colonVerb';
import type { DirectCase } from './direct';

/**
 * `Law defined a “sweet spot” for using MMOWGLI: “Situations where …”`: a colon inside the paragraph sets off the quote
 * after it as a paragraph-final colon sets off a block quotation (`colonCue`), when the sentence opens with a person
 * or an organisation named there ("The High Court of England and Wales also ruled …, finding that …: “…”",
 * wikinews-uk-supreme-court-rules-prorogation-unlawful-2019-09-24). A sentence with a speech verb of its own is the
 * leading cue's to read; a capitalised word is a name's, not a verb ("the United States' return …:" has no "states"). A
 * pronoun is not enough here: "he offers this advice:" may look back past the person who gives it. Null otherwise.
 */
export function colonInSentence(quote: FoundQuote, c: DirectCase, discourse: Discourse): FoundQuote | null {
  const { block, text, range, direct, cues } = c;
  const before = text.slice(range.start, direct.open);
  if (!/:\s*$/.test(before) || wordsOf(before).some((w) => isSpeechVerb(w[0]))) return null;
  const own = colonCue(block, text.slice(0, direct.open), { start: range.start, end: direct.open }, cues, discourse);
  const type = own?.subject.entity?.type;
  if ((type !== 'person' && type !== 'organization') || own?.subject.resolution !== 'name') return null;
  // "Through his infectious enthusiasm, he offers this advice:": a he/she after an opening phrase stands for someone
  // named in an earlier sentence (`Discourse.sentenceSubject`), not there.
  if (openingPronoun(text, block, range, cues.mentions)?.opened) return null;
  return attributed(quote, own.subject, own.cue, 'colon-block');
}

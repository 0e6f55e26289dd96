import type { SentenceRange } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { wordsOf } from './colonVerb';
import { givenNameBefore } from './givenNameBefore';
import { insideOpeningPhrase } from './openingPhraseVerb';
import { passiveLeadIn } from './passiveLeadIn';
import { nationalTitle } from './nationalTitle';
import { setOffName } from './setOffName';
import { titledRunBefore } from './titledRunBefore';

/**
 * The colon cue of a lead-in whose speech verb every other reading left without a speaker (`colonCue`): the named
 * agent of a passive that closes it (`passiveLeadIn`), else the subject
 * right before the sentence's first speech verb outside quote marks and outside its opening phrase, when it is a given
 * name alone that calls the person named just before (`givenNameBefore`), a blog's title (`titledRunBefore`), a
 * person's name set off by commas (`setOffName`) or a blog titled by a nationality and a noun (`nationalTitle`). Read
 * last, so that any reading that names a speaker outdoes it. `last` is the colon sentence of `block`, whose text is
 * `text`; null when no such subject stands there.
 */
export function leadInName(cues: CueReader, block: number, text: string, last: SentenceRange): ColonCue | null {
  // Every paragraph's last sentence comes here: only a colon lead-in, or one that links a post by its language tag
  // ("Voice of the Nightingale voiced its concerns [AM] with …."), is read further.
  if (!/:\s*$/.test(text) && !text.includes('[')) return null;
  const agent = passiveLeadIn(cues, block, last.start, last.end);
  if (agent) return { subject: agent, cue: { block, start: last.start, end: last.end } };
  const sentence = text.slice(last.start, last.end);
  const verb = wordsOf(sentence).find(
    (w) => isSpeechVerb(w[0]) && (sentence.slice(0, w.index).match(/["“”]/g) ?? []).length % 2 === 0 && !insideOpeningPhrase(sentence, w.index),
  );
  if (!verb) return null;
  const at = last.start + verb.index;
  const subject =
    givenNameBefore(cues, block, last.start, at) ??
    titledRunBefore(cues, block, last.start, at) ??
    setOffName(cues, block, last.start, at) ??
    nationalTitle(cues, block, last.start, at);
  return subject?.entity ? { subject, cue: { block, start: subject.ref.start, end: last.end } } : null;
}

import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Located, Subject } from '../types';

const TRAILING_TAG = new RegExp(String.raw`\s*${LANGUAGE_TAG}\s*$`);

/**
 * A verb that hands over words named by a noun, then a colon: "gave his point of view:", "gave us her account:", "had
 * this to say:", "offered the following explanation:", "responded as follows:", "gave a dire warning in a press release:"
 * (gv-yemen-millions-hungry-food-crisis-2012-05-21). Before the noun, an adjective by its ending ("has a logical
 * explanation:", gv-zambia-fuel-shortages-malawi-donation-2012-05-21; "an interesting view", "a cautious answer").
 */
const SPEECH_NOUN =
  /\b(?:gave|gives|offered|offers|shared|shares|provided|provides|had|has|reached|reaches|drew|draws)\s+(?:(?:us|me|them|reporters|his|her|their|its|the|this|a|an|following|own|brief|short|frank|dire|stark|grim|clear|strong|detailed|blunt|sobering|\p{Ll}+(?:al|ic|ous|ive|ful|ent|ant|ible|able|ing|ed))\s+){0,3}(?:point\s+of\s+view|views?|account|opinion|thoughts|assessment|explanation|reaction|response|answer|testimony|story|conclusions?|warning|this\s+to\s+say)\b[^:;"“”]{0,60}:\s*$|(?<!\b(?:is|are|was|were|be|been|being)\s+)\b\p{Ll}+ed\s+(?:[\p{L}'’-]+\s+){0,5}as\s+follows\s*:\s*$/iu;
/** A name inside a phrase after the head noun ("A gynaecologist from the Provincial Hospital of Goma"): not the speaker. */
const IN_PHRASE = /\b(?:from|of|at|in|on|with|for|near)\s+(?:the\s+)?$/i;

/**
 * `A gynaecologist from the Provincial Hospital of Goma gave his point of view:` — a colon cue whose speech is a noun
 * ("his point of view", "her account") rather than a speech verb. The paragraph it sets off is the subject's words, a
 * block quotation as after "said:" (AP Stylebook, "quotations"); the subject is the words before the verb, and the
 * quotation stays unattributed when the text ties them to no one, or the name before the verb sits in a phrase after
 * the head ("A gynaecologist from the Provincial Hospital of Goma gave …"). A passive ("Responses are categorized as
 * follows:") introduces a list, not speech. `sentence` is the colon sentence, starting at
 * `offset` in the block. Null when the sentence has no such verb and noun.
 */
export function speechNounCue(block: number, sentence: string, offset: number, cues: CueReader): { subject: Subject; cue: Located } | null {
  const found = SPEECH_NOUN.exec(sentence);
  if (!found || /["“”]/.test(sentence.slice(0, found.index))) return null;
  const at = offset + found.index;
  // "Bruno Nepumoceno [pt] reached the following conclusion …:": a language tag names the post's language, not who wrote it.
  const tag = TRAILING_TAG.exec(sentence.slice(0, found.index));
  const tagged = tag && cues.mentions.between(block, offset, offset + tag.index).find((m) => m.end === offset + tag.index);
  const subject = tagged ? cues.subjectAt(block, tagged.start) : cues.subjectBefore(block, at, offset);
  const verbEnd = at + (/^\p{L}+/u.exec(found[0])?.[0].length ?? 0);
  if (subject && !IN_PHRASE.test(sentence.slice(0, subject.ref.start - offset))) return { subject, cue: { block, start: subject.ref.start, end: verbEnd } };
  return {
    subject: { ref: { block, start: at, end: verbEnd }, entity: null, resolution: 'unattributed', antecedent: null },
    cue: { block, start: at, end: verbEnd },
  };
}

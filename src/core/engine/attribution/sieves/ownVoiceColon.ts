import type { SentenceRange } from '../../../sentences';
import { isCaption } from './betweenBlocks';
import { isSalutation, type ColonCue } from './colonBlock';
import { introducesList, writerLeadIn } from './listIntroduction';
import { announcesList, showsMedia } from './namedLeadIn';
import { statesQuestion } from './statedQuestion';

/**
 * A speaker's own voice: the first person ("I", "my", "we", "our", "me", "us"; not the letter "I" of an abbreviation) or
 * the second ("you", "your"), in which a quoted post or a published guideline speaks and a news writer's report does not.
 */
const OWN_VOICE = /(?<![.\p{L}])I(?:'m|’m|'ve|’ve|'d|’d)?(?![.\p{L}])|\b(?:[Mm]y|[Ww]e|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b/u;

/** An interviewer's turn (`((WN)) What got you into cosplay modelling?`), which is the outlet's question, not a quotation. */
const INTERVIEW_TURN = /^\s*\(\(/;

/** Whether a paragraph set off after a colon reads as someone's quoted words: five words or more, in their own voice, no lead-in itself. */
const quotedVoice = (text: string): boolean =>
  OWN_VOICE.test(text) && !/:\s*$/.test(text) && !INTERVIEW_TURN.test(text) && !isCaption(text) && text.trim().split(/\s+/).length >= 5;

/**
 * `Outlish, meanwhile, finds the number of elderly patients in hospitals to be a disturbing phenomenon:` / `For the
 * blogger, the story raises an important question:` / `According to Nationwide Children's Hospital …, parents can follow
 * several guidelines …:` — a paragraph whose last sentence ends in a colon that no reading of the cue's shapes
 * (`colonCue`) ties to a speaker still sets off a block quotation when the paragraph after it (`next`, the next quotable
 * one that is no photo caption) speaks in its own voice, first or second person ({@link OWN_VOICE}), which a writer's
 * report of others does not: the guide counts words set off after a colon with no marks as a direct quote (the AP
 * Stylebook's block quotation). The speaker is left to no guess: unattributed, the cue the colon sentence itself. Not a
 * colon sentence that lists, shows a picture, is the writer's own lead-in, a salutation or a question asked
 * (`Wikinews asked … :` sets off an answer read elsewhere). Observed in Global Voices round-ups and Wikinews
 * (development half): `gv-trinidad-tobago-three-score-and-ten-2012-05-09`, `wikinews-study-shopping-cart-injuries-rise-2014-01-24`.
 * `block` holds `text`, whose last sentence is `last` (UTF-16 offsets, half-open); `next` is the paragraph after it
 * (`nextProse`). Null when the shape does not hold.
 */
export function ownVoiceColon(block: number, text: string, last: SentenceRange | undefined, next: string | undefined): ColonCue | null {
  if (!last || next === undefined || !/:\s*$/.test(text) || !quotedVoice(next)) return null;
  const sentence = text.slice(last.start, last.end);
  // "Action items:" (a fresh GSA page) is a label of the writer's over their own list; a lead-in has a clause of its own.
  if (sentence.trim().split(/\s+/).length < 4) return null;
  if (OWN_VOICE.test(sentence) || isSalutation(text) || writerLeadIn(sentence) || statesQuestion(sentence)) return null;
  if (introducesList(sentence) || announcesList(sentence) || showsMedia(sentence)) return null;
  const cue = { block, start: last.start, end: last.start + sentence.trimEnd().replace(/:$/, '').length };
  return { subject: { ref: cue, entity: null, resolution: 'unattributed', antecedent: null }, cue };
}

/** The next quotable paragraph of `texts` after `block` that is no photo caption (`isCaption`), or undefined. */
export function nextProse(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): string | undefined {
  for (let i = block + 1; i < texts.length; i++) if (quotable[i] && !isCaption(texts[i] ?? '')) return texts[i];
  return undefined;
}

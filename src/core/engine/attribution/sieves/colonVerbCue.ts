import type { SentenceRange } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { nextSpeakerClause } from '../reported/nextSpeaker';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { reportedColonSpeaker } from './reportedColonSpeaker';
import { postingUnderName } from './postingName';
import { siteAgent } from './siteAgent';
import { placeSpeaker, reducedPassiveAgent, writerBefore } from './colonSpeakers';
import { taggedTitle } from './taggedTitle';
import { cuesBlock, nounAfterDeterminer, relativeBeforeMain, wordsOf } from './colonVerb';
import { joinedSubject } from './coordinatedCue';
import { inverted } from './invertedCue';
import { nationalLeadIn } from './nationalLeadIn';
import { noVerbHere } from './nounForm';
import { insideOpeningPhrase } from './openingPhraseVerb';
import { mainSubjectAfterParticiple, openingSubject, participle } from './participleCue';

/** A participle right after a comma: "…, explaining:". */
const participleAfterComma = (sentence: string, at: number) => /,\s*$/.test(sentence.slice(0, at)) && /^\p{L}+ing\b/u.test(sentence.slice(at));

/** What may stand between a titled head and its verb: "also", or "meanwhile" as an aside. */
const HEAD_TO_VERB = /^(?:\s+also|,?\s+meanwhile,)?\s+$/;

/** An auxiliary that makes the verb after it a passive: "was admitted", "were told". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu;

/** The colon cue of a passive speech verb, or of an issued statement, at `at`: the quotation is set off, by no one the text names. */
export const passiveCue = (block: number, at: number, length: number): ColonCue => {
  const ref = { block, start: at, end: at + length };
  return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
};

/** The colon sentence a cue is read in: the last sentence `last` of the paragraph `text`, block `block`. */
export interface ColonSentence {
  block: number;
  text: string;
  last: SentenceRange;
}

/**
 * The colon cue a speech verb (or a verb that sets off a block quotation, `cuesBlock`) of the colon sentence gives: the
 * first such verb outside quote marks gives it, with its speaker (`Siew Kum Hong writes that …:`), or unattributed when
 * the verb is a passive or the text ties its subject to no one (a verb a later speaker's clause follows gives way to it). `head` is where a titled name opens the sentence
 * (`TITLED_HEAD` of `titledHead.ts`), and `titled` its source. Null when no verb cues the quotation, or when "this to
 * say" leaves the subject to `speechNounCue`: `colonCue` then reads the sentence's other shapes.
 */
export function speechVerbCue(
  cues: CueReader,
  { block, text, last }: ColonSentence,
  head: readonly [number, number] | undefined,
  titled: () => Subject | null,
): ColonCue | null {
  const sentence = text.slice(last.start, last.end);
  const quoted = (offset: number) => (sentence.slice(0, offset).match(/["“”]/g) ?? []).length % 2 === 1;
  for (const verb of wordsOf(sentence).filter((v) => !relativeBeforeMain(sentence, v) && !nounAfterDeterminer(sentence, v))) {
    if (!(isSpeechVerb(verb[0]) || cuesBlock(sentence, verb[0], verb.index)) || quoted(verb.index) || noVerbHere(sentence, verb[0], verb.index)) continue;
    if (insideOpeningPhrase(sentence, verb.index)) continue;
    const poster = postingUnderName(cues, block, sentence, last.start, verb);
    if (poster) return poster;
    const main = verb.index === 0 ? mainSubjectAfterParticiple(cues, block, sentence, last.start, verb[0]) : null;
    if (main) return { subject: main, cue: { block, start: main.ref.start, end: last.end } };
    // "Charles, a commenter on ZDistrict has this to say:": the verb's subject is the one before "has" (speechNounCue).
    if (/\bthis\s+to\s+$/i.test(sentence.slice(0, verb.index))) return null;
    const reported = reportedColonSpeaker(cues, block, sentence, last.start, verb.index + verb[0].length);
    if (reported) return reported;
    // "… says that the law is historic, and Lou A. Salomé (@Lou_A_S) tweets:": the colon is the later speaker's.
    const joined = nextSpeakerClause(sentence, verb.index);
    const later = joined && cues.subjectAt(block, last.start + joined.subject);
    if (later?.entity && later.entity.type !== 'place') return { subject: later, cue: { block, start: later.ref.start, end: last.end } };
    if (joined) continue;
    const at = last.start + verb.index;
    // "When Omar Bongo was admitted in Barcelona's Quirón clinic …:", "The excerpts … were reported by CNN as such:": a
    // passive is no speech act of its subject's; the quotation it sets off stays unattributed.
    if (PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.index - 30), verb.index))) return passiveCue(block, at, verb[0].length);
    const agent = reducedPassiveAgent(cues, block, sentence, last.start, verb) ?? siteAgent(cues, block, sentence, last.start, verb);
    if (agent) return { subject: agent, cue: { block, start: at, end: agent.ref.end } };
    // "… issued a statement that was placed on the state house website saying …:": a participle's speaker as a leading cue reads it.
    // "They went on to say that …:": the speaker is the subject of "went on", before it.
    const goesOn = /\s+(?:went|goes|go)\s+on\s+to\s+$/.exec(text.slice(last.start, at));
    const before = cues.speakerBefore(block, goesOn ? last.start + goesOn.index : at, last.start) ?? joinedSubject(cues, block, text, last.start, at);
    // "Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:": a participle after a comma, with no
    // speaker of its own before it, is the titled head's.
    const headBefore = head && (HEAD_TO_VERB.test(sentence.slice(head[1], verb.index)) || (!before && participleAfterComma(sentence, verb.index)));
    const verbSpan = { block, start: last.start, end: at };
    const found = participle(sentence, verb.index, before && text.slice(last.start, before.ref.start))
      ? openingSubject(cues, block, text, last.start)
      : (nationalLeadIn(cues, block, last.start, at, before) ?? inverted(cues, verbSpan, text, verb[0]) ?? (headBefore ? titled() : null));
    // "The North Bank Evening Standard from the Gambia also shared …:": a place before a verb that is no speech verb is
    // where the speaker is from; the speaker is who the text names before "from", if anyone.
    const writer = found?.entity ? null : (writerBefore(cues, block, last.start, at) ?? taggedTitle(cues, block, last, at, at + verb[0].length));
    const subject = found?.entity?.type === 'place' ? placeSpeaker(cues, { block, text, sentenceStart: last.start }, found, verb[0]) : (writer ?? found);
    const cue = { block, start: Math.min(subject?.ref.start ?? at, at), end: Math.max(subject?.ref.end ?? 0, at + verb[0].length) };
    // A speech verb whose subject the text does not tie to anyone still sets off a quotation: unattributed.
    return { subject: subject ?? { ref: { block, start: at, end: at + verb[0].length }, entity: null, resolution: 'unattributed', antecedent: null }, cue };
  }
  return null;
}

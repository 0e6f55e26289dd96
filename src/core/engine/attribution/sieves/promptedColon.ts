import { LANGUAGE_TAG } from '../../languageTag';
import { isReportingLemma } from '../../lexicon/reportingVerbs';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';

/**
 * A verb that makes its object the one who then speaks, its object (group 1), and a reporting verb's base form after
 * "to" (group 2), perhaps with a language tag, closing the sentence with its colon.
 */
const PROMPTED_OBJECT = new RegExp(
  String.raw`\b(?:prompted|led|moved|inspired|caused|spurred)\s+([^.!?;:"“”]{1,200}?)\s+to\s+(\p{Ll}+)\s*(?:${LANGUAGE_TAG})?\s*:\s*$`,
  'u',
);

/** A word before the causative verb that leaves the cause open or denied ("did not say whether it prompted X to ask"). */
const UNSETTLED = /(?<![\p{L}'’])(?:whether|if|not|never|would|could|might|may)(?![\p{L}'’])/iu;

/** What may stand before the object's name: a few describing words ("Cuban blogger"), no comma. */
const DESCRIBED = /^(?:[\p{L}'’-]+\s+){0,4}$/u;

/** What may follow the object's name: a language tag, a handle, and one aside set off by commas. */
const AFTER_NAME = new RegExp(String.raw`^\s*(?:${LANGUAGE_TAG})?\s*(?:\(@[\p{L}\p{N}_]+\))?\s*(?:,[^,]{1,150},)?\s*$`, 'u');

/**
 * Whether the colon sentence ends in a causative verb, its object and a reporting verb's infinitive: its opening name
 * prompts the words and never speaks them, so no reader after `promptedColon` may give them to it.
 */
export function promptsOthers(sentence: string): boolean {
  const verb = PROMPTED_OBJECT.exec(sentence)?.[2];
  return verb !== undefined && isReportingLemma(verb);
}

/**
 * `This prompted Cuban blogger Yasmín Silvia Portales [es], who was not formally invited to the event, to ask:` (gv-cuba-
 * bloggers-in-revolution-criticism-2012-05-18): the object of "prompted", "led" or "moved" is the subject of the
 * reporting verb's infinitive after it (object control, as `promptedToSay` reads it before a quote mark), so the block
 * after the colon is the object's words, never the clause subject's. The person the object names, as its head after a
 * few describing words; unattributed when the object is anyone else or the cause is left open. `sentence` starts at
 * `sentenceStart` of `block`. Null when the sentence ends otherwise.
 */
export function promptedColon(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const found = PROMPTED_OBJECT.exec(sentence);
  const [object, verb] = [found?.[1], found?.[2]];
  if (!found || !object || !verb || !promptsOthers(sentence)) return null;
  const objectStart = sentenceStart + found.index + found[0].indexOf(object);
  const cue = { block, start: sentenceStart + found.index, end: sentenceStart + found.index + found[0].lastIndexOf(verb) + verb.length };
  const unattributed: ColonCue = { subject: { ref: cue, entity: null, resolution: 'unattributed', antecedent: null }, cue };
  if (UNSETTLED.test(sentence.slice(0, found.index))) return unattributed;
  const [head] = cues.mentions.between(block, objectStart, objectStart + object.length);
  if (!head || head.entity.type !== 'person') return unattributed;
  const text = cues.texts[block] ?? '';
  const subject: Subject | null = cues.subjectAt(block, head.start);
  const described = DESCRIBED.test(text.slice(objectStart, head.start)) && AFTER_NAME.test(text.slice(head.end, objectStart + object.length));
  return subject?.entity === head.entity && described ? { subject, cue: { ...cue, start: Math.min(cue.start, subject.ref.start) } } : unattributed;
}

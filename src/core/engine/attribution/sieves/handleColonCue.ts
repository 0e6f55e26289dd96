import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import { namesLaterSource } from './laterSource';
import type { ColonCue } from './colonBlock';

/**
 * A handle in parentheses after the account's name, its language tag, perhaps a sentence adverb, then a verb in the
 * present or past that is no linking verb: "Sthaisy Smith (@Staisy09) [es] considers", "Leilani Gonzalez (@Le1lani) [es]
 * on the other hand sees", "Agenda 507 (@agenda507) [es] wants".
 */
const HANDLE_THEN_VERB = new RegExp(
  String.raw`\((@\s?\w{1,30})\)(?:\s*${LANGUAGE_TAG})?,?(?:\s+(?:on\s+the\s+other\s+hand|also|too|meanwhile|however),?)?\s+(?!(?:is|was|has|does)\b)\p{Ll}{2,}(?:s|ed)\b`,
  'u',
);

/** A handle in parentheses closing the sentence before its colon, after "of", "from" or "by" and the account's name. */
const HANDLE_THEN_COLON = new RegExp(String.raw`\b(?:of|from|by)\s+[^,;:"“”()]{1,40}?\((@\s?\w{1,30})\)(?:\s*${LANGUAGE_TAG})?\s*:\s*$`, 'u');

/** Up to four capitalised words or numbers right before the handle's parenthesis: "Agenda 507 ". */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*){0,3}\s*$/u;

/**
 * The colon cue of a sentence that names a Twitter account by its handle in parentheses, as Global Voices round-ups
 * introduce each tweet they translate (gv-panama-may-day-protests-and-work-2012-05-02): the account's name and handle
 * as the subject of the sentence's verb ("Sthaisy Smith (@Staisy09) [es] considers it madness to have to work on a day
 * that commemorates labour:"), or closing the sentence after "of", "from" or "by" ("their opinions clearly coinciding
 * with that of Tito Herrera (@TitoHerrera) [es]:"). The speaker is the person or body the text names right before the
 * handle, else the handle as written, a source of its own (`parenthesisedHandle.ts`). `sentence` is the colon's
 * sentence, from `sentenceStart` of `block` (UTF-16 offsets); null when no handle stands so.
 */
export function handleColonCue(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  if (!/:\s*$/.test(sentence)) return null;
  const found = HANDLE_THEN_VERB.exec(sentence) ?? HANDLE_THEN_COLON.exec(sentence);
  const handle = found?.[1];
  if (!found || !handle || namesLaterSource(sentence.slice(found.index + found[0].length))) return null;
  const at = sentenceStart + found.index + found[0].indexOf(`(${handle}`);
  const named = cues.subjectBefore(block, at, sentenceStart);
  const own = named?.entity && named.entity.type !== 'place' && /^\s*$/.test((cues.texts[block] ?? '').slice(named.ref.end, at)) ? named : null;
  const subject: Subject = own ?? cues.handleSource(block, at + 1, at + 1 + handle.length);
  // The cue opens on the account's name written before the handle ("Sthaisy Smith (@Staisy09)").
  const name = NAME_BEFORE.exec((cues.texts[block] ?? '').slice(sentenceStart, at));
  const start = Math.min(subject.ref.start, name ? sentenceStart + name.index : at);
  return { subject, cue: { block, start, end: sentenceStart + sentence.trimEnd().length } };
}

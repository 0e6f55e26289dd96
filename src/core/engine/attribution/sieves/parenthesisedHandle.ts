import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * A handle in parentheses right before the cue verb, past a language tag and a comma: "Embajador Wayne (@USEmbassyMex)
 * [es], tweeted", "character Mafalda (@MafaldaQuotes) [es] wrote", "Park Tae-su (@sjts200) tweeted [ko]".
 */
const HANDLE_BEFORE_VERB = new RegExp(String.raw`\((@\s?\w{1,30})\)(?:\s*${LANGUAGE_TAG})?,?\s+(?:also\s+)?$`, 'u');

/**
 * The account a colon cue names by the handle it writes in parentheses before its verb, when the words before the
 * handle name no speaker the text knows (Global Voices round-ups introduce each tweet so: "The account of the United
 * States Ambassador in Mexico, Embajador Wayne (@USEmbassyMex) [es], tweeted:"). The handle is a source of its own, as
 * a post set off by its handle is (`handleLabel.ts`). `sentenceStart` and `verbStart` are UTF-16 offsets in `block`;
 * null when no handle stands there.
 */
export function parenthesisedHandle(cues: CueReader, block: number, sentenceStart: number, verbStart: number): Subject | null {
  const before = (cues.texts[block] ?? '').slice(sentenceStart, verbStart);
  const found = HANDLE_BEFORE_VERB.exec(before);
  if (!found?.[1]) return null;
  const start = sentenceStart + found.index + 1;
  const named = cues.subjectAt(block, start);
  if (named?.entity && named.ref.start === start) return named;
  return cues.handleSource(block, start, start + found[1].length);
}

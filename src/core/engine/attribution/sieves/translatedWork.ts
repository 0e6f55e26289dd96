import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/** A spoken or filmed work whose words a post may print in translation. */
const WORK = String.raw`(?:speech|address|lecture|talk|remarks|interview|documentary|video|film|programme|program|broadcast)`;

/**
 * `Below is a selected translation of the transcript:`, `Here is selected translation of the video script:` — the colon
 * sentence presents a translated text of a work, and names no one.
 */
const PRESENTED =
  /^(?:Here|Below)\s+(?:is|are)\s+(?:(?:a|an|the|my|our)\s+)?(?:(?:selected|partial|rough|full|brief|short|abridged|English)\s+)?(?:translation|translated\s+excerpts?)\s+(?:of|from)\s+(?:the|this|that|his|her|its|their)\s+(?:(?:video|speech|interview|documentary|film)\s+)?(?:script|transcript|transcription|speech|video|interview|text)\s*:\s*$/u;

/** The work's author before it: "Zhao's speech", with the possessive right after the name. */
const POSSESSED = new RegExp(String.raw`^['’]s\s+(?:\p{Ll}+\s+){0,2}?${WORK}\b`, 'u');

/**
 * `Zhao's speech has been partial transcribed and published in local newspaper Dongfang Daily (via NetEase) [zh]. Below
 * is a selected translation of the transcript:` (gv-china-weibo-political-space-2012-05-10): a colon sentence that
 * presents the translation of a transcript names no one, but the sentence before it, in its paragraph or closing the
 * paragraph before, names the work's author as its possessor ("Zhao's speech") — the one whose words the translation
 * gives (the guide's speaker is who spoke the words, not who transcribed or translated them). The author is the one
 * person or body the name pass read there; two, a place, or none leave the block unattributed (null). `last` is the
 * colon sentence of block `block`, whose text is `text` (UTF-16 offsets).
 */
export function translatedWork(cues: CueReader, block: number, text: string, last: SentenceRange): ColonCue | null {
  if (!PRESENTED.test(text.slice(last.start, last.end))) return null;
  const at = last.start > 0 ? block : block - 1;
  const before = last.start > 0 ? text.slice(0, last.start) : (cues.texts[at] ?? '');
  const owners = cues.mentions.between(at, 0, before.length).filter((m) => POSSESSED.test(before.slice(m.end)));
  const owner = owners[0];
  if (!owner || new Set(owners.map((m) => m.entity)).size !== 1 || owner.entity.type === 'place') return null;
  const ref = { block: at, start: owner.start, end: owner.end };
  return { subject: { ref, entity: owner.entity, resolution: 'name', antecedent: null }, cue: { block, start: last.start, end: last.end } };
}

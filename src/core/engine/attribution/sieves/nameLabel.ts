import { LANGUAGE_TAG } from '../../languageTag';
import { isFirstName } from '../../lexicon/firstNames';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { nameShaped } from '../labelledPeople';

/** A paragraph of a label alone: one or two capitalised words, perhaps in bold marks (`**Lovely Girl**:`), and a colon. */
const LABEL_ONLY = /^(\*\*)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?:\*\*)?\s*:\s*$/u;

/**
 * `Evgeny:` / `Sergei:` / `Lira:` alone in their paragraphs, each over the post or comment it labels and its translation
 * (gv-russia-tolstoy-war-and-peace-legacy-2012-05-04: "two RuNet Twitter users debated …"): a thread printed one
 * message at a time under its writer's name, as a forum or a comment thread shows it (docs/annotation-guide.md,
 * "Labelled lines"). The label's writer speaks the block after it: the person the name pass found there, else the
 * label as written, a person of its own, when its first word is a first name (`Evgeny`, `Ruslan Tomatov`) or when it is a
 * full name in a run of such labels one of which names a person (`inLabelRun`); a heading of common words
 * (`Translation:`, `Update:`, `Example:`) is no one. Offsets are UTF-16 code units of block `block`'s
 * text; null for any other paragraph.
 */
export function nameLabelCue(cues: CueReader, block: number, text: string): ColonCue | null {
  const label = LABEL_ONLY.exec(text);
  const name = label?.[2];
  if (!label || !name) return null;
  const start = label[1]?.length ?? 0;
  const end = start + name.length;
  const named = cues.mentions.between(block, start, end).find((m) => m.start === start && m.end === end);
  if (named && named.entity.type !== 'person') return null;
  if (!named && !isFirstName(name.split(' ')[0] ?? '') && !(name.includes(' ') && nameShaped(name) && inLabelRun(cues, block))) return null;
  const subject = named
    ? { ref: { block, start, end }, entity: named.entity, resolution: 'name' as const, antecedent: null }
    : cues.handleSource(block, start, end, 'person');
  return { subject, cue: { block, start, end } };
}

/** How many paragraphs before or after a label a thread's other labels may stand: a comment and its translation each. */
const RUN_REACH = 6;

/**
 * `Lisbeth Armel:`, then `Sanya Belovka:` and `Ilgiz Taipov:`, each over a comment and its translation
 * (gv-russia-nhl-stars-world-hockey-championship-2012-05-17): a thread's labels name its commenters alike, so a full
 * name the name pass did not know is a commenter's too when another label of the run, within `RUN_REACH` paragraphs,
 * names a person the text knows or opens on a first name.
 */
function inLabelRun(cues: CueReader, block: number): boolean {
  for (let at = Math.max(0, block - RUN_REACH); at <= block + RUN_REACH; at++) {
    const label = at === block ? null : LABEL_ONLY.exec(cues.texts[at] ?? '');
    const name = label?.[2];
    if (!label || !name) continue;
    const start = label[1]?.length ?? 0;
    const end = start + name.length;
    if (
      isFirstName(name.split(' ')[0] ?? '') ||
      cues.mentions.between(at, start, end).some((m) => m.start === start && m.end === end && m.entity.type === 'person')
    )
      return true;
  }
  return false;
}

/**
 * A screen name opening its sentence as the subject of a verb in the present or past, perhaps after the language tag of
 * its link and an adverb: a name with an underscore (`Larbi_org [Fr] followed`), or a capitalised word joined by a hyphen
 * to one capital letter (`Ma-K disagrees`), shapes no word of prose has. Group 1 is the name.
 */
const SCREEN_NAME_OPENING = new RegExp(
  String.raw`^((?:\p{L}[\p{L}\p{N}.-]*_[\p{L}\p{N}_.-]*[\p{L}\p{N}]|\p{Lu}\p{L}*-\p{Lu}))(?:\s*${LANGUAGE_TAG})?\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:s|ed)\b`,
  'u',
);

/**
 * `Ma-K disagrees with Ricky's observations:`, `Larbi_org [Fr] followed the event and he twittered:` (Global Voices,
 * South Africa, May 2012, and Morocco, June 2009): a commenter or poster the text names only by a screen name, as the
 * subject of the colon's sentence, speaks the block after it, the name as written a source of its own (the guide's
 * "Comments under a user name"), never a name the sentence goes on to mention ("Ricky's observations"). `sentence`
 * starts at `sentenceStart` of block `block` (UTF-16 offsets); null for a sentence that opens on no screen name, or on
 * one the name pass found as an entity (its own reading stands).
 */
export function screenNameCue(cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null {
  const name = SCREEN_NAME_OPENING.exec(sentence)?.[1];
  if (!name || !/:\s*$/.test(sentence)) return null;
  const end = sentenceStart + name.length;
  if (cues.mentions.between(block, sentenceStart, end).length > 0) return null;
  return { subject: cues.handleSource(block, sentenceStart, end), cue: { block, start: sentenceStart, end: sentenceStart + sentence.trimEnd().length } };
}

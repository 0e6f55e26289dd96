import type { MentionIndex } from '../mentions';
import { attributed, unattributed, type FoundQuote } from '../types';
import { labelSpeaker } from './transcriptSpeaker';
import { capitalisedRun } from '../capitalisedRun';

/**
 * A dialogue line's label: one to three capitalised words (group 1, who speaks), perhaps a bracketed stage note on whom
 * they speak to (`Karimdjanov [to policewoman]:`), then a colon and the line's words.
 */
const LINE_LABEL = new RegExp(String.raw`^(${capitalisedRun(1, 3)})(?:\s+\[[^\]\n]{1,40}\])?:\s+(?=\S)`, 'u');

/** Where a dialogue line's label and words lie in its paragraph: [start, end) in UTF-16 code units. */
export interface DialogueLine {
  /** The speaker's words in the label. */
  name: { start: number; end: number };
  /** The label without its colon, stage note included. */
  cue: { start: number; end: number };
  /** The line's words after the label. */
  words: { start: number; end: number };
}

/** The label and words of a paragraph opening with a dialogue label; null for any other paragraph. */
function lineOf(text: string): DialogueLine | null {
  const label = LINE_LABEL.exec(text);
  const end = text.trimEnd().length;
  if (!label?.[1] || label[0].length >= end) return null;
  const colon = label[0].lastIndexOf(':');
  return { name: { start: 0, end: label[1].length }, cue: { start: 0, end: colon }, words: { start: label[0].length, end } };
}

/**
 * The lines of dialogues the writer transcribes one turn a paragraph, by block: `Karimdjanov: Look, she is drinking
 * beer. Shall we go?` / `Colleague: Sure` / `Karimdjanov [to policewoman]: I hope you are not against us making a video.
 * …` / `Policewoman: I have a praznik …` (Global Voices, Kyrgyzstan, May 2012, a video's exchange set off after a colon).
 * A run of three or more quotable paragraphs in a row (captions and other blocks not read for quotes passed over), each
 * opening with a label, at least two speakers among the labels and one of them speaking twice or more: a form's fields
 * (`Name:` / `Title:` / `Organization:`) repeat none. One label at least must name a person of the article
 * (`namesPerson`, told the block and the label's name span), so that notes and headings that happen to alternate
 * (`Update:` / `Note:`) are no dialogue. A transcript of questions and answers is read before this (`transcript.ts`).
 */
export function dialogueLines(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  namesPerson: (block: number, name: { start: number; end: number }) => boolean,
): Map<number, DialogueLine> {
  const lines = new Map<number, DialogueLine>();
  let run: Array<[number, DialogueLine]> = [];
  const close = () => {
    const names = run.map(([block, line]) => (texts[block] ?? '').slice(line.name.start, line.name.end));
    const repeated = names.some((name, i) => names.indexOf(name) !== i);
    const spoken = run.some(([block, line]) => namesPerson(block, line.name));
    if (run.length >= 3 && new Set(names).size >= 2 && repeated && spoken) for (const [block, line] of run) lines.set(block, line);
    run = [];
  };
  texts.forEach((text, block) => {
    if (!quotable[block]) return;
    const line = lineOf(text);
    if (line) run.push([block, line]);
    else close();
  });
  close();
  return lines;
}

/**
 * A dialogue line's words as one direct quote, the label its cue: the speaker is the person the label names (by the
 * mention there, or the only person of the article whose name holds the label's word: `Karimdjanov` is Ilya
 * Karimdjanov); a label naming no one the text finds (`Colleague`, `Policewoman`) leaves the line unattributed, never to
 * a colon cue before the dialogue, which tells of the scene and speaks none of it.
 */
export function dialogueQuote(texts: ReadonlyArray<string>, mentions: MentionIndex, block: number, line: DialogueLine): FoundQuote {
  const speaker = labelSpeaker(texts, mentions, { block, ...line.name });
  const ref = { block, ...line.name };
  const subject = speaker
    ? { ref, entity: speaker.entity, resolution: 'name' as const, antecedent: null }
    : { ref, entity: null, resolution: 'unattributed' as const, antecedent: null };
  return attributed(unattributed(block, line.words, 'direct'), subject, { block, ...line.cue }, 'label-line');
}

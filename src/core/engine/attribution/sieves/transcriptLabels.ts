import { question } from './transcriptLines';
import { capitalisedRun } from '../capitalisedRun';

/** A span of one paragraph: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A transcript's label opening a paragraph: as printed (`cue`), the name it gives, and the form it is printed in. */
export interface Label {
  cue: Span;
  name: Span;
  /** Where the words after the label start. */
  after: number;
  form: 'parentheses' | 'colon' | 'bare';
  /** The initials a colon label glosses in parentheses after its name (`YR` of `Youssef R (YR):`), when it does. */
  gloss?: Span;
}

/** Wikinews prints each turn of an interview as `((WN)) question` and `((Gregory Kurtzer)) answer`. */
const PARENTHESES = /^\(\(\s*([^()\n]{1,40}?)\s*\)\)\s*/;
/**
 * `Kurtzer: answer`, `KURTZER: answer`, `Q: question`: one to four capitalised words, a colon, then the words. The first
 * label may gloss the initials the later ones use (`Mark Kaigwa (MK): I started blogging …`, then `MK: …`,
 * gv-kenya-mark-kaigwa-interview-2012-05-11), and a page converted from HTML may keep a no-break space after the colon.
 */
const COLON = new RegExp(String.raw`^(${capitalisedRun(1, 4)})(\s+\(\p{Lu}{2,4}\))?:[ \t\u00a0]+(?=\S)`, 'u');
/** Labels that stand for the outlet or its reporter: their paragraphs are questions, not quotes. */
const INTERVIEWER = /^(?:WN|Wikinews|Q|Question|Interviewer|Reporter)$/i;

/** A capitalised word or initial opening a paragraph (`Teemeah`, `A.`, `Hsing`, `I've`), with the spaces after it. */
const CAPITALISED = /(\p{Lu}[\p{L}'’.-]*)\s+/uy;

/**
 * `Teemeah Why did you start practicing wushu?` / `A. Hsing When I was young …` (Wikinews interviews Alfred Hsing,
 * August 2011): a transcript whose bold labels the text kept without their colon. Its labels are the one to three
 * capitalised words that open two or more paragraphs, each time before a capitalised word and not always the same one
 * (`A.` is always followed by `Hsing`, so `A. Hsing` is the label). By paragraph, the shortest such label opening it.
 */
function bareLabels(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>): Array<Label | null> {
  const openings = texts.map((text, block) => (quotable[block] ? capitalisedOpening(text) : []));
  const next = new Map<string, { count: number; words: Set<string> }>();
  openings.forEach((words, block) => {
    for (let k = 1; k < Math.min(words.length, 4); k++) {
      const name = (texts[block] ?? '').slice(0, words[k - 1]?.end);
      const seen = next.get(name) ?? { count: 0, words: new Set<string>() };
      seen.count++;
      seen.words.add(words[k]?.word ?? '');
      next.set(name, seen);
    }
  });
  return openings.map((words, block) => {
    for (let k = 1; k < Math.min(words.length, 4); k++) {
      const end = words[k - 1]?.end ?? 0;
      const seen = next.get((texts[block] ?? '').slice(0, end));
      if (seen && seen.count >= 2 && seen.words.size >= 2)
        return { cue: { start: 0, end }, name: { start: 0, end }, after: words[k]?.start ?? end, form: 'bare' };
    }
    return null;
  });
}

/** The capitalised words opening `text`, at most four, each with where it starts and ends. */
function capitalisedOpening(text: string): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m?.[1] && words.length < 4; m = CAPITALISED.exec(text))
    words.push({ word: m[1], start: m.index, end: m.index + m[1].length });
  return words;
}

/** The label opening `text`: a name in `(( ))`, or one to four capitalised words before a colon and no quote mark; null when none. */
function labelOf(text: string): Label | null {
  const double = PARENTHESES.exec(text);
  if (double?.[1]) {
    const start = text.indexOf(double[1]);
    return { cue: { start: 0, end: double[0].trimEnd().length }, name: { start, end: start + double[1].length }, after: double[0].length, form: 'parentheses' };
  }
  const colon = COLON.exec(text);
  if (!colon?.[1] || /^["“‘'«]/.test(text.slice(colon[0].length))) return null;
  const cue = colon[1].length + (colon[2]?.length ?? 0);
  const label: Label = { cue: { start: 0, end: cue }, name: { start: 0, end: colon[1].length }, after: colon[0].length, form: 'colon' };
  if (!colon[2]) return label;
  const gloss = colon[1].length + colon[2].indexOf('(') + 1;
  return { ...label, gloss: { start: gloss, end: cue - 1 } };
}

/** The name inside a `((Name))` label opening `text`, as [start, end), unless it is the outlet's own label; null when none. */
export function parenthesesLabelName(text: string): Span | null {
  const label = labelOf(text);
  if (label?.form !== 'parentheses' || INTERVIEWER.test(text.slice(label.name.start, label.name.end))) return null;
  return label.name;
}

/** The name a label of block `block` gives, as written. */
export const labelName = (texts: ReadonlyArray<string>, block: number, label: Label) => (texts[block] ?? '').slice(label.name.start, label.name.end);

/**
 * Each paragraph's label and the form the article's transcript is printed in (form null when its labels make none):
 * labels in `(( ))` or before a colon, or else bare labels when those make a transcript whose answers follow its questions.
 * Only a `quotable` paragraph (by block) may hold a label.
 */
export function transcriptLabels(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
): { labels: ReadonlyArray<Label | null>; form: Label['form'] | null } {
  const labels = texts.map((text, block) => (quotable[block] ? labelOf(text) : null));
  const form = transcriptForm(texts, labels);
  if (form) return { labels, form };
  const bare = bareLabels(texts, quotable);
  const asks = questionLabels(texts, bare, 'bare');
  const named = (block: number) => {
    const label = bare[block];
    return label ? labelName(texts, block, label) : null;
  };
  // A bare label opens each answer right after a question: two such answers, and the labels make a transcript.
  let answered = 0;
  let previous: number | null = null;
  bare.forEach((label, block) => {
    if (!quotable[block]) return;
    const name = named(block);
    const before = previous === null ? null : named(previous);
    if (label && name && !asks.has(name) && before && asks.has(before)) answered++;
    previous = block;
  });
  return { labels: bare, form: answered >= 2 && transcriptForm(texts, bare, 'bare') ? 'bare' : null };
}

/** The label form the article's transcript is printed in, or null when its labels do not make one. */
function transcriptForm(texts: ReadonlyArray<string>, labels: ReadonlyArray<Label | null>, repeatedForm: 'colon' | 'bare' = 'colon'): Label['form'] | null {
  const counts = { parentheses: new Map<string, number>(), colon: new Map<string, number>(), bare: new Map<string, number>() };
  labels.forEach((label, block) => {
    if (!label) return;
    const name = labelName(texts, block, label);
    counts[label.form].set(name, (counts[label.form].get(name) ?? 0) + 1);
  });
  if ([...counts.parentheses.values()].reduce((a, b) => a + b, 0) >= 2) return 'parentheses';
  const repeated = [...counts[repeatedForm]].filter(([, n]) => n >= 2).map(([name]) => name);
  if (repeatedForm === 'colon' && headedAnswers(texts, labels)) return 'colon';
  if (repeated.length < 2) return null;
  const asks = questionLabels(texts, labels, repeatedForm);
  return repeated.some((name) => asks.has(name)) && repeated.some((name) => !asks.has(name)) ? repeatedForm : null;
}

/** The labels whose paragraphs are the interviewer's: an outlet's label, or one whose paragraphs mostly ask. */
export function questionLabels(texts: ReadonlyArray<string>, labels: ReadonlyArray<Label | null>, form: Label['form']): Set<string> {
  const asked = new Map<string, { asks: number; all: number }>();
  labels.forEach((label, block) => {
    if (label?.form !== form) return;
    const text = texts[block] ?? '';
    const name = labelName(texts, block, label);
    const tally = asked.get(name) ?? { asks: 0, all: 0 };
    tally.all++;
    if (question(text)) tally.asks++;
    asked.set(name, tally);
  });
  return new Set([...asked].filter(([name, { asks, all }]) => INTERVIEWER.test(name) || asks * 2 > all).map(([name]) => name));
}

/** A question the outlet sets as a heading over an answer: one short line asking, with no quote marks and no label. */
const HEADING_QUESTION = /^[^"“”:]{10,200}\?\s*$/u;

/**
 * `What’s a challenge you’ve overcome to become an engineer?` / (a photo caption) / `Savvy Verma: One of the biggest
 * challenges …` (usgov-nasa-ames-engineers-math-mentorship-motherhood-2024-02-22): a Q&A whose questions are headings
 * with no label and each of whose answers opens once with its speaker's name and a colon. Its labels make a transcript
 * when two different names each open a paragraph right after such a question, or after it and one paragraph between (a
 * caption): the guide's "Interview transcripts with speaker labels", where a label that opens one answer only is as much
 * a label.
 */
function headedAnswers(texts: ReadonlyArray<string>, labels: ReadonlyArray<Label | null>): boolean {
  const asked = new Set<string>();
  labels.forEach((label, block) => {
    if (label?.form !== 'colon') return;
    const heading = [block - 1, block - 2].some((before) => !labels[before] && HEADING_QUESTION.test(texts[before] ?? ''));
    if (heading) asked.add(labelName(texts, block, label));
  });
  return asked.size >= 2;
}

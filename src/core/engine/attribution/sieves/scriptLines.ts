import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { SCRIPT_NOUNS } from '../../lexicon/scriptNouns';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';

/**
 * A time stamp labelling a line of a video's translated script, minutes and seconds, then its colon: `0'18": `, `12'05″: `
 * (gv-taiwan-tao-nuclear-nightmare-2012-05-11). Only this form: a clock time (`10:30:`) opens a live report's own lines.
 */
const TIME_LABEL = /^\s*\d{1,2}['’′]\d{2}(?:["”″]|'')\s*:\s+(?=\S)/u;

/** A line's own speaker label after its time stamp, in parentheses with a colon: `(Former President Chen Shui-Bian said on TV): `. */
const OWN_LABEL = /^\(([^()]{3,80})\)\s*:\s+(?=\S)/u;

/** Whether a quotable paragraph is a time-stamped script line. */
const timed = (texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, i: number): boolean => !!quotable[i] && TIME_LABEL.test(texts[i] ?? '');

/**
 * Whether the time-stamped line `block` is in a run of two or more such lines whose paragraph before ends in a colon and
 * names a recording's words (`Here is selected translation of the video script:`, `SCRIPT_NOUNS`): a script the writer
 * sets off, not a paragraph that happens to open with a time, nor a race's timed splits or a roster's heights after a
 * colon (`Here is how the race unfolded:`, `1'05": Bolt takes the lead`). Captions and other blocks not read for quotes
 * are passed over.
 */
function inScript(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): boolean {
  if (!timed(texts, quotable, block)) return false;
  let first = block;
  for (let i = block - 1; i >= 0; i--) {
    if (!quotable[i]) continue;
    if (!timed(texts, quotable, i)) break;
    first = i;
  }
  let lines = 0;
  for (let i = first; i < texts.length && lines < 2; i++) if (quotable[i]) lines += timed(texts, quotable, i) ? 1 : 99;
  let before = first - 1;
  while (before >= 0 && !quotable[before]) before--;
  const leadIn = texts[before] ?? '';
  return lines === 2 && /:\s*$/.test(leadIn) && [...leadIn.toLowerCase().matchAll(/\p{L}+/gu)].some((w) => SCRIPT_NOUNS.has(w[0]));
}

/**
 * The quotes of a line of a video script the writer sets off after a colon, each line under its time stamp (`0'18": To the
 * Tao people of Orchid Island, …`, gv-taiwan-tao-nuclear-nightmare-2012-05-11; the guide's "A translated video script
 * after a colon line"): the line after its label is one direct quote, with no speaker (the lead-in names the script, not
 * who speaks it), beside the direct quotes found inside it (`The township magistrate … asked, "…"`). A line with its own
 * label that names a speaker by a speech verb (`(Former President Chen Shui-Bian said on TV): Our policy …`) is that
 * speaker's, from after the label. `found` are the quotes the sentences of `block` gave; null when it is no script line.
 */
export function scriptLineQuotes(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  block: number,
  cues: CueReader,
  found: ReadonlyArray<FoundQuote>,
): Array<FoundQuote> | null {
  if (!inScript(texts, quotable, block)) return null;
  const text = texts[block] ?? '';
  const start = TIME_LABEL.exec(text)?.[0].length ?? 0;
  const own = OWN_LABEL.exec(text.slice(start));
  const span = { start: start + (own?.[0].length ?? 0), end: text.trimEnd().length };
  const line = unattributed(block, span, 'direct');
  const verb = own?.[1] ? [...own[1].matchAll(/\p{L}+/gu)].find((w) => isSpeechVerb(w[0])) : undefined;
  const labelStart = start + 1;
  const subject = verb?.index !== undefined ? cues.speakerBefore(block, labelStart + verb.index, labelStart) : null;
  const quote = subject?.entity ? attributed(line, subject, { block, start: labelStart, end: labelStart + (own?.[1]?.length ?? 0) }, 'label-line') : line;
  return [quote, ...found.filter((q) => q.kind === 'direct' && q.start >= span.start)];
}

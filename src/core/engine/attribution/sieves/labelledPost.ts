import type { MentionIndex } from '../mentions';
import { attributed, unattributed, type FoundQuote } from '../types';
import { capitalisedRun } from '../capitalisedRun';

/** A full name of two to four capitalised words opening the paragraph, then a colon and the words. */
const NAME_LABEL = new RegExp(String.raw`^(${capitalisedRun(2, 4)}):\s+(?=\p{L})`, 'u');

/**
 * The full name labelling a comment (`Ed Dalisay: China has a bigger problem …` gives `Ed Dalisay`): a label of two to
 * four capitalised words and a colon, then prose of five words or more that sets nothing off: a sentence end in it
 * (`Eleasa Kim: Pioneering CLDP Payload Operations and Cultural Integration` is a headline), no colon at its end (that
 * introduces what follows). Null for any other paragraph.
 */
export function labelledPostName(text: string): string | null {
  const label = NAME_LABEL.exec(text);
  const said = label ? text.slice(label[0].length).trimEnd() : '';
  return label?.[1] && said.split(/\s+/).length >= 5 && !/:$/.test(said) && /[.!?…]/.test(said) ? label[1] : null;
}

/**
 * `Ed Dalisay: China has a bigger problem at home. Their economy is falling …` (Global Voices, Philippines, May 2012): a
 * round-up prints readers' comments one a paragraph, each under its writer's full name and a colon (`labelledPostName`),
 * as it prints posts under a handle (docs/annotation-guide.md, "Labelled lines" and "Tweets and posts"). The rest of the
 * paragraph is one direct quote by the person the label names, the cue the label without its colon. Only a label the
 * name pass (or `labelledPeople.ts`) found whole as a person counts: `Simultaneous Operations: "Simultaneity" describes
 * …` and `South Korea: …` name no one. Offsets are UTF-16 code units of block `block`'s text; null for any other
 * paragraph.
 */
export function labelledPost(block: number, text: string, mentions: MentionIndex): FoundQuote | null {
  const name = labelledPostName(text);
  if (!name) return null;
  const named = mentions.between(block, 0, name.length).find((m) => m.start === 0 && m.end === name.length && m.entity.type === 'person');
  if (!named) return null;
  const at = { block, start: 0, end: name.length };
  const words = { start: (NAME_LABEL.exec(text)?.[0] ?? '').length, end: text.trimEnd().length };
  const subject = { ref: at, entity: named.entity, resolution: 'name' as const, antecedent: null };
  return attributed(unattributed(block, words, 'direct'), subject, at, 'label-line');
}

import { attributeCase, type DirectSieve } from './direct';

/** A label of names and titles only (capitalised words and the small words of a title), then a colon. */
const LABEL = /^((?:\p{Lu}[\p{L}.’'&-]*)(?:\s+(?:\p{Lu}[\p{L}.’'&-]*|of|the|for|and|to|on|in|at))*)\s*:\s*$/u;

/**
 * `Secretary of the Air Force James Roche: "No, Sir, save it …"`: an email exchange or a transcript printed one
 * message a paragraph, each a label naming a person and a quotation in marks running to the paragraph's end
 * (docs/annotation-guide.md, "Labelled lines"). The quote is the person's, the cue the label without its colon. Only a
 * label of names and titles counts ("Natalie Burg of Contently sums it up nicely:" is a leading cue, "Example:" names
 * no one), and only a person the name pass found ends it.
 */
export const labelLine: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null || !/^[\s.,!?]*$/.test(text.slice(direct.close + 1))) return null;
  const label = LABEL.exec(text.slice(0, direct.open));
  if (!label?.[1]) return null;
  const end = label[1].length;
  const subject = cues.subjectBefore(block, end, 0);
  if (!subject?.entity || subject.entity.type !== 'person' || subject.ref.end !== end) return null;
  return attributeCase(c, subject, { block, start: 0, end }, 'label-line');
};

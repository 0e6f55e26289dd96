import type { FoundEntity } from '../../entities/types';
import { isRoleOrTitleWord } from '../rolePhrase';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';

/**
 * A paragraph's closing signature: after a sentence's end, an optional dash, then two to four capitalised words
 * alone to the paragraph's end (`… the mainstream media laughs about it. — Rick Santorum`, `… she was suppressive.
 * Valeska Paris`).
 */
const SIGNATURE = /[.!?…\]]\s+(?:([-—–]{1,2})\s*)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\.?\s*$/u;
/** The speaker's own voice: a pull quote without a dash is told in the first person, a caption or a credit is not. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)\b/;

/**
 * `[The santorum neologism is] offensive beyond, … and the mainstream media laughs about it. — Rick Santorum`,
 * `I was basically hauled in and told that my mum had attacked the church … because she was suppressive. Valeska
 * Paris`: a paragraph without quote marks that ends in a person's full name is a pull quote whose marks the text lost
 * (the annotation guide's pull quotes, "ending `— Name`"): the words before the name are that person's. Observed on
 * real news: Wikinews quote boxes as the GUM corpus keeps them, which drop the marks, and sometimes the dash too.
 * Without a dash the words must be in the first person, so that a caption's closing credit ("… its narrow-field-of-view
 * camera. Intuitive Machines") or a list of names is no quote, unless a title follows the name ({@link titledSignature}).
 * The name must lead to a person the article names (`people`, the article's entities); null otherwise. The quote and
 * its cue hold UTF-16 offsets into `text`.
 */
export function signedParagraph(block: number, text: string, cues: CueReader, people: ReadonlyArray<FoundEntity>): FoundQuote | null {
  if (text.length > 900 || /["“”«»]|``/.test(text)) return null;
  const signature = SIGNATURE.exec(text);
  if (!signature?.[2]) return titledSignature(block, text, people);
  const dashed = signature[1] !== undefined;
  const nameAt = signature.index + signature[0].lastIndexOf(signature[2]);
  const words = text
    .slice(0, nameAt)
    .replace(/[-—–]{1,2}\s*$/, '')
    .trimEnd();
  if (!dashed && !FIRST_PERSON.test(words)) return titledSignature(block, text, people);
  const subject = cues.subjectAt(block, nameAt);
  if (!subject?.entity || subject.entity.type !== 'person' || subject.resolution !== 'name') return null;
  if (!/^\s*\.?\s*$/.test(text.slice(subject.ref.end))) return titledSignature(block, text, people);
  const quote = unattributed(block, { start: 0, end: words.length }, 'direct');
  // The cue is the signature as the golds write a trailer's: from its dash ("— Rick Santorum"), or the name alone.
  const cueStart = dashed ? signature.index + signature[0].indexOf(signature[1] ?? '') : nameAt;
  return attributed(quote, subject, { block, start: cueStart, end: subject.ref.end }, 'trailer-dash');
}

/** Capitalised words alone after the name to the paragraph's end: the signer's title ("Astronaut Fitness Trainer"). */
const TITLE_AFTER = /^(?:\s+\p{Lu}[\p{L}’'.&-]*){1,5}\.?\s*$/u;

/**
 * `Study, find resources, find help, continue, and don’t give up. Corey Twine Astronaut Fitness Trainer` (a NASA
 * career page of the development half): a pull quote whose marks the page lost, signed with the full name of a person
 * the article names and their capitalised title, one of its words a role or title word. The title tells a signature
 * from a caption's closing credit ("… camera. Tim Crain"), so the words need not be in the first person. The name pass
 * reads the name and title as one run of capitalised words, so the name is matched as the article writes it elsewhere.
 * Null for any other paragraph.
 */
function titledSignature(block: number, text: string, people: ReadonlyArray<FoundEntity>): FoundQuote | null {
  const from = Math.max(0, text.length - 160);
  for (const end of text.slice(from).matchAll(/[.!?…]\s+(?=\p{Lu})/gu)) {
    const nameAt = from + end.index + end[0].length;
    const person = people.find((p) => p.type === 'person' && /\s/.test(p.name) && text.startsWith(p.name, nameAt));
    const title = person ? text.slice(nameAt + person.name.length) : '';
    if (!person || !TITLE_AFTER.test(title) || !title.match(/\p{L}+/gu)?.some((w) => isRoleOrTitleWord(w.toLowerCase()))) continue;
    const ref = { block, start: nameAt, end: nameAt + person.name.length };
    const quote = unattributed(block, { start: 0, end: nameAt - end[0].length + 1 }, 'direct');
    return attributed(quote, { ref, entity: person, resolution: 'name', antecedent: null }, ref, 'trailer-dash');
  }
  return null;
}

// Two plain-text marks that a paragraph after a block quotation is still the quoted text, whatever its voice: the
// editor's words put into it in square brackets, and a sentence the paragraph before left unfinished.

/** A language tag or a list of them (`[es]`, `[en, ar]`, `[es/ca]`), which a writer adds to their own lines. */
const LANGUAGE_LIST = /^[a-z]{2}(?:\s*[,/]\s*[a-z]{2})*$/;

/**
 * Whether a paragraph holds an editor's gloss in square brackets inside its words (`The PF [ruling Patriotic Front]
 * government is giving a few litres of fuel …`, gv-zambia-fuel-shortages-malawi-donation-2012-05-21, the Zambian
 * Watchdog's story quoted over several paragraphs): words of two or more inserted into someone else's text, which a writer
 * never does to their own. Language tags, ellipses, one-word notes (`[deleted]`) and a paragraph that is all one
 * bracketed note (`[All links lead to Portuguese language pages …]`) are no such gloss. On the development half every
 * paragraph holding such a gloss outside a post under a handle or an interview answer is a quotation's (census in the
 * session 31 notes, block13).
 */
export function insertsWords(text: string): boolean {
  if (/^\s*\[/.test(text)) return false;
  return [...text.matchAll(/\[([^\][]+)\]/g)].some((m) => {
    const inside = (m[1] ?? '').trim();
    return !LANGUAGE_LIST.test(inside) && /^\p{L}[\p{L}'’.\s-]*$/u.test(inside) && inside.split(/\s+/).length >= 2;
  });
}

/**
 * The words a sentence cannot end on: articles, prepositions, conjunctions and the infinitive's `to`. Lower case;
 * callers lower-case the word.
 */
const OPEN_ENDING = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'for',
  'with',
  'by',
  'in',
  'on',
  'at',
  'from',
  'into',
  'and',
  'or',
  'but',
  'that',
  'whose',
  'which',
]);

/**
 * Whether a paragraph breaks off in mid-sentence: no closing punctuation and a last word no sentence ends on
 * (`THE APPOINTMENT BY PRESIDENT MICHAEL SATA OF A JUDICIAL TRIBUNAL TO`, then `LOOK INTO THE ACTIONS OF A JUDGE …`,
 * Elias Chipimo Jr's statement as reproduced on Facebook, gv-zambia-netizens-question-judges-suspensions-2012-05-10).
 * The paragraph after it finishes the sentence, so it belongs to the same quotation.
 */
export function breaksOff(text: string | undefined): boolean {
  const last = /(\p{L}+)\s*$/u.exec(text ?? '');
  return last?.[1] !== undefined && OPEN_ENDING.has(last[1].toLowerCase());
}

import type { SentenceRange } from '../../../sentences';
import type { ColonCue } from './colonBlock';
import { awaitsItems } from './listIntroduction';
import { foreignProse, wordsIn } from './translation';

/**
 * The colon cue of a lead-in that names no speaker but sets off prose in another language: `Messages of support have also
 * been left on the bar's Facebook page [ar]:` over an Armenian post, `On one of the Facebook pages created in order to
 * coordinate the protests says [amh]:` over an Amharic one (Global Voices, development half, May 2012; their golds quote
 * both, and their English after them). An English article's writer does not write a paragraph in Armenian: after a
 * colon, it is someone's words, whoever the lead-in fails to name (docs/annotation-guide.md: an unnamed source's
 * quote is `null`). The quotation and the translation the walk reads as going on from it (`blockGoesOn.ts`) are given to
 * nobody, with the lead-in, its colon left out, as their cue. Null when the paragraph does not end in a colon, is itself
 * in another language (a colon inside a quoted post), or the next quotable paragraph `next` is not prose in another
 * language, or the lead-in breaks off before its own list (`awaitsItems`: an English list item of nouns alone has no
 * function words either). `last` is the paragraph's last sentence; offsets are UTF-16, half-open.
 */
export function foreignLeadIn(block: number, text: string, last: SentenceRange | undefined, next: string | undefined): ColonCue | null {
  if (!last || next === undefined || !/:\s*$/.test(text) || wordsIn(next) < 8 || foreignProse(text) || !foreignProse(next)) return null;
  if (awaitsItems(text.slice(last.start, last.end))) return null;
  const cue = { block, start: last.start, end: text.replace(/\s*:\s*$/, '').length };
  return { subject: { ref: cue, entity: null, resolution: 'unattributed', antecedent: null }, cue };
}

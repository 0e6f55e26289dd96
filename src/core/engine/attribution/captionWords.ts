import type { DirectSpan } from '../directQuotes';
import { SIGN_NOUN } from '../lexicon/signNouns';
import { INSCRIBED_PARTICIPLES } from '../lexicon/inscribedParticiples';
import { PICTURE_MADE_PARTICIPLES } from '../lexicon/pictureMadeParticiples';

/** A picture's credit: `Photo by …`, `Image from …`, `Pictures courtesy of …`. */
const CREDIT = String.raw`(?:photos?|images?|pictures?|photographs?)\s+(?:by|from|courtesy|credit)\b`;

/** A picture's credit right after the closing mark: `"I block! You too?" Photo by ateneinrivolta on Flickr (CC BY-ND 2.0).` */
const CREDIT_NEXT = new RegExp(String.raw`^\s*[,.]?\s*${CREDIT}`, 'iu');

/** A sign that bears the words, saying them: `"The key is in the Sun (Sol)" a poster says in the Madrid plaza.` */
const SIGN_SAYS = new RegExp(String.raw`^\s*[,.]?\s*(?:an?|the|this|one)\s+(?:[\p{L}-]+\s+)?(?:${SIGN_NOUN})\s+(?:says?|reads?|said)\b`, 'iu');

/** The words written on a thing: `"Sex is good, Botox (Putin's nickname) is bad" is written on the paper`. */
const WRITTEN_ON = new RegExp(String.raw`^\s*[,.]?\s*(?:is|was|are|were)\s+(?:${INSCRIBED_PARTICIPLES.join('|')})\s+on\b`, 'iu');

/** What the picture is made of, before its credit: `"It was for an entire generation, but no more!", composed of avatars`. */
const PICTURE_MADE = new RegExp(String.raw`^\s*,\s*(?:${PICTURE_MADE_PARTICIPLES.join('|')})\s+(?:of|from|with|by)\b`, 'iu');

/** A picture's credit anywhere later in the caption (`Image from Nawaat.org`, `(CC BY 2.0)`). */
const CREDIT_LATER = new RegExp(String.raw`\b${CREDIT}|\(CC[\s-]BY`, 'iu');

/**
 * Whether the quoted words `direct` (UTF-16 offsets in `text`, its paragraph) open a picture's caption as the words a
 * sign, a poster or a picture shows: the credit right after the marks (`"Not one more lie. Regina Mártinez. Justice."
 * Photo by Adri Lagunes on Flickr (CC BY-NC 2.0)`), a sign that says them (`"The key is in the Sun (Sol)" a poster says
 * in the Madrid plaza. Photo by Elena Arrontes.`), a thing they are written on (`"Sex is good, Botox (Putin's nickname)
 * is bad" is written on the paper, 24 Dec 2011, photo by Dmitry Nikolaev`), or what the credited picture is made of
 * (`"It was for an entire generation, but no more!", composed of avatars of Tunisian Twitter users. Image from
 * Nawaat.org`) (Global Voices, development half, May 2012, whose golds hold none of them as a quote;
 * docs/annotation-guide.md: slogans printed on things are no quotes). Only marks that open the paragraph count: a
 * caption names its picture first, while a quote a caption's sentence gives a speaker (`… said a protester. Photo by …`)
 * reads on as speech.
 */
export function captionWords(text: string, direct: DirectSpan): boolean {
  if (direct.close === null || direct.open > 3 || text.slice(0, direct.open).trim() !== '') return false;
  const tail = text.slice(direct.close + 1, direct.close + 200);
  return CREDIT_NEXT.test(tail) || SIGN_SAYS.test(tail) || WRITTEN_ON.test(tail) || (PICTURE_MADE.test(tail) && CREDIT_LATER.test(tail));
}

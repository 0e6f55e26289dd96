import type { DirectSpan } from '../directQuotes';
import { CAPITALISED_SIGN_NOUN, SIGN_NOUN } from '../lexicon/signNouns';

/**
 * A sign's or a banner's words introduced at a sentence's start with no determiner, as a photo caption writes it: `A Lopez
 * Obrador supporter before the presidential candidate debate on Sunday, May 6. Sign reads "Votes don't have prices, …"
 * Image by Flickr user Eneas (CC BY 2.0)` (Global Voices, Mexico, May 2012). `namedThing.ts` reads the noun after a
 * determiner or a verb of holding (`a hand-painted sign that read "…"`); a caption drops the article.
 */
const SIGN_OPENING = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${CAPITALISED_SIGN_NOUN})\s+(?:reads?|says?|said)\s*[,:]?\s*$`, 'u');

/**
 * Slogans given as examples, on posters, banners or walls: `making posters with slogans such as “Your bombs don’t affect
 * us,”` (Global Voices, Armenia, May 2012). docs/annotation-guide.md: slogans printed on things are no quotes.
 */
const SLOGANS_SUCH_AS = /\bslogans?\s+(?:such\s+as|like)\s*[,:]?\s*$/iu;

/**
 * A thing that bears the words, named with its text right before the marks: `stickers with the text "Who is Lajos
 * Simicska?" started popping up in the toilets of random Budapest bars` (Global Voices, Hungary, May 2012).
 */
const THING_WITH_TEXT = new RegExp(
  String.raw`\b(?:${SIGN_NOUN}|shirts?|badges?|flags?)\s+(?:with|bearing|carrying|showing)\s+(?:the\s+)?(?:text|words?|slogans?|message|inscription)\s*[,:]?\s*$`,
  'iu',
);

/**
 * Signs listed as what they bore, each slogan in its marks: `Signs included "Women DO Regret Abortion" and "I am the
 * Pro-Life Generation," many held up by young women.` (Wikinews, March for Life, 2017, whose gold quotes neither).
 */
const SIGNS_INCLUDED = new RegExp(String.raw`\b(?:${SIGN_NOUN}|slogans)\s+(?:included|include)\s+(?:["“][^"“”]{1,80}["”]\s*,?\s+(?:and\s+|or\s+)?)*$`, 'iu');

/** Whether the quote opened at `open` is one of the signs a sentence lists (`SIGNS_INCLUDED`); a substring test first, as few sentences list signs. */
function signsIncluded(text: string, open: number): boolean {
  const listed = text.slice(Math.max(0, open - 200), open);
  return listed.includes('nclude') && SIGNS_INCLUDED.test(listed);
}

/**
 * A shared article's headline with its link and the account it came through, as a tweet passes one on: `RIP Carlos my
 * friend. … "Carlos Fuentes dies at 83 http://t.co/2uQGHgvC via @USATODAY"` (Salman Rushdie's tweet, Global Voices,
 * Mexico, May 2012): the outlet's headline, which nobody is said to say.
 */
const SHARED_HEADLINE = /(?:https?:\/\/|www\.)\S+\s+via\s+@[\p{L}\p{N}_]+[.!]?\s*$/u;

/**
 * The sign nouns after a sentence of slogans in marks that says what bore them: `"Lower the cost of living, "Corruption
 * kills", "No more Corruption and No more Bribes" read the placards that were carried by workers.` and its Spanish, `“Abajo
 * el alto costo de la vida”, “La corrupción mata”, “Ni corruptos ni coimeros”, se leía en las pancartas …` (Global Voices,
 * Panama, May 2012, whose gold quotes the paragraphs, not the slogans). No sentence end between the marks and the verb.
 */
const READ_ON_SIGNS = new RegExp(
  String.raw`^[^.!?]*?["”»]\s*,?\s+(?:(?:read|reads|said|says)\s+(?:the\s+)?(?:${SIGN_NOUN})|se\s+le[íi]an?\s+en\s+(?:las\s+|los\s+)?(?:pancartas|carteles|mantas))\b`,
  'iu',
);

/** Whether the quote opened at `open` is one of the slogans a sentence opening on a mark says signs bore (`READ_ON_SIGNS`). */
function readOnSigns(text: string, open: number): boolean {
  // The words after the quote first: they read on to the next sentence end only, where finding the sentence's start
  // reads the whole paragraph before the quote, at each quote of a long paragraph.
  if (!READ_ON_SIGNS.test(text.slice(open))) return false;
  const before = text.slice(0, open);
  const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s+(?=["“«])/gu)].map((m) => (m.index ?? 0) + m[0].length));
  return /^\s*["“«]/u.test(text.slice(sentenceStart));
}

/**
 * Whether the quoted words `direct` (UTF-16 offsets in `text`, its paragraph) are words shown rather than spoken: a
 * sign's words a caption gives (`SIGN_OPENING`), slogans given as examples (`SLOGANS_SUCH_AS`), a thing named with its text (`THING_WITH_TEXT`), signs listed
 * (`SIGNS_INCLUDED`) or slogans said to be on signs (`readOnSigns`), or a headline shared with its link (`SHARED_HEADLINE`).
 */
export function displayedWords(text: string, direct: DirectSpan): boolean {
  const before = text.slice(Math.max(0, direct.open - 60), direct.open);
  return (
    SIGN_OPENING.test(before) ||
    SLOGANS_SUCH_AS.test(before) ||
    THING_WITH_TEXT.test(before) ||
    signsIncluded(text, direct.open) ||
    SHARED_HEADLINE.test(text.slice(direct.start, direct.end)) ||
    readOnSigns(text, direct.open)
  );
}

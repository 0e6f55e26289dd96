import { nameAndRoleLine } from '../nameAndRoleLine';
import { profileFieldLine } from '../profileHeader';
import type { ColonCue } from './colonBlock';

/**
 * A post's words without what a translation leaves as it is or drops: its handle label (`@myriammeziou:`), hashtags,
 * mentions and links. Global Voices prints a tweet in its language with all of them, then the English words alone.
 */
export const postWords = (text: string): string =>
  text
    .replace(/^\s*@[\p{L}\p{N}_]+\s*:\s*/u, '')
    .replace(/(?:https?:\/\/|www\.)\S+/g, '')
    .replace(/[#@][\p{L}\p{N}_]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a UTF-16 code unit is white space as `\s` reads it: ECMAScript's WhiteSpace (Unicode's Zs, tab, vertical tab, form feed, BOM) and LineTerminator. */
const isWhiteSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Whether most of a text's letters are of a dense script (Han, Hangul, kana), which writes a word in one to three characters. */
export const denseScript = (text: string): boolean => (text.match(DENSE)?.length ?? 0) * 2 > (text.match(/\p{L}/gu)?.length ?? 0);

/** Letters of abjads (Arabic, Hebrew), which leave most vowels unwritten. */
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}]/gu;

/**
 * Letters of the Brahmic abugidas of South Asia (Bengali, Devanagari, Tamil and their kin), which leave a consonant's
 * inherent vowel unwritten and join consonants into one cluster, so that their words run as short as an abjad's against
 * English: `নানা বাধা ডিঙিয়ে হয়ে গেলো …` (284 units after its marks) → `Crossing various hurdles, the Bangla bloggers
 * conducted …` (459 units, 1.62 times as long; gv-bangladesh-bloggers-march-journalist-couple-2012-05-16).
 */
const ABUGIDA =
  /[\p{Script=Bengali}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/gu;

/**
 * How many words a text has: its spaced words, or for a dense script that writes none (Chinese, Japanese) one for every
 * two of its characters (`慈悲天父嘅主呀,求你為被…` is one spaced "word").
 */
export const wordsIn = (text: string): number => Math.max(text.trim().split(/\s+/).length, Math.floor((text.match(DENSE)?.length ?? 0) / 2));

/**
 * The range of an English translation's length over its original's (UTF-16 units): alike for alphabetic scripts, up to
 * twice as long for an abjad or a Brahmic abugida (`ABUGIDA`), one to six times as long for a dense script (`조계종간부들의 도박, 음주, 흡연행위는 …` →
 * `The Jogye order managerial level monks' gambling, drinking and smoking …`; Cantonese `與其說神愛世人 不如說是宗教挑起仇恨
 * 比較貼切` → `God loves everyone in this world, but in reality, it is more accurate to say that religion has instigated
 * hatred.`, five times as long, Global Voices, Hong Kong, May 2012). A tweet's words, fewer than
 * `SHORT_POST` units once its hashtags are left out, may come out to twice their length, the translator spelling out
 * what a hashtag said (`… por subir a #2dopiso #supervia` → `… for going up to the second level of the super-road
 * #2dopiso #supervia`, Global Voices, Mexico, May 2012).
 */
export function translationRatio(original: string): readonly [number, number] {
  if (denseScript(original)) return [1, 6];
  const letters = original.match(/\p{L}/gu)?.length ?? 0;
  if ((original.match(ABJAD)?.length ?? 0) * 2 > letters || (original.match(ABUGIDA)?.length ?? 0) * 2 > letters) return [0.6, 2.2];
  return original.length < SHORT_POST ? [0.6, 2] : [0.6, 1.6];
}

/** The length (UTF-16 units) under which an original reads as a tweet's few words, whose translation may spell more out. */
const SHORT_POST = 100;

/** Common English words: their share of a paragraph's words tells English text from a quotation in another language. */
// Letters on both sides as Unicode counts them: `\b` is ASCII-only, and would find "i" in Turkish "için" and "a" in "déjà".
// Pronouns and question words too: a tweet's translation is short and has few articles ("What will happen to him when he …").
// "I" counts only as the capital English writes it: a lower-case "i" is the "and" of Serbian, Croatian, Polish or Italian
// (`… glas za oruzje, ratove, krvoprolice i Srbiju u mraku`, Global Voices, Serbia, May 2012).
// Words few other languages written in Latin letters share, too: "Israeli Prime Minister Benjamin Netanyahu consulted
// cabinet ministers about a potential response." (a fresh Wikinews page, session 49) has none of the others, and was read
// as an original before its translation. Not "a", "an", "at", "also", "over", "had": Romance, German, Tagalog, Dutch words.
const ENGLISH_WORDS =
  /(?<![\p{L}\p{N}])(?:the|and|of|to|is|was|are|were|in|that|it|for|with|this|have|has|not|be|by|on|they|we|he|she|you|his|him|her|their|them|your|will|what|when|who|but|from|about|after|which|would|could|should|there|been|said|says|than|into|its|our|if|or)(?![\p{L}\p{N}])/giu;
const PRONOUN_I = /(?<![\p{L}\p{N}])I(?![\p{L}\p{N}])/gu;
// Over `wordsIn`'s count: Chinese writes no spaces between its words, and the English title in `她的新歌 Born This Way
// “生來如此” -- 聲稱上帝創造同性戀者 …` (Global Voices, Hong Kong, May 2012) is no share of a paragraph of ten spaced parts.
const englishShare = (text: string) => ((text.match(ENGLISH_WORDS)?.length ?? 0) + (text.match(PRONOUN_I)?.length ?? 0)) / Math.max(1, wordsIn(text));

/** The share of English words (`englishShare`) under which prose is in another language. */
const FOREIGN_SHARE = 0.04;

/**
 * Whether `text` has a `share` of English words (`ENGLISH_WORDS` alone, of `englishShare`'s count) or more, reading only
 * until it has: English prose shows it in its first words, and most paragraphs are English (this test first spares them
 * the closer look `foreignProse` gives the rest). `text` is trimmed, so its spaced words are `wordsIn`'s already.
 */
function englishAtLeast(text: string, share: number): boolean {
  let words = Math.max(1, spacedWords(text));
  let counted = false;
  const matches = text.matchAll(ENGLISH_WORDS);
  let english = 0;
  while (!matches.next().done) {
    if (++english / words < share) continue;
    // A dense script's words (`wordsIn`: one for every two of its characters) are counted only once the spaced ones would
    // call the text English.
    if (!counted) {
      counted = true;
      words = Math.max(words, Math.floor((text.match(DENSE)?.length ?? 0) / 2));
      if (english / words < share) continue;
    }
    return true;
  }
  return false;
}

/**
 * How many words `text.split(/\s+/)` parts a text into, white space at its ends included (one for an empty text, one more
 * for each end that is white space), counted without making the parts.
 */
function spacedWords(text: string): number {
  let parts = 1;
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i)) && !isWhiteSpace(text.charCodeAt(i + 1))) parts++;
  return parts;
}

/** Whether a text holds what a post's handle label, a link, a hashtag or a mention opens with: without them it is its own `postWords` but for spaces. */
const holdsPostMarks = (text: string): boolean =>
  text.includes('@') || text.includes('#') || text.includes('http://') || text.includes('https://') || text.includes('www.');

/**
 * Whether most of a line's words are capitalised: names and titles in a list, not prose in any language that writes
 * capitals (`– STEM Quesst, Wisconsin Space Grant Cornell University, Ithaca, New York –Quesst Community Overflight STEM
 * Engagement New York Space Grant Consortium`, a list of grants on a fresh NASA page, which has no English function
 * word). Prose capitalises a sentence's first word and its names; German its nouns too, still well under 60 % of them.
 */
const namesInTitleCase = (words: ReadonlyArray<string>): boolean => words.filter((w) => /^[("“-]?\p{Lu}/u.test(w)).length >= words.length * 0.6;

/**
 * How many words prose needs: five, or three in a post (`marked`) whose words are all in a script other than Latin, which
 * no list of names or code is written in (`@Mahmoudhomsi: #شكرا‬‏ على الاستقلال الاقتصادي`, "thank you for economic
 * independence", gv-jordan-thank-you-hashtag-monarchy-2012-05-18).
 */
const shortestProse = (marked: boolean, words: ReadonlyArray<string>): number =>
  marked && words.length >= 3 && words.every((w) => !/\p{Script=Latin}/u.test(w)) ? 3 : 5;

/**
 * Whether a paragraph is prose in another language than English, as a post's words count (`postWords`): almost no
 * English words, and words rather than code (`{ "filter": { "bigram_filter": … } }` has no English words either).
 */
export function foreignProse(text: string): boolean {
  // Most paragraphs are English and hold no post's marks: their share of English words is read from the text as it is,
  // white space counting alike however it is spaced (the words of `text.trim()`, which `postWords` would leave).
  // Without them the post's words give the same answer, which a text in another language need not be read for again.
  const marked = holdsPostMarks(text);
  if (!marked && englishAtLeast(text.trim(), FOREIGN_SHARE)) return false;
  // A line listing someone by name and role has no function words either: "Teddy Tzanetos, Ingenuity project manager, NASA JPL";
  // nor has a profile's header field: "Organization: Planetary Environments Laboratory, Science Directorate (Code 699)".
  if (nameAndRoleLine(text) || profileFieldLine(text)) return false;
  const original = postWords(text);
  if (marked && englishAtLeast(original, FOREIGN_SHARE)) return false;
  // Words as a tweet writes them ("persepolis!!!!", "(delil:poşu", "sene)") count; figures and lone marks are left out.
  // Arabic writes vowel marks on its letters ("أبداً") and its own comma ("والجنة،"), and a word may be in quote marks.
  const words = original.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const prose = denseScript(original)
    ? original.length >= 15
    : !/[{}=<>]/.test(original) &&
      !namesInTitleCase(words) &&
      words.filter((w) => /^[("“-]?\p{L}[\p{L}\p{M}'’.:-]*["”]?[.,;:!?…)،؛؟]*$/u.test(w)).length >= Math.max(shortestProse(marked, words), words.length * 0.8);
  return prose && englishShare(original) < FOREIGN_SHARE;
}

/** Whether a paragraph reads as the English of `original`: many English words, and a translation's length of it. */
export function translationOf(text: string, original: string): boolean {
  const words = postWords(original);
  const ratio = postWords(text).length / words.length;
  const [low, high] = translationRatio(words);
  return englishShare(text) > 0.12 && ratio > low && ratio < high;
}

/**
 * Whether a paragraph goes on with a block quotation in another language: it is prose in another language too, as the
 * paragraph before it is (an English article's writer does not write a paragraph in Portuguese; Global Voices, "Camerini,
 * from blog Transbrasil [pt], states:" over four paragraphs of Portuguese). Eight words or more: a line of names and
 * roles has no English words either ("Marjorie Haskell, PACE program executive"). Not under a cue whose speaker is a
 * pronoun's reading ("He wrote:"), which a wrong antecedent would carry over the whole run.
 */
export const goesOnInOriginal = (text: string, previous: string | undefined, cue: ColonCue): boolean =>
  previous !== undefined && cue.subject.resolution !== 'pronoun' && wordsIn(text) >= 8 && !/:\s*$/.test(text) && foreignProse(previous) && foreignProse(text);

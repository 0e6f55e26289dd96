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

const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Whether most of a text's letters are of a dense script (Han, Hangul, kana), which writes a word in one to three characters. */
export const denseScript = (text: string): boolean => (text.match(DENSE)?.length ?? 0) * 2 > (text.match(/\p{L}/gu)?.length ?? 0);

/** Letters of abjads (Arabic, Hebrew), which leave most vowels unwritten. */
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}]/gu;

/**
 * How many words a text has: its spaced words, or for a dense script that writes none (Chinese, Japanese) one for every
 * two of its characters (`慈悲天父嘅主呀,求你為被…` is one spaced "word").
 */
export const wordsIn = (text: string): number => Math.max(text.trim().split(/\s+/).length, Math.floor((text.match(DENSE)?.length ?? 0) / 2));

/**
 * The range of an English translation's length over its original's (UTF-16 units): alike for alphabetic scripts, up to
 * twice as long for an abjad, one to five times as long for a dense script (`조계종간부들의 도박, 음주, 흡연행위는 …` →
 * `The Jogye order managerial level monks' gambling, drinking and smoking …`).
 */
export function translationRatio(original: string): readonly [number, number] {
  if (denseScript(original)) return [1, 5];
  return (original.match(ABJAD)?.length ?? 0) * 2 > (original.match(/\p{L}/gu)?.length ?? 0) ? [0.6, 2.2] : [0.6, 1.6];
}

/**
 * The syllables of East Asian names as English text romanises them, in lower case, for the name passes that tell such a
 * name by its shape. Two inventories that differ are kept apart: Hanyu Pinyin, mainland China's romanisation, whose
 * initials and finals are a closed table (ISO 7098); and the looser shapes of Cantonese, Taiwanese and Korean names as
 * Wikinews and Global Voices write them ("Kwok", "Cheuk", "Myung", "Park"), which no one table covers. Each pass keeps
 * the variation it was tuned with on the corpus; the variations are named below.
 */

/** The pinyin initials, with the y and w that open a syllable written without one ("yong", "wei"). */
const PINYIN_INITIALS: ReadonlyArray<string> = [
  'zh',
  'ch',
  'sh',
  'b',
  'p',
  'm',
  'f',
  'd',
  't',
  'n',
  'l',
  'g',
  'k',
  'h',
  'j',
  'q',
  'x',
  'r',
  'z',
  'c',
  's',
  'y',
  'w',
];

/** The pinyin finals, without tone marks ("iang" of "Xiang", "ue" of "Xue", "er" of "Er"). */
const PINYIN_FINALS: ReadonlyArray<string> = [
  'iang',
  'iong',
  'uang',
  'ang',
  'eng',
  'ing',
  'ong',
  'ian',
  'iao',
  'uai',
  'uan',
  'ai',
  'ei',
  'ao',
  'ou',
  'an',
  'en',
  'in',
  'un',
  'ia',
  'ie',
  'iu',
  'ua',
  'uo',
  'ui',
  'ue',
  'er',
  'a',
  'o',
  'e',
  'i',
  'u',
];

/** The vowels a pinyin final is built on before its -n or -ng: the looser reading, which spells no "ue" or "er". */
const PINYIN_VOWELS: ReadonlyArray<string> = ['iao', 'iu', 'ia', 'ie', 'io', 'uai', 'ua', 'uo', 'ui', 'ai', 'ei', 'ao', 'ou', 'a', 'o', 'e', 'i', 'u'];

const PINYIN_INITIAL = `(?:${PINYIN_INITIALS.join('|')})?`;

/** One pinyin syllable from the table, as source for a RegExp: "chang", "xing", "zhou", "ying", "e" (`pinyinNames`). */
export const PINYIN_SYLLABLE = `${PINYIN_INITIAL}(?:${PINYIN_FINALS.join('|')})`;

/**
 * One pinyin syllable read loosely, as source for a RegExp: an initial, a vowel, then -n or -ng ("chang", "rong",
 * "jiu"); it lets through finals the table lacks ("aing") and misses "xue" and "er" (`eastAsianName`'s `mandarinName`).
 */
export const LOOSE_PINYIN_SYLLABLE = `${PINYIN_INITIAL}(?:${PINYIN_VOWELS.join('|')})(?:ng|n)?`;

/** Every consonant but v, which Chinese and Korean names in English text do not write. */
const CONSONANTS = 'bcdfghjklmnpqrstwxyz';

/** The consonants a Korean given-name syllable opens with here: no f, l, q, v, x or z (Korean ㄹ opens one as r). */
const KOREAN_ONSETS = 'bcdghjkmnprstwy';

/** The endings a Cantonese or Korean syllable closes on: "Kwok", "Cheuk", "Lam", "Chung". */
const CODAS: ReadonlyArray<string> = ['ng', 'n', 'k', 't', 'p', 'm', 'h', 'r'];

/** A whole syllable in lower case: up to `onsets` consonants, one to three vowels, then perhaps one of `codas`. */
function syllable(consonants: string, onsets: number, codas: ReadonlyArray<string>): RegExp {
  return new RegExp(`^[${consonants}]{0,${onsets}}[aeiouy]{1,3}(?:${codas.join('|')})?$`);
}

/** One syllable of a romanised Cantonese, Mandarin or Korean name: "kwok", "cheuk", "myung", "yeon", "tai", "park" (`eastAsianName`). */
export const ROMANISED_SYLLABLE = syllable(CONSONANTS, 3, [...CODAS, 'rk']);

/** The same without the -rk of "Park": a Chinese or Korean given name before an English nickname, "Chung Yi" (`quotedNicknames`). */
export const ROMANISED_GIVEN_SYLLABLE = syllable(CONSONANTS, 3, CODAS);

/** One syllable of a Korean name: at most two consonants first, and -l and -ng but no -h or -r last: "kyung", "han", "jae", "un" (`koreanNames`). */
export const KOREAN_SYLLABLE = syllable(KOREAN_ONSETS, 2, ['ng', 'k', 'l', 'm', 'n', 'p', 't']);

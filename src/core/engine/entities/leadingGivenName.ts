import { FOREIGN_HONORIFICS } from '../lexicon/foreignHonorifics';
import { LINEAGE_HONORIFICS } from '../lexicon/lineageHonorifics';
import { NOT_NAMES } from '../lexicon/notNames';
import { PERSONAL_HONORIFICS } from '../lexicon/personalHonorifics';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { CALENDAR_WORDS } from '../lexicon/calendarWords';
import { classify } from './classify';
import { COUNTRY_BY_ADJECTIVE, LOWER_ROLES, TITLE_WORDS } from './lookups';
import { roleSetOffBefore } from './roleSetOffBefore';
import type { TrimmedRun } from './runs';
import { writesAsCommonWord } from './shapeOnlyPersons';

/**
 * "al-Megrahi", "bin Zaid", "Abu-Mulal": an Arabic name's particle, which only a person's name holds in a run of
 * capitalised words (the bare "Al" or "El" opening a name may be a Spanish article and is left out).
 */
const ARABIC_PARTICLE = /^(?:(?:al|el|Al|El|Abu|Abou|ibn|Ibn|bin|Bin|bint|Bint)-\p{Lu}\p{Ll}+|bin|ibn|bint|Abu|Abou)$/u;

/**
 * "Abdel" of "Gamal Abdel Nasser" (wikinews-last-ottoman-dies-aged-91-2012-04-04), "Muhammad Abdel Moneim", "Hamed
 * Abderrahaman Ahmed": "servant of", alone or glued to one of God's names, which opens a later part of an Arabic name, so
 * that the given name before it is the name's too.
 */
const SERVANT_OF = /^Abd\p{Ll}*$/u;

/** "Abdulkadir", "Abdirahman", "Abdelaziz": a "servant of" name written as one word, in its common spellings. */
const GLUED_SERVANT_OF = /^Abd(?:ul|el|al|ur|er|ir|ou|i)\p{Ll}{3,}$/u;

/**
 * "the director of IEDCR, Dr Meerjady Sabrina Flora, said" (wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-04-08):
 * whether the words the first pass cut from the run's front end in a personal honorific, which stands only before a
 * person's name (`personalHonorifics.ts`), so that the word right after it opens the name whatever given name follows.
 */
export const afterPersonalHonorific = (droppedWords: ReadonlyArray<string>): boolean => PERSONAL_HONORIFICS.has(droppedWords.at(-1) ?? '');

/** The word right before the run, in lower case as the text writes it ("bomber", "co-pilot", "as"). */
const wordBefore = (text: string, start: number): string => /([a-z]+(?:-[a-z]+)?)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';

/**
 * "identified the suicide bomber as Humam Khalil Abu-Mulal al-Balawi", "French co-pilot Remi Emmanuel Plesel": whether
 * the one capitalised word before the common first name where the first pass would start a person ("Khalil",
 * "Emmanuel") is the person's own first given name rather than an organisation, a place or a role before it. Arabic
 * names chain given names before the family name, so a run closing in an Arabic particle is one name; after a role
 * noun written in lower case, or after "as", the role has been said, so the capitalised word after it opens the name;
 * and so it does after a personal honorific ("Dr Meerjady Sabrina Flora", `afterPersonalHonorific`).
 * Nothing else may tell it: the word must be no title, foreign honorific (`lexicon/foreignHonorifics.ts`), role, month, nationality, organisation or place, must not open
 * the sentence (where any word is capitalised), and the article must not write it as a common word. Observed on
 * Wikinews (wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-agent-2010-01-05,
 * wikinews-investigators-blame-pilot-error-airasia-crash-2015-12-02). `personAt` is the index in `run.words` where the
 * first pass would start the person; `texts` are every block's text.
 */
export function leadingGivenName({ text, group, words, start, droppedWords }: TrimmedRun, personAt: number, texts: ReadonlyArray<string>): boolean {
  const leading = words[0] ?? '';
  // "Seyed Mohammad Mir-Mohammadi, a council member …, died": an honorific of descent is part of the formal name, even
  // where it opens the sentence.
  if (personAt === 1 && words.length >= 3 && LINEAGE_HONORIFICS.has(leading)) return true;
  // `"…," Hojjat Ali Shayanfar, head of emergency services …, was quoted as saying` (a fresh Wikinews page, June 2007):
  // right after a quote's closing comma stands the subject of the cue that follows it, whose name opens there; the
  // quote's words, not these, open the sentence.
  const afterQuote = /,["”]\s+$/.test(text.slice(Math.max(0, start - 4), start)) && !CALENDAR_WORDS.includes(leading);
  // "Abdulkadir Mohamed Osman, the Somali presidency's director of information, commented" (wikinews-suicide-bombing-
  // somali-hotel-kills-fifteen-2009-12-03): a "servant of" name glued to one of God's names is no word that opens a
  // sentence otherwise.
  const servant = GLUED_SERVANT_OF.test(leading);
  const opensSentence = group.sentenceStart && start === group.start && !afterQuote && !servant;
  if (personAt !== 1 || words.length < 3 || words.length > 5 || opensSentence) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(leading) || TITLE_WORDS.has(leading) || NOT_NAMES.has(leading) || COUNTRY_BY_ADJECTIVE.has(leading)) return false;
  if (FOREIGN_HONORIFICS.has(leading) || LOWER_ROLES.has(leading.toLowerCase()) || classify(leading, [leading]) !== null) return false;
  const before = wordBefore(text, start);
  // "as Martinican Bel Balawou announces" (Global Voices, May 2012): a word shaped as a nationality describes the name.
  const nationality = /(?:an|ean|ese|ish|ois|ais)$/.test(leading);
  const roleBefore = !nationality && (before === 'as' || LOWER_ROLES.has(before) || LOWER_ROLES.has(before.split('-').at(-1) ?? ''));
  const arabic = words.slice(1).some((w) => ARABIC_PARTICLE.test(w) || SERVANT_OF.test(w));
  // "the director of IEDCR, Dr Meerjady Sabrina Flora, said": a personal honorific stands only before a person's name,
  // so the word right after it opens the name, whatever given name follows.
  // "the president of Pakistan, Asif Ali Zardari, and …" (Global Voices, India, May 2012): a role set off before the name
  // names its holder from the name's first word.
  const setOff = roleSetOffBefore(text.slice(Math.max(0, start - 80), start), words) > 0;
  // "said Aden Mohamed Nur, the parliamentary speaker", "led by Abdullahi Yusuf Ahmed" (Wikinews, Somalia, December
  // 2008): after a reporting verb whose speaker follows it, or the "by" of an agent, a person's name begins, so the
  // capitalised word there is its first given name (Arabic and Somali names chain given names the lists may not know).
  // "by Representatives Eliot Engel, Adam Schiff, and …": a title's plural before the names is no given name.
  const singular = leading.replace(/s$/, '');
  const plural = singular !== leading && (TITLE_WORDS.has(singular) || LOWER_ROLES.has(singular.toLowerCase()));
  // "voted Monday to keep Nur Hassan Hussein as their prime minister": after a verb (a lower-case word that is no
  // article, preposition, conjunction or other function word, nor a modifier) a run is the verb's object whole.
  const afterVerb =
    before !== '' && !FUNCTION_WORDS.includes(before.charAt(0).toUpperCase() + before.slice(1)) && !/(?:er|ly|al|an|ic|ous|ive|ful)$/.test(before);
  const speakerSlot = !plural && (before === 'by' || isSpeechVerb(before) || afterVerb || afterQuote);
  return (servant || roleBefore || setOff || arabic || speakerSlot || afterPersonalHonorific(droppedWords)) && !writesAsCommonWord([leading], texts);
}

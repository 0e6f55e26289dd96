import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { THING_NOUNS } from '../lexicon/thingNouns';
import { HONORIFICS } from '../lexicon/honorifics';
import { PROXY_NOUNS } from '../lexicon/proxyNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/**
 * Whether a sentence speaks of a person of this gender by a gendered noun alone (`said a defense ministry spokesman`,
 * `the mother`): outside every name, and not a title before one (`spokeswoman Jen Psaki`). A he or she after it means
 * that person, whom the text does not name (`Discourse.resolvePronoun`).
 */
export function unnamedOfGender({ block, range }: SentenceInfo, gender: Gender, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const text = texts[block] ?? '';
  const words = gender === 'male' ? MALE_WORDS : FEMALE_WORDS;
  const names = mentions.between(block, range.start, range.end);
  return [...text.slice(range.start, range.end).matchAll(/\p{L}[\p{L}-]*/gu)].some((word) => {
    const at = range.start + word.index;
    const lower = word[0].toLowerCase();
    if (!words.has(lower) || HONORIFICS.has(lower) || names.some((m) => at >= m.start && at < m.end)) return false;
    return !/^\s+\p{Lu}/u.test(text.slice(at + word[0].length));
  });
}

/** "Another said", "One caller suggested", "A second listener asked": one more of a group as a speech verb's subject. */
const ONE_MORE_SPEAKS = /^\s*(?:Another|One|A\s+(?:second|third|fourth|fifth|final|last))\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** "One of the victims", "One of them": one of a group, with the word after the determiner, which may be the group's noun. */
const ONE_OF = /^\s*One of (?:them\b|(?:the|those|his|her|their)\b(?:\s+(\p{Ll}+))?)/u;

/** Whether a plural noun names works, events or documents (`THING_NOUNS`, `DOCUMENT_NOUNS`): "projects", "reports". */
const thingsNoun = (word: string): boolean => [word, word.replace(/s$/, '')].some((form) => THING_NOUNS.has(form) || DOCUMENT_NOUNS.has(form));

/**
 * "One of the victims decided to allow her name to be made public. She said …": a sentence about one person of a
 * group the text does not name, whom a he or she in the next sentences means rather than anyone named before. So is a
 * sentence whose subject is one more of the group, speaking ("One caller suggested …. Another said he and his wife …
 * He said he hoped …", voa-cambodia-election-monitor-hello-voa-2007-04-23): not a document that says ("One report said").
 * One of a group of things is no one a he or she may mean: "Florence Devouard spoke briefly about the library …. One of
 * the projects hosted by the library is a mirror of the Internet Archive. As a surprise announcement, she revealed …"
 * (wikinews-wikimania-2008-opens-bibliotheca-alexandrina-2008-07-17) goes on about Devouard.
 */
export function aboutOneOfMany({ block, range }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  const group = ONE_OF.exec(sentence);
  if (group) return !thingsNoun(group[1] ?? '');
  const more = ONE_MORE_SPEAKS.exec(sentence);
  const [first = '', second = ''] = [more?.[1], more?.[2]];
  return isSpeechVerb(first) || (isSpeechVerb(second) && !DOCUMENT_NOUNS.has(first));
}

/** "An aide to Moussawi", "A spokesman for West": an indefinite article, up to two words, a noun, then of, for or to. */
const INDEFINITE_PROXY = /^\s*(?:A|An|Another|One)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:of|for|to)\s/u;

/**
 * Whether a sentence about no named person opens on someone who speaks or acts for a named one, brought in with "a"
 * and not named (`PROXY_NOUNS`): "An aide to Moussawi suggested the claims were based on eye-witness reports. He also
 * said authorities believe …" (wikinews-scores-killed-twin-baghdad-marketplace-attacks-2008-02-01). The he after it
 * means the aide, whom the text never names, not Moussawi, whom the description only mentions; so the pronoun goes
 * no further back and its quote stays unattributed.
 */
export function opensOnUnnamedProxy({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  if (focus) return false;
  const noun = INDEFINITE_PROXY.exec((texts[block] ?? '').slice(range.start, range.end))?.[1];
  return noun !== undefined && PROXY_NOUNS.has(noun);
}

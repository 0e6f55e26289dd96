import { WORDLIKE_GIVEN_NAMES } from '../lexicon/wordlikeGivenNames';
import { HONORIFIC, speaks } from './commonWordNames';
import { nameCore } from './names';
import type { EntityRegistry } from './registry';
import { writesWordAsCommon } from './shapeOnlyPersons';
import type { FoundEntity } from './types';

/**
 * Whether a name reads as a phrase of ordinary words in this article: its first word is one English writes far more
 * often as a word than as a given name (`wordlikeGivenNames.ts`: "North Abaco", "See Iranian", "Happy Birthday"), or
 * the article writes both its first and its last word in lower case elsewhere ("gay" and "pride" beside "Gay Pride",
 * "car bomb" and "bombing" beside "Car Bombing"). A given name the article also writes as a word is not enough: "Mark
 * Kaigwa" stands in an article where "mark" is a verb, "Said Mohammed" where "said" is everywhere, but no one writes
 * "kaigwa" or "mohammed" in lower case.
 */
function ordinaryPhrase(words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  const [first = '', last = ''] = [words[0], words.at(-1)];
  return WORDLIKE_GIVEN_NAMES.has(first) || (writesWordAsCommon(first, words, texts) && writesWordAsCommon(last, words, texts));
}

/**
 * Whether the article treats a name as a person's by more than its capitals: it makes the name the subject of a speech
 * verb (`speaks`), an honorific goes before it ("Mr."), or a later mention calls it by its last word alone, as news
 * calls a person by the surname ("Garfunkel said"), that word being no common word the article writes in lower case.
 * `words` are the name's words, `texts` every block's text.
 */
function treatedAsPerson(entity: FoundEntity, words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  if (speaks(entity.name, texts) || [...entity.roleWords].some((w) => HONORIFIC.test(w))) return true;
  const last = words.at(-1) ?? '';
  const bySurname = entity.mentions.some(({ block, start, end }) => texts[block]?.slice(start, end) === last);
  return bySurname && !writesWordAsCommon(last, words, texts);
}

/**
 * Clears the mentions of every "person" of two or three words that reads as a phrase of ordinary words in the article
 * (`ordinaryPhrase`) and whom the article treats as no one: "Gay Pride", "Car Bombing", "Senior Land Campaigner", "North
 * Abaco", "See Iranian news agency apologises", "Happy Birthday", "Free and Fair Elections", "Late Sunday" (the session
 * 59 development half, where each such phrase was a false person). A given name that is also a word stays a person
 * where the text shows one: a speech verb, an honorific, or a surname-only mention. Observed rather than sourced: news
 * names a person in full at the first reference and by the surname after (AP style), which these phrases never get.
 * `texts` are every block's text; mentions are [start, end) in UTF-16 code units of their block.
 */
export function dropCommonWordOpenings({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    const words = nameCore(entity.name.split(' '));
    if (words.length < 2 || words.length > 3 || !ordinaryPhrase(words, texts)) continue;
    if (!treatedAsPerson(entity, words, texts)) entity.mentions = [];
  }
}

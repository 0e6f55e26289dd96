import { FAMOUS_SURNAMES } from '../lexicon/famousSurnames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { personShaped } from './names';
import { opensWithVerb } from './personVetoes';
import type { RunInBlock } from './runs';

/**
 * Whether "the", in any case, and a space stand right before `at` in `text` (a UTF-16 offset): what follows is a
 * thing's name ("the Mandela Effect") or a nickname ("The Jazz's game"), no person's.
 */
export const afterThe = (text: string, at: number): boolean => /\bthe\s$/i.test(text.slice(Math.max(0, at - 4), at));

/**
 * Whether a run of two name-shaped words, one of them a name the news calls a person by alone (`FAMOUS_SURNAMES`), is
 * that person's full name, where no cue around a figure of history named in passing says so: "after a U.S.-led
 * coalition ousted Saddam Hussein" (wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10), "Geraldine Ferraro
 * was Walter Mondale's running mate" (wikinews-biden-announces-kamala-harris-running-mate-2020-08-12). Not after "the"
 * ("the Mandela Effect"), not with a word a thing's or a place's name ends in ("Bush Doctrine", "Reagan Airport"), nor
 * after a verb opening a headline ("Allowed Musharraf to run for president").
 */
export function famousFullName({ group, text }: RunInBlock): boolean {
  const words = group.words;
  return (
    words.length === 2 &&
    words.some((w) => FAMOUS_SURNAMES.has(w)) &&
    personShaped(words) &&
    !NON_PERSON_HEADS.has(words[1] ?? '') &&
    !(group.sentenceStart && opensWithVerb(words)) &&
    !afterThe(text, group.start)
  );
}

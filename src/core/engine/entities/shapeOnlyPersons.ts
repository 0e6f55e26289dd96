import { articleWords } from '../articleWords';
import { isFirstName } from '../lexicon/firstNames';
import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { PLACES } from './lookups';
import type { Votes } from './votes';
import { escapeRegExp } from '../escapeRegExp';

/** A word of letters, digits and the joiners a handle or a name may hold ("o'neill", "jean-pierre", "pilar_marroyo"). */
const WORD_SHAPED = /^[\p{L}\p{M}\p{N}_@'’-]+$/u;

/**
 * Whether the article writes one of the name's capitalised words as a common word, in lower case ("crew", "recovery").
 * A handle or an address ("@pilar_marroyo", "jurist_egorov") writes a name in lower case, and so does a careless tweet
 * next to the name's other words ("Raja mansour"): neither is a common word.
 */
export function writesAsCommonWord(words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  return words.some((w) => writesWordAsCommon(w, words, texts));
}

/**
 * Whether the article writes one word of a name, `w`, as a common word in lower case, away from the name's other
 * `words` ("cherie beech" signing a quote is the name, not two common words): `writesAsCommonWord` for one word.
 */
export function writesWordAsCommon(w: string, words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  const nameWords = words.flatMap((n) => [escapeRegExp(n), escapeRegExp(n.toLowerCase())]).join('|');
  const lower = w.toLowerCase();
  // A particle a name holds in lower case ("Osama bin Laden", "Leon van Biljon") is no common word written apart.
  if (w === lower || w.length < 3 || NAME_PARTICLES.has(lower)) return false;
  // A word shaped as one token can only be matched where the article writes that token: those blocks alone are read,
  // where reading every block for every name made a long paste's reading grow with its square.
  const shaped = WORD_SHAPED.test(lower);
  const holding = shaped ? articleWords(texts).blocksOf.get(lower) : undefined;
  if (shaped && !holding) return false;
  const asWord = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@/.'’-])(?<!(?:${nameWords})\\s)${escapeRegExp(lower)}(?!\\s(?:${nameWords})(?![\\p{L}]))(?![\\p{L}\\p{M}\\p{N}_@'’-])`,
    'uy',
  );
  // The pattern takes nothing but the word: it is tried where the word is written, found by a plain search, where
  // trying its look-behinds at every character of every block holding a common word was a long paste's costliest reading.
  const writtenIn = (text: string) => {
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      asWord.lastIndex = at;
      if (asWord.test(text)) return true;
    }
    return false;
  };
  return holding ? holding.some((block) => writtenIn(texts[block] ?? '')) : texts.some(writtenIn);
}

/**
 * Whether a name of several words was voted a person by nothing but what an organisation, an event or a work shares
 * with a person: capitalised words and a verb after them ("Crew Dragon docked", "Space Race began", "Ending Clergy
 * Abuse said"), while the article writes one of its words as a common word ("the crew", "clergy abuse"). A person is
 * told apart by words only a person takes (`votes.personCues`: a role or an honorific, an age, "who", a first name)
 * or, in AP and Wikinews style, by being called by the surname alone after the first reference; with neither, the name
 * is left unsettled rather than made someone. `words` are the run's words, `loneRuns` the words of the one-word runs
 * the first pass left, `texts` every block's text.
 */
export function onlyShapeSaysPerson(words: ReadonlyArray<string>, votes: Votes, loneRuns: ReadonlySet<string>, texts: ReadonlyArray<string>): boolean {
  if (words.length < 2 || votes.personCues > 0 || words.some((w) => isFirstName(w))) return false;
  if (loneRuns.has(words.at(-1) ?? '')) return false;
  // "The results were announced at Dublin Castle" (wikinews-ireland-votes-overturn-abortion-ban-2018-05-26): a name
  // opening with a place the article's reader knows names a building or a body of that place, no one a cue calls a person.
  // A state's abbreviation is also a person's initials ("S.C. Mackey").
  const placeFirst = /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && PLACES.has(words[0] ?? '');
  return placeFirst || writesAsCommonWord(words, texts);
}

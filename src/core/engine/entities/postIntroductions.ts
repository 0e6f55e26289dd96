/**
 * A present-tense verb after the name, then the paragraph ends in a colon (words in marks may stand before it), as
 * Global Voices round-ups introduce the post or tweet they quote next ("Yesmeen Ali tweets:", "Nazar M. Chohan
 * comments:", "Lyson Sibande identifies five fallacies against decriminalisation of homosexuality:"). A word of three
 * letters or fewer is no such verb ("Listing Mofaz as a loser, she explained:"), nor an adverb ending so.
 */
const SETS_OFF_POST = /^\s+(?!(?:thus|plus|unless|perhaps|always)\b)\p{Ll}{3,}s\b(?:[^.!?;"“”]|["“][^"“”]*["”])*:\s*$/u;

/**
 * Whether a run of two or more capitalised words opening its sentence is the writer a round-up introduces: `after` is
 * the block's text from the run's end. A blog's name is introduced so too ("Gist Only writes:"); the caller counts this
 * as the name's shape, which a word of the name the article writes in lower case still outweighs.
 * Source: Global Voices' round-up style (a writer's name, a verb, a colon, then the post).
 */
export function introducesPost(words: ReadonlyArray<string>, sentenceStart: boolean, after: string): boolean {
  return words.length >= 2 && sentenceStart && SETS_OFF_POST.test(after);
}

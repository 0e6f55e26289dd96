/**
 * An opening phrase set off by a comma, with no quote mark, parenthesis or clause mark in it: "Discussing the painting in
 * light of the 10 principles of free speech, " (AP Stylebook, "comma": an introductory clause or phrase is set off).
 */
const OPENING = /^[^,;:"“”()[\]]{1,120},\s+/u;

/**
 * Where a blog's or site's name stands right after an opening phrase (`OPENING`), as `head` reads a name that opens a
 * sentence (`TITLED_HEAD` of `titledHead.ts`, given the rest of the sentence): `Discussing the painting in light of the
 * 10 principles of free speech, Evidence and Reason says:` (Global Voices, "South Africa: The Spear, freedom of speech
 * and morality", May 2012, a fresh post), `In his post, Evidence and Reason says:`. The span is [start, end) of the
 * name in `sentence`, in UTF-16 code units; undefined when the sentence opens with no such phrase or no name follows it.
 * Only a speech verb right after the name makes it the speaker (`speechVerbCue`): a name followed by anything else
 * ("In Egypt, Muslim Brotherhood members gathered:") speaks for no one.
 */
export function headAfterOpening(sentence: string, head: (rest: string) => RegExpExecArray | null): readonly [number, number] | undefined {
  const opening = OPENING.exec(sentence);
  const span = opening ? head(sentence.slice(opening[0].length))?.indices?.[1] : undefined;
  return opening && span ? [span[0] + opening[0].length, span[1] + opening[0].length] : undefined;
}

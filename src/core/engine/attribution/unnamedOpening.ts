import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/**
 * Two to five words opening a sentence before a comma, the first capitalised and the others capitalised or a surname's
 * particle: "Abdelhak al'Koush, blogging on Afinina [Ar], launched …" (Global Voices, fresh page gv/78917).
 */
const NAME_BEFORE_COMMA = /^\s*\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}|al|el|ibn|bin|de|da|di|fi|van|von|der)[\p{L}'’-]*){1,4},/u;
/** Words that open a sentence or a phrase before a comma without being anyone's name. */
const OPENERS =
  /^\s*(?:However|Meanwhile|Moreover|Instead|Still|Also|Finally|Then|Today|Yesterday|Later|Earlier|Last|This|That|These|Those|In|On|At|For|After|Before|During|Since|When|While|If|As|The|A|An|Like|Unlike|With|Without|Despite|Because|According|Following|Under|Over|By|From|To|Of|Among|Amid|Given|Through|Across|Beyond|Besides|Unless|Until|Once|Although|Though|Whether|Where|Why|How|What|Who)\b/u;

/**
 * Whether a sentence opens on a name-shaped subject set off by a comma that the name pass found nobody in: the person a
 * he or she in the next sentences most likely means, though the text gives the resolver nobody to point at. A
 * pronoun read past it goes to whoever was named before (there, "He wrote:" went to Obama, whom the blogger attacks).
 */
export function opensOnUnknownName({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  const opening = NAME_BEFORE_COMMA.exec(sentence);
  if (!opening || OPENERS.test(sentence)) return false;
  return mentions.between(block, range.start, range.start + opening[0].length).length === 0;
}

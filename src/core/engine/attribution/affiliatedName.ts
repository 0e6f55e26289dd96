import { LANGUAGE_TAG } from '../languageTag';
import type { MentionIndex } from './mentions';
import { isRoleOrTitleWord } from './rolePhrase';

/**
 * Between a person's name and the verb: "of" or "from", then the body they speak for, with no quote mark or
 * parenthesis and no comma but one closing it before the verb (translated blog posts write "X from the blog Merca2,
 * mentioned"), and perhaps "also" or an adverb before the verb. A language tag in brackets after the name or the body
 * ("[es]", Global Voices' links to pages in another language) is no word of either.
 */
const AFFILIATION = new RegExp(
  String.raw`^(?:\s+${LANGUAGE_TAG})?\s+(?:of|from)\s+(?:the\s+)?[^,;:"“”()]{1,80}?(?:\s+${LANGUAGE_TAG})?,?\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$`,
  'u',
);
/**
 * A clause the commas set off between the affiliation and the verb, about the person: a relative clause or a
 * participle's (`Andre Carson of Indiana, who is Muslim, referred to …`, `Bob Corker of Tennessee, noting he was not
 * present at the meeting …, said`, Wikinews, 2017).
 */
const SET_OFF_CLAUSE = /,\s+(?:who|\p{Ll}{3,}ing)\s[^,;:"“”()]{1,160},\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$/u;
/** Words that open a clause of their own inside the affiliation, so that its last words may be another subject. */
const CLAUSE_WORD = /\b(?:who|whose|which|that|when|while|after|before|said|says|told)\b/;

/**
 * Whether the words before the name leave it opening its clause: nothing, a clause closed by a comma, or one role word
 * ("Blogger Chilakil [es] from Hazme el chingado favor [es] explained it:", Global Voices, Mexico, May 2012).
 */
function opensClause(before: string): boolean {
  const role = /^(?:[^"“”]*,\s+)?(\p{L}+)\s+$/u.exec(before)?.[1];
  return /^(?:|[^"“”]*,\s+)$/.test(before) || (role !== undefined && isRoleOrTitleWord(role.toLowerCase()));
}

/**
 * `Sheldon Yett of UNICEF observed, "…"`, `Regina Ip from the pro-Beijing camp said in a press conference: "…"`: a
 * person's name opening the clause, then the body they belong to, then the verb at `verbStart` (AP and Wikinews
 * style give a source's affiliation right after the name). The person speaks, not the body, even where the body is
 * no entity the text links; a clause about the person may stand set off by commas before the verb (`SET_OFF_CLAUSE`).
 * The mention of the person, or null when the words are not that shape. The clause opens at
 * `from` or after a comma ("To this, Peter Iseley of …"). Offsets are UTF-16, half-open, in `text`.
 */
export function affiliatedName(text: string, block: number, from: number, verbStart: number, mentions: MentionIndex): { start: number; end: number } | null {
  const inside = mentions.between(block, from, verbStart).filter((m) => m.start >= from && m.end <= verbStart);
  const person = inside.find((m) => m.entity.type === 'person');
  if (!person || !opensClause(text.slice(from, person.start))) return null;
  const words = text.slice(person.end, verbStart);
  const setOff = SET_OFF_CLAUSE.exec(words);
  const affiliation = setOff ? `${words.slice(0, setOff.index)} ` : words;
  if (!AFFILIATION.test(affiliation) || CLAUSE_WORD.test(affiliation)) return null;
  // "Maria Lopez of the council and Tom Reyes said": another person inside the words may be who speaks (a clause set
  // off about the person may name others: "noting he did not know if President Trump …").
  const end = person.end + affiliation.length;
  if (inside.some((m) => m.start >= person.end && m.end <= end && m.entity.type === 'person')) return null;
  return { start: person.start, end: person.end };
}

import { UNNAMED_GROUP } from './groupSubjects';

/** One capitalised word saying whose a group is, before it: "Japanese officials", "Health officials". */
const OWNER_WORD = /^(?:\p{Lu}[\p{L}.-]+\s+)?/u;

/** A group's verb right after it, past an adverb: " said", " told", " reported". */
const GROUP_VERB = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(?:said|told|\p{Ll}{2,}(?:ed|s))\b/u;

/**
 * A plural noun phrase a determiner or a possessor opens: "The rebels", "Nkunda's forces" ("Nkunda's forces declared a
 * ceasefire last week, but they say that …", a fresh Wikinews page, November 2008, where the refugee agency of the
 * paragraph before had been taken).
 */
const PLURAL_SUBJECT = /^(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)(?:\p{Ll}+\s+)?\p{Ll}{2,}s(?=\s)/u;

/**
 * Whether `words` open with an unnamed group (`UNNAMED_GROUP`, or any plural noun phrase a determiner opens) and its
 * verb: "Authorities said …", "Police told …", "The rebels declared …".
 */
function groupThenVerb(words: string): boolean {
  const group = UNNAMED_GROUP.exec(words) ?? PLURAL_SUBJECT.exec(words);
  return !!group && GROUP_VERB.test(words.slice(group[0].length));
}

/**
 * Whether the "they" (or "them") at `at` of `text` stands in a sentence, opening at `sentenceStart`, whose subject is a
 * plural group the text does not name, followed by its verb: "Japanese officials said the Japanese man showed symptoms
 * …; his death, they reported, was officially described as viral pneumonia" (English Wikinews,
 * wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10). The officials are who "they" are; an organisation named
 * in an earlier sentence (the U.S. embassy there) is not, so the pronoun stays unattributed, as the group is (Lee et al.
 * 2013 resolve within the sentence first). The group may stand alone ("Authorities said they believed a fruit filled
 * with firecrackers had exploded …", wikinews-police-arrest-twelve-jackal-tamil-nadu-2020-06-11, where the Journal of
 * Threatened Taxa of the paragraph before was taken) or open the last clause before the pronoun ("Last week,
 * authorities said they …"). Offsets are UTF-16 code units.
 */
export function groupSubjectBefore(text: string, sentenceStart: number, at: number): boolean {
  if (!/^(?:they|them)\b/i.test(text.slice(at, at + 5))) return false;
  const opening = text.slice(sentenceStart, at).trimStart();
  const owner = OWNER_WORD.exec(opening)?.[0] ?? '';
  if (groupThenVerb(opening) || (owner && groupThenVerb(opening.slice(owner.length)))) return true;
  const clause = /[,;]\s+([^,;]*)$/.exec(opening)?.[1];
  return clause !== undefined && groupThenVerb(clause);
}

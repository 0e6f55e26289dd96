import { UNNAMED_GROUP } from './groupSubjects';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/** An opening "They" as a subject, before its verb: "They accuse …", "They also say …". */
const THEY_OPENING = /^\s*They\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}/u;

/**
 * A plural common noun after a definite determiner as the subject of a sentence's opening clause, perhaps after a
 * subordinator, then its verb: "While the principles acknowledged a need to increase ICT access on the island, they
 * chiefly emphasized …" (Global Voices, "Cuba: Questioning Digital Expression Within the Cuban Revolution", May 2012,
 * fresh text). A body named inside that clause (ICT) is not who the "they" after it are. So after an indefinite
 * determiner and a perfect: "Some humanitarian groups have suggested the incident constitutes a war crime even as an
 * accident, and Human Rights Watch is urging an independent probe. They say 35 structures were destroyed …"
 * (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24): not MSF, named two sentences before.
 */
const PLURAL_THING_OPENING =
  /^(?:(?:While|Although|Though|Whereas|When|As|Since|Because|If),?\s+)?(?:the|these|those|their|its|some|many|several|other)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+(?<![su]s|is|ys|ics)s\s+(?:\p{Ll}+ly\s+|also\s+)?(?:(?:have|had|are|were)\s+)?\p{Ll}{2,}(?:ed|s)\b/iu;

/**
 * What a sentence opens on, for a "they" after it: `group` when its subject is a plural group the text does not name
 * ("Activists claim that both SOA … and WHINSEC … trained militias …"), `they` when it opens on "They" itself, so the
 * chain of "they" goes on to the sentence before; `group` too when it opens on a plural thing (`PLURAL_THING_OPENING`);
 * null otherwise. In "Activists claim … They accuse SOA graduates of …
 * They say the school is responsible …" (wikinews-activists-protest-school-of-the-americas-2004-11-21) the "they" are
 * the activists all along, never the school named inside what they claim. `sentence` is one the discourse has read.
 */
export function pluralOpening({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): 'group' | 'they' | null {
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  if (THEY_OPENING.test(sentence)) return 'they';
  const opening = sentence.trimStart();
  const group = UNNAMED_GROUP.exec(opening);
  const things = group ? null : PLURAL_THING_OPENING.exec(opening);
  const thingsStart = range.start + sentence.length - opening.length;
  if (things && mentions.between(block, thingsStart, thingsStart + things[0].length).length === 0) return 'group';
  if (!group) return null;
  // "Police denied withholding food …" where the name pass read "Police" as a body: that body is who "they" are.
  const start = range.start + sentence.length - opening.length;
  if (mentions.between(block, start, start + group[0].length).length > 0) return null;
  // "Activists claim", "Some critics say": the group is the subject when a verb follows it, not a word of a longer name.
  return /^\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+\b/u.test(opening.slice(group[0].length)) ? 'group' : null;
}

/**
 * Whether a sentence's subject is two people named and joined by "and", before their verb, after at most an opening
 * phrase set off by a comma: "Finally, at Translating Cuba, Wendy Iriepa and Ignacio Estrada confessed that …"
 * (gv-cuba-bloggers-offended-archbishop-2012-05-02). A "They" after it, or after the post it sets off, is that pair,
 * whose words the guide gives to either (docs/annotation-guide.md, "Joint speakers").
 */
function jointPeopleSubject({ block, range }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const text = texts[block] ?? '';
  const people = mentions.between(block, range.start, range.end).filter((m) => m.entity.type === 'person');
  return people.some((first, i) => {
    const second = people[i + 1];
    if (!second || second.entity === first.entity || !/^\s+and\s+$/.test(text.slice(first.end, second.start))) return false;
    const opening = text.slice(range.start, first.start);
    return /^\s*(?:[^,;:"“”]{1,60},\s+)*$/.test(opening) && /^\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(second.end));
  });
}

/** Whether the sentence at `i` of `sentences`, or the nearest before it that is no post's (`SentenceInfo.post`), has two people as its subject. */
export function jointSubjectBefore(sentences: ReadonlyArray<SentenceInfo>, i: number, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  let at = i;
  while (at > 0 && sentences[at]?.post) at--;
  const sentence = sentences[at];
  return sentence !== undefined && jointPeopleSubject(sentence, texts, mentions);
}

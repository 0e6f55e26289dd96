import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { ORG_ROLE_NOUNS } from '../../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { pastAsides, pastListener } from './betweenCueAndContent';
import type { ReportedCase } from './reported';

/** Data "suggests", "shows" and "reveals" what it is evidence of: no one's words (`Preliminary data suggests …`). */
const EVIDENCE = new Set(['data', 'figures']);
/** Family members a writer leaves unnamed: `his daughter said …`, `her parents said …`. */
const KIN = ['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'parents', 'widow', 'children'];
/** One-word nouns that can be the whole head of a speaker's description, singular or plural. */
const HEADS: ReadonlySet<string> = new Set([
  ...GROUP_SPEAKERS,
  ...[...DOCUMENT_NOUNS].filter((noun) => !EVIDENCE.has(noun)),
  ...ORG_ROLE_NOUNS.filter((noun) => !noun.includes(' ')),
  ...PERSON_ROLE_NOUNS.filter((noun) => !noun.includes(' ')).flatMap((noun) => [noun, `${noun}s`]),
  ...KIN,
]);

/**
 * A description standing as a clause's subject right before its verb: a determiner or an owner's name, up to three
 * modifiers and a head noun (`Police`, `Local officials`, `The victim's family`, `The industry publication`), then
 * perhaps an adverb. Words that open a phrase or a clause of their own (`by`, `of`, `who`, …) are no modifiers.
 */
const DESCRIPTION =
  /^(?:(?:the|a|an|one|some|many|several|other|local|both|two|three|his|her|their|its|(?:one|some|many|most|several|two|three|all|none|each)\s+of\s+(?:the|its|his|her|their)|\p{Lu}[\p{L}.-]*(?:'s|’s))\s+)?((?:(?!(?:by|of|for|to|in|on|at|with|from|and|or|but|that|who|which|it|this|he|she|they|we|i)\s)[\p{L}.'’-]+\s+){0,3}?)(\p{L}+)\s+(?:(?:also|later|previously|earlier|initially|separately|then)\s+)?$/iu;

/** Words a clause's subject starts with: a pronoun, a determiner, a number or amount, or a capitalised name. */
const CLAUSE_OPENER =
  /^\s+(?:(?:he|she|they|it|we|I|there|the|a|an|this|these|those|its|his|her|their|our|some|all|no|many|most|several|both|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:over|about|around|nearly|almost|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+(?:\d|a\s+(?:hundred|thousand|dozen|million)\b)|\d|\p{Lu})/u;

/** A verb only a clause has, before the clause's first comma: an auxiliary, a modal or a past tense. */
const STRONG_VERB =
  /\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|did|does|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|hasn't|haven't|hadn't|didn't|doesn't|made|took|gave|came|went|got|kept|left|led|found|saw|told|thought|became|began|brought|fell|felt|held|knew|lost|met|paid|ran|rose|sent|stood|won|\p{Ll}{2,}ed)\b/u;

/** How far past a verb its clause's first words are looked for, in UTF-16 code units. */
const REACH = 400;

const AUXILIARY = /\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had)\b/;

/**
 * Whether the words at `at` open a clause that has a verb of its own within its first eight words and before a comma
 * (`128 vaccination teams participated`, `they planned to …`), as a clause with no "that" after a speech verb must.
 * Offsets are UTF-16, into the block's text.
 */
export function opensClause(text: string, at: number): boolean {
  // A clause's first words are all that is read: a bounded stretch, whatever the block's length.
  const rest = text.slice(at, at + REACH);
  if (!CLAUSE_OPENER.test(rest)) return false;
  const words =
    rest
      .split(/[,;:"“”()]/, 1)[0]
      ?.trim()
      .split(/\s+/)
      .slice(0, 8)
      .join(' ') ?? '';
  // After "a"/"an" a word in -ed is as often a participle of a noun phrase ("an increased abundance of a fungus
  // associated with …") as a clause's verb: an auxiliary must show the clause.
  if (/^\s+an?\s/i.test(rest)) return AUXILIARY.test(words);
  return STRONG_VERB.test(words);
}

/**
 * Whether the words at `at` open a clause of any subject, not a phrase (`reconstruction will cost …`, not `to the
 * council`), with a verb only a clause has within its first eight words and before a comma. Offsets are UTF-16.
 */
export function opensBareClause(text: string, at: number): boolean {
  // A clause's first words are all that is read: a bounded stretch, whatever the block's length.
  const rest = text.slice(at, at + REACH);
  if (!/^\s+(?!(?:to|by|in|on|at|for|with|of|about|after|before|during|from|over|under|through|as|when|while|because|if)\b)[\p{L}\d]/u.test(rest)) return false;
  const words =
    rest
      .split(/[,;:()]/, 1)[0]
      ?.trim()
      .split(/\s+/)
      .slice(0, 8)
      .join(' ') ?? '';
  const verb = STRONG_VERB.exec(words);
  // An object noun phrase may hold a verb of its own: "pledged funds and Syria is taxing …", "estimated the number of
  // particles that should have been …", "disclosed new steps toward adhesives made by …": no clause is reported then.
  return verb !== null && !/\b(?:and|but|or|that|which|who)\b/.test(words.slice(0, verb.index)) && !/^\s+by\b/.test(words.slice(verb.index + verb[0].length));
}

/**
 * Whether a clause with no "that" opens with a number or an amount that has a verb of its own (`said 128 vaccination
 * teams participated`), or with "this" as its subject right before its verb (`said this applied to product tankers`,
 * not `said this week …`).
 */
export const opensCountClause = (text: string, at: number): boolean =>
  (/^\s+(?:\d|(?:over|about|around|nearly|almost|more|fewer|less|at\s+least|up\s+to)\s+(?:\d|a\s))/.test(text.slice(at)) && opensClause(text, at)) ||
  new RegExp(String.raw`^\s+this\s+${STRONG_VERB.source}`, 'u').test(text.slice(at));

/**
 * Whether a speech verb with no "that" reports the clause after it though no one the text names is its subject: a
 * plural or collective description begins the clause (`Police said over a hundred people attended …`, `The family
 * said they planned …`, `Neighbors told CBS station KDKA-TV the area …`), the convention for unnamed and group sources
 * in news writing (AP Stylebook, "anonymous sources"). The quote stays unattributed, as with "that"
 * (`unnamedMaySpeak`). Offsets are UTF-16, into the block's text; `lower` is the verb in lower case.
 */
export function unnamedGroupSays(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  const { text, range } = c;
  const before = text.slice(Math.max(range.start, verbStart - REACH), verbStart);
  const clause = before.slice(before.search(/(?:,\s+)?[^,]*$/)).replace(/^,\s+/, '');
  const description = DESCRIPTION.exec(clause);
  const head = description?.[2]?.toLowerCase();
  // "Developers expressed a strong desire …": a verb that takes what was said as its object reads no clause here.
  if (!head || !HEADS.has(head) || OBJECT_SPEECH_VERBS.has(lower)) return false;
  const listener = pastListener(text, pastAsides(text, verbEnd, lower), lower);
  if (listener === null) return false;
  // "Neighbors told CBS station KDKA-TV that the area …": "that" after the listener.
  const that = /^\s*that(?=\s)/.exec(text.slice(listener));
  return opensClause(text, listener + (that?.[0].length ?? 0));
}

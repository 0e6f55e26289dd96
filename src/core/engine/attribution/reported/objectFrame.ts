import { STANCE_NOUNS } from '../../lexicon/stanceNouns';
import { OBJECT_FRAME_VERBS } from '../../lexicon/objectFrameVerbs';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { ACT_VERBS, actsInWords } from './actObject';
import { opensBareClause } from './clauseStart';

/**
 * For each verb, its object (one to eight words with no clause break, save the comma of a date's day: `identifies February
 * 26, 1944 as the day it sank`) and then its preposition and a word.
 */
const OBJECT_THEN_PREPOSITION: ReadonlyMap<string, RegExp> = new Map(
  OBJECT_FRAME_VERBS.map(([verb, preposition]) => [
    verb,
    new RegExp(`^\\s+(?!(?:of|with|to|as|by)\\b)(?:(?:\\d{1,2},(?=\\s+\\d{4}\\b)|[^\\s,;:"“”.]+)\\s+){1,8}?${preposition}\\s+["“]?\\p{L}`, 'u'),
  ]),
);

/** Words that end an object noun phrase: a preposition, a conjunction or a relative ("called the police after the attack"). */
const OBJECT_BREAK = 'after|before|on|in|at|for|to|from|with|by|of|and|or|but|during|into|over|about|that|who|which|when|while|as|than';
/** Judging adjectives with none of the endings the pattern knows adjectives by. */
const PLAIN_ADJECTIVES =
  'swift|wrong|right|good|bad|great|unfair|unjust|absurd|false|untrue|correct|clear|unclear|fair|cruel|weak|strong|safe|unsafe|ridiculous|premature|outrageous';
/**
 * What "called" puts on its object, when it is the speaker's judgement (`called the resulting humanitarian crisis the
 * worst in the world`, `called its actions defensive in nature`, `called Trump's order swift, forceful and decisive`,
 * `called it unlikely that …`): a pronoun or a determined noun phrase of at most four more words, then a determined
 * phrase or an adjective that ends the phrase. Not words in marks (`called Kazakhstan's unrest "an act of …"`), whose
 * reported form the guide leaves optional and the direct sieves read; not a name given (`called the mission Artemis`: capitalised), a time
 * (`called the White House the next morning`, `called it a day`), nor a noun's modifier (`called the national guard`).
 */
const CALLED_SO = new RegExp(
  [
    String.raw`^\s+(?:(?:it|this|that|them|him|her)\s+`,
    String.raw`|(?:(?:the|a|an|its|his|her|their|our|this|these|those)\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)(?:(?!(?:${OBJECT_BREAK})\b)[\p{L}'’-]+\s+){0,4}?)`,
    String.raw`(?:(?:the|a|an)\s+(?!(?:\p{L}+\s+)?(?:day|days|time|times|morning|afternoon|evening|night|week|weekend|month|year|while|lot|number|meeting|press|news|conference|halt|truce|strike|vote|election|referendum)\b)\p{Ll}`,
    String.raw`|(?:\p{Ll}+(?:ive|ous|ful|al|ble|ic|ent|ant|ary|ate|ly|less|ish)|${PLAIN_ADJECTIVES})(?=\s*(?:[,.;:]|$|\s(?:and|but|or|in|for|that|to|because|as|after|given|since)\b)))`,
  ].join(''),
  'u',
);

/**
 * Forms of "call" whose object may carry the speaker's judgement. Not the participle, whose speaker is the subject of
 * the clause it hangs on, often a long phrase ("students from Springfield High School, … agreed …, calling it …").
 */
const CALLING: ReadonlySet<string> = new Set(['call', 'calls', 'called']);

/**
 * Whether a verb, lower case, reports speech through its object and preposition in the words `after` it: `accused
 * oppositionists Vitaly Shushkevich and Artem Chapaev of online extremism`, `credited news media with keeping the
 * story alive`. The object is one to eight words with no clause break, then the preposition and a word; the content
 * is all of it, from the object on (docs/annotation-guide.md: `credited A with B` has text `A with B`). A passive
 * ("was accused of") has no object and is no such cue. "called X Y" is read the same way (`CALLED_SO`): the guide's
 * `called X "Y"` has text `X "Y"`; `before`, the few characters before the verb, tells the writer's own "we called".
 */
export function framesObject(lower: string, after: string, before = ''): boolean {
  if (CITING.has(lower)) return CITED.test(after.slice(0, 200));
  if (ADVOCATING.has(lower)) return ADVOCATED.test(after);
  if (ACT_VERBS.has(lower)) return actsInWords(lower, after);
  // "we called it a living document", "we call it a failure": the writer's own naming, not a report.
  if (CALLING.has(lower)) return CALLED_SO.test(after.slice(0, 200)) && !/(?:^|\s)(?:we|I|you)\s+$/i.test(before);
  const frame = OBJECT_THEN_PREPOSITION.get(lower);
  return frame !== undefined && frame.test(after.slice(0, 160)) && !dismissedFromPost(lower, after);
}

/** "The club dismissed him as manager": a post after "as" tells a sacking, no judgement said of the object. */
function dismissedFromPost(lower: string, after: string): boolean {
  const role = /^dismiss/.test(lower) ? /\sas\s+(?:an?\s+|the\s+|its\s+|their\s+)?(\p{L}+)/u.exec(after.slice(0, 160)) : null;
  return role !== null && PERSON_ROLE_NOUNS.includes((role[1] ?? '').toLowerCase());
}

/**
 * "cited" with what a person put forward as its object (`Amundson cited improvements to the treatment of research
 * chimpanzees`, `Erdoğan cited Article 5 of the NATO treaty and said …`): reported speech, text the object. Not before a
 * colon that opens what is cited (`cites three reasons for the demise of this industry:`), nor "cited as", "cited for".
 */
const CITING: ReadonlySet<string> = new Set(['cites', 'cited', 'citing']);

/**
 * "advocated" with the course a person argued for as its object: "Correa then advocated the creation of an international
 * peacekeeping force to control the border" (wikinews-south-american-leaders-end-border-dispute-2008-03-08), "The Cuban
 * dictator Fidel Castro advocated armed revolutionary struggle in Latin America" (wikinews-activists-protest-school-of-the-
 * americas-2004-11-21), "Sombat advocated a form of silent protest" (wikinews-hunger-games-salute-protest-coup-thailand-
 * 2014-06-05): reported speech, text the object (docs/annotation-guide.md, "Directive and object-noun cues"). A person's
 * only, as "cited" is (`bodyMayFrame`): a party or a movement that "has advocated environmental awareness" (gv-taiwan-tao-
 * nuclear-nightmare-2012-05-11) or supporters who "advocated the One Bahamas movement" (gv-bahamas-bloggers-election-
 * results-2012-05-09) hold a platform, no words the text reports. Not the noun ("right advocates"), nor "advocated for"
 * or "advocated strongly in", whose object a preposition governs.
 */
const ADVOCATING: ReadonlySet<string> = new Set(['advocated', 'advocates']);
const ADVOCATED = /^\s+(?!(?:for|in|on|at|as|by|to|that|this|these|those|which|who)\b)(?:\p{Ll}+\s+){0,5}?\p{Ll}{3,}/u;

/** Whether a verb, lower case, is one that may frame its object as what was said ("cited", "called", "accused"). */
export const isFramingVerb = (lower: string): boolean =>
  CITING.has(lower) || ADVOCATING.has(lower) || CALLING.has(lower) || OBJECT_THEN_PREPOSITION.has(lower) || ACT_VERBS.has(lower);
const CITED = /^\s+(?!(?:as|for|by|in|on|at|to|that)\b)[\p{L}\d](?![^.;]*:\s*$)/u;

/** Verbs that pass a judgement on their object, which is what was said (`OBJECT_SPEECH_VERBS`: "criticized the decision", "condemn the use of"). */
const JUDGING = /^(?:critici[sz]e[ds]|condemn(?:ed|s)?|denounce[ds])$/;
/** A determined object: a determiner or an owner's possessive, then a word (`the government's decision`, `the act of the NTC`). */
const DETERMINED_OBJECT = /^\s+(?:the|this|that|these|those|its|his|her|their|\p{Lu}[\p{L}.-]*['’]s?)\s+\p{L}/u;

/**
 * Whether a verb, lower case, judges the determined object in the words `after` it: `Lady Gaga fans, who were called
 * 'little monsters', have criticized the government's decision` (gv-indonesia-lady-gaga-concert-permit-denied-2012-05-16).
 * A group may pass that judgement as a body frames its object (cueVerb.ts); the quote then stays unattributed.
 */
export const judgesObject = (lower: string, after: string): boolean => JUDGING.test(lower) && DETERMINED_OBJECT.test(after);

/** The words after "expressed": perhaps an owner, then up to three lower-case words (` serious concerns`, ` their anger`). */
const EXPRESSED_WORDS = /^\s+(?:(?:their|its|his|her)\s+)?(\p{Ll}+(?:\s+\p{Ll}+){0,2})/u;

/**
 * Whether a verb, lower case, expresses a stance named by the noun in the words `after` it: `Foreign journalists based in
 * China have expressed serious concerns regarding …` (gv-china-al-jazeera-melissa-chan-expelled-2012-05-09). A group may
 * voice it as it passes a judgement (cueVerb.ts); the quote then stays unattributed.
 */
export function expressesStance(lower: string, after: string): boolean {
  if (!/^express(?:ed|es|ing)$/.test(lower)) return false;
  return (EXPRESSED_WORDS.exec(after)?.[1] ?? '').split(/\s+/).some((word) => STANCE_NOUNS.has(word));
}

/**
 * A cited source and the words it is cited for: "as saying" or "that" and a clause after the object (`The BBC also cited
 * Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were linked to …`,
 * wikinews-indonesian-security-minister-wiranto-stabbed-2019-10-11; `The Daily Telegraph cited a security source that
 * mental health may be a factor in the attack`, wikinews-three-killed-stabbing-attack-reading-uk-2020-06-23).
 */
const CITED_FOR_WORDS =
  /^\s+(?:the\s+|an?\s+)?[\p{L}'’.-]+(?:\s+[^;:.()"“”]{0,120}?)?(?:,?\s+as\s+(?:saying|stating|claiming|telling|writing|adding|noting)\b|\s+that\s+(?!(?:was|were|is|are|has|have|had|said|says|showed|shows|found|finds)\b)\p{L})/u;

/**
 * Where the claim of a source cited with "that" opens in the content of "cited" (`text` from `start` to `stop`, UTF-16):
 * after the "that" of `a security source that mental health may be a factor in the attack`
 * (wikinews-three-killed-stabbing-attack-reading-uk-2020-06-23), a report inside the citer's report
 * (docs/annotation-guide.md, "`X cited Y that Z`"); null for no such "that" or another verb.
 */
export function citedClaimStart(lower: string, text: string, start: number, stop: number): number | null {
  if (!CITING.has(lower)) return null;
  const that = CITED_FOR_WORDS.exec(` ${text.slice(start, stop)}`);
  if (!that || !/\sthat\s\p{L}$/u.test(that[0])) return null;
  const at = start + that[0].length - 2;
  return opensBareClause(text, at - 1) ? at : null;
}

/**
 * Whether a body (not only a person) may frame its object so: not "advocated" (`ADVOCATING`), nor "cited", which is a
 * person's (a body's cites documents), unless the object is a source cited for its words (`CITED_FOR_WORDS`): an outlet's report of what its
 * source said is the outlet's entry (docs/annotation-guide.md, "`X cited Y that Z`"). The participle "citing", which
 * `citesReason` lets report only after a clause's comma, gives the reason a body put forward for its act ("the Court of
 * Appeals repeatedly denied Ampon bail, citing the severity of the case …"). `after` is the text after the verb.
 */
export const bodyMayFrame = (lower: string, after = ''): boolean =>
  !ADVOCATING.has(lower) && (!CITING.has(lower) || lower === 'citing' || CITED_FOR_WORDS.test(after.slice(0, 240)));

/**
 * Where the content of "called X Y" ends before `stop`: at a participle set off by a comma (`called its actions defensive
 * in nature, pointing to the December 31 attack …`), the speaker's next act.
 */
export function calledEnd(lower: string, text: string, start: number, stop: number): number {
  if (!CALLING.has(lower)) return stop;
  const participle = /,\s+\p{Ll}+ing\b/u.exec(text.slice(start, stop));
  return participle ? start + participle.index : stop;
}

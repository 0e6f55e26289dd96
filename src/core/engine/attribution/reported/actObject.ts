import { CLAIM_NOUNS } from '../../lexicon/claimNouns';
import { claimsWrong } from './claimedWrong';
import { DECLARATION_NOUNS } from '../../lexicon/declarationNouns';
import { DENIED_NOUNS } from '../../lexicon/deniedNouns';
import { SPEECH_ACT_NOUNS } from '../../lexicon/speechActNouns';
import { JUDGED_ACT_VERBS, judgesAct } from './judgedAct';

/**
 * Light verbs whose object, an act done in words (`lexicon/speechActNouns.ts`), is what was said: "raised questions
 * about Harris' eligibility", "issued warnings against attempts to enter …", "gave his condolences" (English Wikinews
 * 2019–2020, development half; docs/annotation-guide.md, "Directive and object-noun cues": `voiced support for A` →
 * `support for A`). Lower case. Not "sent", whose object is as often a letter or troops.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['raised', 'raises', 'issued', 'issues', 'gave', 'gives', 'offered', 'offers', 'extended', 'extends']);

/**
 * Verbs that say again or endorse an act in words already made, which a determined object names: "Sobchak affirmed her
 * commitment to peaceful resistance" (gv-russia-violence-opposition-debate-tactics-2012-05-07), "Trump repeated his claim
 * mail-in voting would be fraudulent", "Merkel seconded Macron's recommendation the fires be added to the agenda"
 * (Wikinews 2019–2020, development half). Alone they report nothing: "repeated the experiment", "seconded the motion".
 */
const REPEATING_VERBS: ReadonlySet<string> = new Set(['affirmed', 'affirms', 'repeated', 'repeats', 'seconded']);

/**
 * Verbs that deny a claim another made, which is then what was said: "South Korea’s Defense Ministry rejected Kim’s
 * assertion that North Korea is a nuclear power" (voa-learningenglish-north-korea-expels-bbc-journalists-2016-05-10).
 * "Seidenberg … denied any allegation of quid pro quo" (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30). Only a
 * claim (`lexicon/claimNouns.ts`): "rejected the union's demands" is a decision, no words.
 */
const REJECTING_VERBS: ReadonlySet<string> = new Set(['rejected', 'rejects', 'denied', 'denies', 'denying']);

/** The forms of "deny", whose object may also go without a determiner (`DENIED_OBJECT`). */
const DENYING: ReadonlySet<string> = new Set(['denied', 'denies', 'denying']);

/** Every verb whose object may be an act in words (`actsInWords`). Lower case. */
export const ACT_VERBS: ReadonlySet<string> = new Set([...LIGHT_VERBS, ...REPEATING_VERBS, ...REJECTING_VERBS, ...JUDGED_ACT_VERBS]);

/** Words that end the object before its noun: a preposition or a conjunction ("raised funds for questions …"). */
const BREAK = 'to|for|of|about|on|in|at|with|from|by|and|or|over|against|that|which|who';

/**
 * Adjectives that may stand before the noun (`serious concerns`, `his deepest condolences`, `a stern warning`). A noun
 * there makes a thing, no act in words: `issued a flash flood warning`, `issued a hurricane warning` (fresh Wikinews, 2019).
 */
const ADJECTIVE = '\\p{Ll}+(?:al|ous|ive|ic|ful|ent|ant|est|ere|ed|ing)|stern|new|dire|grave|strong|fresh|further|similar|heartfelt|deep|many|several|some';

/**
 * The object: perhaps a determiner, up to two adjectives, then a speech-act noun; not before a colon that closes the
 * sentence (`gave a dire warning in a press release:`), which opens a quotation the direct sieves read.
 */
const ACT_OBJECT = new RegExp(
  `^\\s+(?:(?:a|an|the|his|her|their|its|our)\\s+)?(?:(?!(?:${BREAK})\\b)(?:${ADJECTIVE})\\s+){0,2}?(?:${[...SPEECH_ACT_NOUNS].join('|')})\\b(?![^.;]*:\\s*$)`,
  'u',
);

/**
 * Whether a verb, lower case, does an act in words through the object the words `after` it open: `The Air Force issued
 * warnings against …` (wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22). The subject must still be a speaker:
 * "The attack raises questions about …" has none, and the cue reader (cueVerb.ts) finds no quote there.
 */
export function actsInWords(lower: string, after: string): boolean {
  if (LIGHT_VERBS.has(lower)) return ACT_OBJECT.test(after.slice(0, 160));
  if (REPEATING_VERBS.has(lower)) return REPEATED_OBJECT.test(after.slice(0, 160));
  if (JUDGED_ACT_VERBS.has(lower)) return judgesAct(lower, after);
  if (deniesCharge(lower, after)) return true;
  // "… has not yet conceded the election, and has claimed widespread voter fraud with mail-in ballots" (claimedWrong.ts).
  if (claimsWrong(lower, after)) return true;
  return REJECTING_VERBS.has(lower) && REJECTED_OBJECT.test(after.slice(0, 160));
}

/** A determined object: "the", "any", a demonstrative, a possessive pronoun or an owner's name ("Kim’s", "Macron's"), then up to two adjectives. */
const DETERMINED = `^\\s+(?:(?:the|his|her|their|its|our|any|all|these|those|this|that)\\s+|\\p{Lu}[\\p{L}.-]*['’]s?\\s+)(?:(?!(?:${BREAK})\\b)(?:${ADJECTIVE})\\s+){0,2}?`;
const nouns = (...lists: Array<ReadonlySet<string>>): string => lists.flatMap((list) => [...list]).join('|');
/** What may be repeated or seconded: an act in words, a stance declared, or a claim; not before a closing colon. */
const REPEATED_OBJECT = new RegExp(`${DETERMINED}(?:${nouns(SPEECH_ACT_NOUNS, DECLARATION_NOUNS, CLAIM_NOUNS)})\\b(?![^.;]*:\\s*$)`, 'u');
/**
 * Thoughts put forward that a denial answers when a that-clause says what they hold: "Betancourt also rejected the idea
 * that the rescue operation was staged to cover up ransom payments to FARC" (wikinews-ingrid-betancourt-returns-to-
 * france-2008-07-04). Without the clause ("rejected the idea of a merger") it is a decision, no words.
 */
const REJECTED_THOUGHTS = 'idea|notion|suggestion|suggestions|speculation|rumou?rs?|reports?';
/**
 * A "that" that opens a relative clause on the noun, not the thought's content: one a verb follows straight away ("the
 * idea that was floated by the unions"), or one whose clause tells who put the thing out and ends on a time, an "as" or
 * the sentence's end ("rejected the report that the committee published last week as biased"): wire and Wikinews
 * shapes for a document or proposal, whose words are not the rejecter's.
 */
const RELATIVE_THAT = String.raw`(?!(?:was|were|is|are|has|have|had)\b)(?![^.;,]{1,60}?\b(?:published|released|issued|made|floated|aired|circulated|presented|submitted|produced|compiled|drafted|wrote|carried|ran)(?:\s+(?:last|this|on|in|at|by|earlier|yesterday|as)\b|\s*[,.;]|\s*$))`;
/**
 * What may be rejected as words: a claim, or a thought a that-clause spells out (`REJECTED_THOUGHTS`); not a claim made
 * to a court or an insurer (`rejected the claim for damages`, `his claim to the estate`), which a preposition of aim or of
 * object tells.
 */
const REJECTED_OBJECT = new RegExp(
  `${DETERMINED}(?:(?:${nouns(CLAIM_NOUNS)})\\b(?!\\s+(?:for|to|on|against|over)\\b)|(?:${REJECTED_THOUGHTS})\\s+that\\s${RELATIVE_THAT})`,
  'u',
);

/**
 * A charge a denial answers with no determiner: "denied wrongdoing", "denies wrongdoing in relation to it", "has denied
 * involvement" (`lexicon/deniedNouns.ts`), or a claim noun after up to two adjectives: "he said, denying opposing
 * accusations that previous elections were skewed in favor of the ruling party" (wikinews-sadc-calls-for-transparent-
 * mozambique-elections-2009-10-21). Not a claim made to a court or an insurer (`REJECTED_OBJECT`).
 */
const DENIED_OBJECT = new RegExp(
  `^\\s+(?:(?:any|his|her|its|their|our)\\s+)?(?:(?:${nouns(DENIED_NOUNS)})\\b|(?:(?!(?:${BREAK})\\b)(?:${ADJECTIVE})\\s+){0,2}?(?:${nouns(CLAIM_NOUNS)})\\b(?!\\s+(?:for|to|on|against|over)\\b))`,
  'u',
);

/**
 * Whether a denial (`lower`, lower case) takes the charge or claim that the words `after` it open as what was said,
 * with no determiner needed (`DENIED_OBJECT`): "The pair denied wrongdoing but were convicted …".
 */
export const deniesCharge = (lower: string, after: string): boolean => DENYING.has(lower) && DENIED_OBJECT.test(after.slice(0, 160));

/** A charge alone (`DENIED_NOUNS`), then the first clause break: a comma, or a conjunction or time word. */
const DENIED_NOUN_THEN_BREAK = new RegExp(
  `^\\s*(?:any\\s+)?(?:${nouns(DENIED_NOUNS)})(?=,|\\s+(?:but|and|or|as|after|before|when|while|amid|despite)\\s)`,
  'u',
);

/**
 * Where the content [start, stop) of a denial (`lower`, lower case) ends when it is a charge alone: "The pair denied
 * wrongdoing but were convicted …" is `wrongdoing` (wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30),
 * "has denied involvement, posting a statement …" is `involvement` (wikinews-malaysia-airlines-flight-17-shot-down-
 * eastern-ukraine-2014-07-18): what follows is the denier's next act or the writer's account. `stop` otherwise.
 */
export function deniedNounEnd(lower: string, text: string, start: number, stop: number): number {
  if (!DENYING.has(lower)) return stop;
  const m = DENIED_NOUN_THEN_BREAK.exec(text.slice(start, stop));
  return m ? start + m[0].length : stop;
}

/**
 * Whether the subject words starting at `start` (UTF-16 offset in `text`) are a preposition's object: "Trump's decision
 * to allow part of the convention to take place at the White House raised ethics questions as well" (wikinews-on-the-
 * campaign-trail-usa-august-2020-2020-09-30) is the decision's doing, not the White House's words.
 */
export const prepositionObject = (text: string, start: number): boolean =>
  /\b(?:at|in|from|to|on|into|of|by|for|with|about|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start));

import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';

/** A number as a writer spells a count: digits, or number words up to a few, perhaps "and a half". */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands|a\s+few)(?:\s+(?:hundred|thousand|million|billion))?`;

/**
 * A group counted by an estimate standing as a clause's subject right before its verb: `More than two million people
 * replied they would attend` (wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22), `Over 300 residents said …`,
 * `About 40 workers told …`. The estimate, up to one modifier and a group's noun (`groupSpeakers.ts`) is the whole
 * subject; nothing of its own (a relative, a verb) stands between it and the verb.
 */
const COUNTED_GROUP = new RegExp(
  String.raw`^(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|roughly|at\s+least|up\s+to)\s+${NUMBER}\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$`,
  'iu',
);

/**
 * The people a poll's share is of, which the share may name (`28 percent of those asked said`, `45 percent of
 * respondents said`): still the poll's unnamed group, whom no one the text names speaks for.
 */
export const POLLED = String.raw`(?:(?:those|the|all)\s+)?(?:asked|polled|surveyed|questioned|interviewed|respondents|voters)`;

/** A share a writer spells in words at a sentence's start, where style guides spell out a number: `Four percent`. */
const SHARE_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;

/**
 * A count or a share of people with no noun after it, standing as the whole subject: `almost all of whom said they were
 * the object of sexual violence; 316 said they were raped` (fresh WikinewsSum, December 2004, Chile's Valech report), `Of
 * those polled, 45 percent said they …`, `More than half said …`. The group counted is the one the sentence or the poll
 * told of, no one the text names (`Four percent said abdication of emperors should never be allowed`, wikinews-national-diet-
 * law-akihito-abdicate-2017-06-10, a Kyodo News poll). Not a year (`2019 said`), which dates a subject.
 */
const BARE_COUNT = new RegExp(
  String.raw`^(?:(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|roughly|only|just|at\s+least)\s+)?(?:(?!(?:1[89]|20)\d\d\s)\d[\d,.]*(?:\s*%|\s+percent|\s+per\s+cent)?|${SHARE_WORDS}\s+(?:percent|per\s+cent)|half|a\s+(?:third|quarter)|two-thirds|three-quarters)(?:\s+of\s+${POLLED})?\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$`,
  'iu',
);

/**
 * A document dated by its year, standing as a clause's subject: `A 2015 federal court decision said the constitutional
 * guarantee … did not extend to …` (wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16). A determiner, the
 * year, up to two modifiers and a document's noun (`documentNouns.ts`); the year is what the plain description
 * (`unnamedGroup.ts`), which takes words of letters only, did not read.
 */
const DATED_DOCUMENT =
  /^(?:a|an|the|one|another|its|their|his|her)\s+(?:1[89]|20)\d\d\s+((?:[\p{L}-]+\s+){0,2}?)(\p{Ll}+)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$/iu;

/**
 * Statements in the plural, which are speech whoever issued them: `Police statements said the union officials "went
 * wild" …` (voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03). Other documents' plurals ("reports",
 * "studies") show as often as they say, and stay out (unnamedGroup.ts).
 */
const STATEMENTS =
  /^(?:(?:the|its|their|his|her|official|\p{Ll}+(?:'s|’s)|\p{Lu}[\p{L}.-]*(?:'s|’s)?)\s+){0,2}statements\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$/u;

/**
 * A name and a group of that one's, joined as one subject: `Trump and his supporters claimed Joe Biden only won the
 * elections due to voter fraud` (wikinews-conservative-rally-washington-election-stolen-2020-12-15). The group is no one
 * the text names, so the pair's words stay unattributed, as the group's alone would.
 */
const NAME_AND_GROUP = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}and\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$/u;

/**
 * Whether a clause's words up to its verb are a counted group, a bare count, a name and its group, a dated document or
 * statements in the plural: an unnamed
 * subject whose clause with no "that" is reported speech left unattributed, as a plain description's is (AP Stylebook,
 * "anonymous sources"; docs/annotation-guide.md, "Documents, studies, teams, unnamed groups").
 */
export function describesCounted(clause: string): boolean {
  const counted = (COUNTED_GROUP.exec(clause) ?? NAME_AND_GROUP.exec(clause))?.[1]?.toLowerCase();
  if ((counted !== undefined && GROUP_SPEAKERS.has(counted)) || BARE_COUNT.test(clause)) return true;
  const dated = DATED_DOCUMENT.exec(clause)?.[2]?.toLowerCase();
  return (dated !== undefined && DOCUMENT_NOUNS.has(dated) && dated !== 'data' && dated !== 'figures') || STATEMENTS.test(clause);
}

/**
 * A clause's words up to its verb without a place adverb after the group's plural: `Residents there told the press the
 * officers claimed …` (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04) is described by `Residents`.
 */
export const withoutPlaceAdverb = (clause: string): string => clause.replace(/(?<=\p{Ll}s)\s+(?:there|here|locally)\s+$/u, ' ');

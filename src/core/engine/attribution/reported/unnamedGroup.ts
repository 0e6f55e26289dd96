import { AGENTLESS_PLURALS } from '../../lexicon/agentlessPlurals';
import { COUNTRIES } from '../../lexicon/countries';
import { DESCRIBED_SUBJECT_ADVERBS } from '../../lexicon/describedSubjectAdverbs';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { ORG_ROLE_NOUNS } from '../../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { PROXY_NOUNS } from '../../lexicon/proxyNouns';
import { describesDocument } from './qualifiedDocument';
import { describesCounted, withoutPlaceAdverb } from './countedSubject';
import { beforeDescribedAside } from './describedAside';
import type { ReportedCase } from './reported';

/** How far before its verb a description is read, in UTF-16 code units. */
const LOOK_BACK = 400;

/** Data "suggests", "shows" and "reveals" what it is evidence of: no one's words (`Preliminary data suggests …`). */
const EVIDENCE = new Set(['data', 'figures']);
/** Whether a document noun, lower case, names measurements, which show rather than say ("The data revealed …"). */
export const isEvidenceNoun = (noun: string): boolean => EVIDENCE.has(noun);
/** Family members a writer leaves unnamed: `his daughter said …`, `her parents said …`. */
const KIN = ['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'parents', 'widow', 'children'];
/** A count noun's regular plural: "agency" → "agencies", "party" → "parties", "church" → "churches", "firm" → "firms". */
const plural = (noun: string): string => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`);

/**
 * Organisation nouns whose plural is no group of speakers: one that is plural already ("police", "authorities"), and
 * teams and clubs, which confirm results as often as they say anything ("Teams confirmed it made communications contact
 * with …"). Documents' plurals are left out too: studies and reports show more than they say.
 */
const NO_GROUP_PLURAL = /^(?:police|team|club|\p{L}+ies)$/u;

/**
 * The plurals of the organisation nouns that have one as a group (`NO_GROUP_PLURAL`), made once: "the governments of the
 * two nations" speak as bodies of one kind. Made again for each description, they cost a test and a string for each of
 * the hundreds of nouns, every time.
 */
const BODY_PLURALS: ReadonlySet<string> = new Set(ORG_ROLE_NOUNS.filter((noun) => !NO_GROUP_PLURAL.test(noun)).map(plural));

/** The plurals of the demonyms in -an and -i (`Yemenis`, `Romanians`), lower case: "-ese" and "-ish" take no plural. */
const DEMONYM_PLURALS: ReadonlyArray<string> = COUNTRIES.flatMap(([, adjectives]) =>
  adjectives.filter((adjective) => /(?:an|i)$/.test(adjective)).map((adjective) => `${adjective.toLowerCase()}s`),
);

/**
 * One-word nouns that can be the whole head of a speaker's description, singular or plural. Organisations speak as a
 * group too: `Aid agencies say populations with sufficiently high vaccination rates have enough herd immunity …`
 * (wikinews-samoa-ends-measles-state-of-emergency-2020-01-01), `The parties said they expect a decision this year`
 * (wikinews-tesco-sells-polish-branch-salling-group-2020-06-21).
 */
const HEADS: ReadonlySet<string> = new Set([
  ...GROUP_SPEAKERS,
  ...[...DOCUMENT_NOUNS].filter((noun) => !EVIDENCE.has(noun)),
  ...ORG_ROLE_NOUNS.filter((noun) => !noun.includes(' ')).flatMap((noun) =>
    NO_GROUP_PLURAL.test(noun) || DOCUMENT_NOUNS.has(noun) ? [noun] : [noun, plural(noun)],
  ),
  ...PERSON_ROLE_NOUNS.filter((noun) => !noun.includes(' ')).flatMap((noun) => [noun, `${noun}s`]),
  ...KIN,
  // "O'Riordan's agent said she was in London …" (wikinews-cranberries-singer-dolores-oriordan-dies-2018-01-17): one
  // who speaks for another is an unnamed speaker as a spokesman is.
  ...PROXY_NOUNS,
  // "However, many Yemenis have expressed their doubts" (gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22),
  // "Some Ethiopians in the Diaspora have gone as far as urging …" (gv-ethiopia-g8-summit-press-freedom-2012-05-18): a
  // nation's people, by the plural of its demonym, speak as a group.
  ...DEMONYM_PLURALS,
]);

/** An adverb between a described subject and its verb (`describedSubjectAdverbs.ts`), as a pattern. */
const BETWEEN_ADVERB = `(?:${DESCRIBED_SUBJECT_ADVERBS.join('|')})`;

/**
 * A description standing as a clause's subject right before its verb: a determiner or an owner's name, up to three
 * modifiers and a head noun (`Police`, `Local officials`, `The victim's family`, `The industry publication`), then
 * perhaps an adverb of time or one a judgement is passed with (`Security experts roundly criticized the program`,
 * wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06); a count may stand for the determiner (`A number of Senators condemned the act of the NTC`,
 * wikinews-philippines-abs-cbn-shut-down-by-government-2020-05-06). Words that open a phrase or a clause of their own (`by`, `of`, `who`, …) are no modifiers,
 * save an "and" or an "or" after an adjective, which two kinds of one group share (`Legal and religious groups have also
 * called for the bill to be dropped`, wikinews-hong-kong-protesters-surround-police-complex-2019-06-23).
 */
const DESCRIPTION = new RegExp(
  String.raw`^(?:(?:the|a|an|one|some|many|several|multiple|numerous|various|other|local|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a\s+number\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*|his|her|their|its|(?:one|some|many|most|several|two|three|all|none|each)\s+of\s+(?:the|its|his|her|their)|\p{Lu}[\p{L}.-]*(?:'s|’s))\s+)?((?:[\p{L}-]+(?:al|ous|ic|ive|ary|ian|ese|ish|ent|ant|ful)\s+(?:and|or)\s+)?(?:(?!(?:by|of|for|to|in|on|at|with|from|and|or|but|that|who|which|it|this|he|she|they|we|i)\s)[\p{L}.'’-]+\s+){0,3}?)(\p{L}+)\s+(?:(?:have|has|had)\s+)?(?:${BETWEEN_ADVERB}\s+)?$`,
  'iu',
);

/**
 * A group described by what it belongs to, where it is, what it does or knows, as a clause's subject right before its
 * verb: `Hospital officials in Omsk`, `Organizers of the rally`, `Critics from across Britain's political spectrum have`,
 * `Some members of opposition parties have`, `State legislators supporting the law`, `Officials familiar with the
 * matter`, `Foreign journalists based in China have`, `Pilots interviewed for the programme` (wikinews-ryanair-sack-sue-pilot-
 * safety-documentary-2013-08-15: who met them, "by" a name, is the subject readers'), `Other critics outside the Democratic party` (wikinews-on-the-
 * campaign-trail-usa-august-2020-2020-09-30). Only a group noun or a role's plural may head it (`GROUP_SPEAKERS`, `legislators`): a named speaker in the phrase
 * is read by the subject readers first, and the quote stays unattributed here. The phrase holds no relative or verb of
 * its own (`officials who said`).
 */
const QUALIFIED_GROUP = new RegExp(
  String.raw`^(?:(?:the|some|many|several|other|local|both|(?:one|some|many|most|several|all)\s+of\s+the)\s+)?((?:(?!(?:by|of|for|to|in|on|at|with|from|and|or|but|that|who|which)\s)[\p{L}.'’-]+\s+){0,2}?)(\p{L}+)\s+(?:of|in|at|from|outside|(?:familiar|close)\s+(?:with|to)|based\s+in|(?:interviewed|surveyed|polled|questioned)\s+(?:for|in|on|at)|\p{Ll}{3,}ing)\s+(?:(?!(?:who|whom|whose|which|that|said|says|say|told|tells|was|were|is|are)\s)[\p{L}\d.'’&-]+\s+){1,6}?(?:(?:have|has|had)\s+)?(?:${BETWEEN_ADVERB}\s+)?$`,
  'iu',
);

/**
 * A quantifier standing alone as the clause's subject, some of a group told of before: `Many said they had felt …`,
 * `several said they wanted …`, `Others say …`. Only at the clause's start (after a comma, or after "and"/"but"), so
 * that it is the whole subject: "in some", "of many" end a phrase, not a subject.
 */
const QUANTIFIER_SUBJECT =
  /(?:^|\b(?:and|but|while|whereas)\s+)(?:many|several|some|others|most|(?:a\s+)?few)\s+(?:(?:have|had)\s+)?(?:(?:also|later|previously|earlier|then)\s+)?$/iu;

/**
 * A relative clause with no "who" that tells how the writer or an outlet met the group, between it and its verb: `Some
 * of the protesters Wikinews interviewed said they had gone to …` (wikinews-thousands-march-anti-brexit-protest-london-
 * 2019-03-28), `residents the BBC spoke to said …`. The group is the subject, not the one who met it.
 */
const CONTACT_CLAUSE =
  /\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}\s+(?:interviewed|contacted|surveyed|polled|asked|(?:spoke|talked)\s+(?:to|with))\s+$/u;

/** A relative clause set off by commas right before the verb, perhaps with its auxiliary after it: `, who were called 'little monsters', have `. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s+[^,;:"“”]{1,80},\s+((?:(?:have|has|had)\s+)?(?:also\s+)?)$/u;

/**
 * "with" opening an absolute phrase (after a comma, a dash or at the sentence's start) and the words up to an -ing verb:
 * ` – with reports ` of "This number climbed again by Tuesday – with reports stating 107 had died" (wikinews-congolese-
 * refugee-death-toll-climbs-2014-03-28). Group 1 is the participle's subject (Quirk et al. 1985, a non-finite clause with
 * "with" as its subordinator; withAbsolute.ts reads a named one).
 */
const WITH_ABSOLUTE = /(?:^|[,;—–]\s*)with\s+([^,;:—–"“”()]{1,60})$/u;

/**
 * "who" right before the verb, perhaps with "also", set off by a comma or not: what it stands for ends before it ("two
 * self-proclaimed fascists who say it was …", gv-armenia-homophobic-firebombing-controversy-2012-05-17).
 */
const WHO_BEFORE = /(?:,\s+|\s+)who\s+(?:also\s+)?$/u;

/** A past verb and "by" right before an -ing form: ` responded by ` of "LGBT activists responded by asking …". */
const BY_MEANS = /\s\p{Ll}{3,}ed\s+by\s+$/u;

/** "are" of a progressive right before its -ing form, which stands between a group and its verb. */
const PROGRESSIVE_BE = /(?<=\s)(?:are|were|is|was)\s+$/;

/** Whether words are names alone, with their long forms in parentheses: ` PML-N (Pakistan Muslim League - Nawaz) and PTI`. */
const namesOnly = (words: string): boolean => {
  const bare = words.replace(/\([^()]{1,80}\)/g, ' ').trim();
  return bare.length > 0 && bare.split(/\s+/).every((w) => /^\p{Lu}[\p{L}\d.&'’-]*$/u.test(w) || /^(?:and|or|of|-)$/.test(w));
};

/**
 * Whether a description of an unnamed speaker (`Protesters`, `Legal and religious groups have also`, `Some members of
 * opposition parties have`) stands as the clause's subject right before the verb at `verbStart` (UTF-16 offset): right
 * before it, or before what may stand between them (a progressive's "are", a contact clause such as "Wikinews
 * interviewed", "<past verb> by" before an -ing form, names set off after the group), or as what ", who" stands for.
 */
export function describedBefore(c: ReportedCase, verbStart: number): boolean {
  const { text, range } = c;
  // The description stands right before its verb: a bounded stretch, whatever the sentence's length. "are" before an
  // -ing form is a progressive's (`Opposition parties are asking the Prime Minister to resign`): notACue.ts lets no
  // passive through.
  const ing = /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 40));
  const progressive = ing ? PROGRESSIVE_BE.exec(text.slice(range.start, verbStart)) : null;
  const before = text.slice(Math.max(range.start, verbStart - LOOK_BACK), verbStart - (progressive?.[0].length ?? 0));
  if (describes(withoutPlaceAdverb(lastClause(before).replace(CONTACT_CLAUSE, ' ')))) return true;
  // "Lady Gaga fans, who were called 'little monsters', have criticized …" (gv-indonesia-lady-gaga-concert-permit-denied-
  // 2012-05-16): a relative clause set off by commas stands between the group and its verb.
  const relative = RELATIVE_ASIDE.exec(before);
  if (relative && describes(lastClause(`${before.slice(0, relative.index)} ${relative[1] ?? ''}`))) return true;
  // "LGBT activists responded by asking them to clear the way" (gv-georgia-lgbt-activists-attacked-2012-05-17): an -ing
  // form after "by" tells how the clause's subject acted, and that subject asks.
  const means = ing ? BY_MEANS.exec(before) : null;
  if (means && describes(lastClause(before.slice(0, means.index + 1)))) return true;
  // "…, with officials reporting at the time 150 security forces … killed" (wikinews-car-bomb-maidan-wardak-military-base-
  // 2019-01-24), "…, with local press reporting in 2004 …" (wikinews-fire-bontddu-hall-kills-one-2020-06-06): the
  // description after "with" is the subject of the -ing form.
  // Only a plain verb of saying: "with Congo's president accusing Rwanda of …, and Rwandan president refusing to …"
  // (WikinewsSum, 2004) runs on into the next absolute phrase.
  const absolute = /^(?:saying|stating|reporting|telling|claiming|noting)\b/.test(text.slice(verbStart, verbStart + 10)) ? WITH_ABSOLUTE.exec(before) : null;
  if (absolute && describes(absolute[1] ?? '')) return true;
  // "Some net users from Daum Agora [ko], the nation's biggest public forum, criticized …" (describedAside.ts).
  const described = beforeDescribedAside(before);
  if (described !== null && describes(withoutPlaceAdverb(lastClause(described)))) return true;
  const who = WHO_BEFORE.exec(before);
  if (who && groupEnds(before.slice(0, who.index))) return true;
  // "The opposition parties, PML-N (Pakistan Muslim League - Nawaz) and PTI (Pakistan Tahreek Insaf) are asking …"
  // (gv-pakistan-gilani-contempt-verdict-reactions-2012-05-04): the names set off after a group are its members; the
  // group before them is the subject.
  const setOff = before.lastIndexOf(',');
  return setOff > 0 && namesOnly(before.slice(setOff + 1)) && describes(lastClause(`${before.slice(0, setOff)} `));
}

/**
 * Whether the words before ", who" end with a description of a group, which "who" then stands for: the phrase a
 * preposition ends with (`… an outpouring of grief and frustration by other journalists in Pakistan, who urged the
 * government to …`, voa-pays-tribute-reporter-slain-pakistan-2012-01-20) or one joined on to what the writer lists
 * (`more elderly people are being seen, as well as Kismayo business people, who say they have lost their livelihoods`,
 * voa-somali-refugees-thousand-a-day-kenya-2006-10-06). The last one to six words after the last comma are tried,
 * longest first, and the description found must not be all of them: a group that is a whole clause's subject with an
 * aside after it (`The fans, who criticized the decision, waited outside`) is told of, not quoted. A named antecedent is the subject readers' ("John Smith, who says …").
 */
function groupEnds(before: string): boolean {
  const words = before
    .slice(before.search(/[^,;:"“”()]*$/))
    .trim()
    .split(/\s+/);
  for (let n = Math.min(6, words.length); n > 0; n--) if (describes(`${words.slice(-n).join(' ')} `)) return n < words.length;
  return false;
}

/** The words of `before` after its last comma or semicolon (and an "and" opening a clause, `…, and Egyptologists have`). */
const lastClause = (before: string): string =>
  afterSubordinator(before.slice(before.search(/(?:[,;]\s+)?[^,;]*$/)).replace(/^[,;]\s+(?:(?:and|but)\s+(?=\p{L}+\s+(?:have|has|had)\s+$))?/u, ''));

/**
 * "Tension rose … between the Philippines and China when the governments of the two nations accused each other of …"
 * (gv-philippines-china-scarborough-shoal-dispute-online-2012-05-22): a clause opened by a subordinator has its own
 * subject after it.
 */
const afterSubordinator = (clause: string): string => {
  const opener = /^(?:.*\s)?(?:when|whenever|after|because|while|since|although|though|until|once|whereas)\s+/su.exec(clause);
  return opener ? clause.slice(opener[0].length) : clause;
};

/** Plurals of experts' names by their ending, which no list holds whole: `Egyptologists have reported …` (fresh Wikinews, 2019). */
const SCHOLARS = /^\p{Ll}{2,}(?:ologists|ographers|onomers|ticians|physicists)$/u;

/**
 * Plurals of agent nouns by their ending, people named by what they do, which no list holds whole either: `The prisoners
 * are demanding an end to solitary confinement …` (Global Voices), `Senior Army leaders attending the event emphasized
 * …` (US Army). Not the things in -ers and -ors (`AGENTLESS_PLURALS`).
 */
const AGENTS = /^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u;
const agents = (head: string): boolean => AGENTS.test(head) && !AGENTLESS_PLURALS.has(head);

/** Whether a clause's words up to its verb are a description of an unnamed speaker (`DESCRIPTION`, `QUALIFIED_GROUP`). */
function describes(clause: string): boolean {
  if (QUANTIFIER_SUBJECT.test(clause) || describesDocument(clause) || describesCounted(clause)) return true;
  const description = DESCRIPTION.exec(clause);
  const qualified = description ? null : QUALIFIED_GROUP.exec(clause);
  const head = (description ?? qualified)?.[2]?.toLowerCase();
  // "the governments of the two nations": bodies of one kind, described by what they belong to, speak as a group too.
  const bodies = head !== undefined && BODY_PLURALS.has(head);
  const scholars = SCHOLARS.test(head ?? '') || agents(head ?? '');
  if (qualified && !GROUP_SPEAKERS.has(head ?? '') && !PERSON_ROLE_NOUNS.includes(head?.replace(/s$/, '') ?? '') && !bodies && !scholars) return false;
  return head !== undefined && (HEADS.has(head) || scholars);
}

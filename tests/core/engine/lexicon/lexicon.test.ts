import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { ACRONYM_NAMES } from '../../../../src/core/engine/lexicon/acronymNames';
import { ERA_ADJECTIVES } from '../../../../src/core/engine/lexicon/eraAdjectives';
import { LEADERSHIP_ROLES } from '../../../../src/core/engine/lexicon/leadershipRoles';
import { APOLOGY_VERBS } from '../../../../src/core/engine/lexicon/apologyVerbs';
import { COMPANY_HEADS } from '../../../../src/core/engine/lexicon/companyHeads';
import { PARTY_MEMBERS } from '../../../../src/core/engine/lexicon/partyMembers';
import { THREAT_VERBS } from '../../../../src/core/engine/lexicon/threatVerbs';
import { WEB_MEDIA } from '../../../../src/core/engine/lexicon/webMedia';
import { PEN_NAME_TITLES } from '../../../../src/core/engine/lexicon/penNameTitles';
import { TITLED_ENTRY_NOUNS } from '../../../../src/core/engine/lexicon/titledEntryNouns';
import { TITLED_WORK_NOUNS } from '../../../../src/core/engine/lexicon/titledWorkNouns';
import { CONTINENTAL_ADJECTIVES } from '../../../../src/core/engine/lexicon/continentalAdjectives';
import { LAID_DOWN_NOUNS } from '../../../../src/core/engine/lexicon/laidDownNouns';
import { FOUND_TO_BE_VERBS } from '../../../../src/core/engine/lexicon/foundToBeVerbs';
import { LASHING_VERBS } from '../../../../src/core/engine/lexicon/lashingVerbs';
import { SHARED_OFFICES } from '../../../../src/core/engine/lexicon/sharedOffices';
import { ANONYMITY_MARKERS } from '../../../../src/core/engine/lexicon/anonymityMarkers';
import { CHARACTERISING_VERBS, NAMING_WITHOUT_AS, QUOTING_OBJECT } from '../../../../src/core/engine/lexicon/characterisingVerbs';
import { REASON_FOR } from '../../../../src/core/engine/lexicon/reasonVerbs';
import { NOT_A_SUBJECT } from '../../../../src/core/engine/lexicon/notSubjectWords';
import { WRITER_OPENERS } from '../../../../src/core/engine/lexicon/writerOpeners';
import { BODY_HEADS } from '../../../../src/core/engine/lexicon/bodyHeads';
import { NEWSPAPER_HEADS } from '../../../../src/core/engine/lexicon/newspaperHeads';
import { EPONYM_NOUNS } from '../../../../src/core/engine/lexicon/eponymNouns';
import { PLURAL_TITLES } from '../../../../src/core/engine/lexicon/pluralTitles';
import { ADVERBS } from '../../../../src/core/engine/lexicon/adverbs';
import { CONNECTORS } from '../../../../src/core/engine/lexicon/connectors';
import { PARTICLE_PAIRS } from '../../../../src/core/engine/lexicon/particlePairs';
import { COUNTRIES } from '../../../../src/core/engine/lexicon/countries';
import { DESCRIPTIVE_NOUNS } from '../../../../src/core/engine/lexicon/descriptiveNouns';
import { DECLARATION_NOUNS } from '../../../../src/core/engine/lexicon/declarationNouns';
import { SPEECH_ACT_NOUNS } from '../../../../src/core/engine/lexicon/speechActNouns';
import { CLAIM_NOUNS } from '../../../../src/core/engine/lexicon/claimNouns';
import { DENIED_NOUNS } from '../../../../src/core/engine/lexicon/deniedNouns';
import { UTTERANCE_NOUNS } from '../../../../src/core/engine/lexicon/utteranceNouns';
import { SECTION_NOUNS } from '../../../../src/core/engine/lexicon/sectionNouns';
import { PICTURE_NOUNS } from '../../../../src/core/engine/lexicon/pictureNouns';
import { DOCUMENT_NOUNS } from '../../../../src/core/engine/lexicon/documentNouns';
import { GENERIC_ORG_HEADS } from '../../../../src/core/engine/lexicon/genericOrgHeads';
import { GROUP_SPEAKERS } from '../../../../src/core/engine/lexicon/groupSpeakers';
import { GOVERNMENT_WORDS } from '../../../../src/core/engine/lexicon/governmentWords';
import { HEAD_SURNAMES } from '../../../../src/core/engine/lexicon/headSurnames';
import { NAME_QUALIFIERS } from '../../../../src/core/engine/lexicon/nameQualifiers';
import { HONORIFICS } from '../../../../src/core/engine/lexicon/honorifics';
import { isFirstName } from '../../../../src/core/engine/lexicon/firstNames';
import { FEMALE_WORDS, MALE_WORDS } from '../../../../src/core/engine/lexicon/genderedNouns';
import { KNOWN_ORGS } from '../../../../src/core/engine/lexicon/knownOrgs';
import { FAMOUS_SURNAMES } from '../../../../src/core/engine/lexicon/famousSurnames';
import { KIN_NOUNS } from '../../../../src/core/engine/lexicon/kinNouns';
import { STAND_IN_KIN } from '../../../../src/core/engine/lexicon/standInKin';
import { OUTLET_WORK_NOUNS } from '../../../../src/core/engine/lexicon/outletWorkNouns';
import { RULING_VERBS } from '../../../../src/core/engine/lexicon/rulingVerbs';
import { RULING_NAMES } from '../../../../src/core/engine/lexicon/rulingNames';
import { STATEMENT_NAMES } from '../../../../src/core/engine/lexicon/statementNames';
import { VIEW_NOUNS } from '../../../../src/core/engine/lexicon/viewNouns';
import { WRITTEN_WORKS } from '../../../../src/core/engine/lexicon/writtenWorks';
import { ORGANIZATION_KINDS } from '../../../../src/core/engine/lexicon/organizationKinds';
import { OFFSPRING_NOUNS } from '../../../../src/core/engine/lexicon/offspringNouns';
import { CAPITAL_PREPOSITIONS } from '../../../../src/core/engine/lexicon/capitalPrepositions';
import { SURNAME_SHARING_KIN } from '../../../../src/core/engine/lexicon/surnameSharingKin';
import { MORE_PLACES } from '../../../../src/core/engine/lexicon/morePlaces';
import { REGIONS } from '../../../../src/core/engine/lexicon/regions';
import { LINKING_VERBS } from '../../../../src/core/engine/lexicon/linkingVerbs';
import { ING_NOUNS } from '../../../../src/core/engine/lexicon/ingNouns';
import { LISTENER_VERBS } from '../../../../src/core/engine/lexicon/listenerVerbs';
import { FOREIGN_SPEECH_VERBS } from '../../../../src/core/engine/lexicon/foreignSpeechVerbs';
import { INTERVIEWER_NOUNS } from '../../../../src/core/engine/lexicon/interviewerNouns';
import { NICKNAMES } from '../../../../src/core/engine/lexicon/nicknames';
import { NOT_NAMES } from '../../../../src/core/engine/lexicon/notNames';
import { OBJECT_SPEECH_VERBS } from '../../../../src/core/engine/lexicon/objectSpeechVerbs';
import { ORG_HEADS } from '../../../../src/core/engine/lexicon/orgHeads';
import { ORG_NAME_HEAD_PATTERNS } from '../../../../src/core/engine/lexicon/orgNameHeads';
import { ORG_ROLE_NOUNS } from '../../../../src/core/engine/lexicon/orgRoleNouns';
import { OTHER_PLACES } from '../../../../src/core/engine/lexicon/otherPlaces';
import { OUTLET_HEADS } from '../../../../src/core/engine/lexicon/outletHeads';
import { PERSON_ROLE_NOUNS } from '../../../../src/core/engine/lexicon/personRoleNouns';
import { PLACE_ALIASES } from '../../../../src/core/engine/lexicon/placeAliases';
import { PLACE_HEAD_PATTERNS } from '../../../../src/core/engine/lexicon/placeHeads';
import { QUOTE_CUE_VERBS } from '../../../../src/core/engine/lexicon/quoteCueVerbs';
import { CLAUSE_SUBJECT_PAST } from '../../../../src/core/engine/lexicon/clauseSubjectPast';
import { IRREGULAR_PAST } from '../../../../src/core/engine/lexicon/irregularPast';
import { CLAIM_VERBS } from '../../../../src/core/engine/lexicon/claimVerbs';
import { PROVISION_VERBS } from '../../../../src/core/engine/lexicon/provisionVerbs';
import { QUOTE_ONLY_VERBS } from '../../../../src/core/engine/lexicon/quoteOnlyVerbs';
import { REPORTING_VERBS, isSpeechVerb, reportingVerbOf } from '../../../../src/core/engine/lexicon/reportingVerbs';
import { MEMBERS_BODIES, RESEARCH_BODIES } from '../../../../src/core/engine/lexicon/researchBodies';
import { CIVIC_BODY_HEADS } from '../../../../src/core/engine/lexicon/civicBodyHeads';
import { SOURCE_ROLES } from '../../../../src/core/engine/lexicon/sourceRoles';
import { TITLES } from '../../../../src/core/engine/lexicon/titles';
import { TITLE_COMPOUNDS } from '../../../../src/core/engine/lexicon/titleCompounds';
import { VOICE_GROUPS } from '../../../../src/core/engine/lexicon/voiceGroups';
import { WORLD_FIRST_NAMES } from '../../../../src/core/engine/lexicon/worldFirstNames';
import { ANNOUNCING } from '../../../../src/core/engine/lexicon/announcingVerbs';
import { CONTINUING_VERBS } from '../../../../src/core/engine/lexicon/continuingVerbs';
import { PERSONAL_HONORIFICS } from '../../../../src/core/engine/lexicon/personalHonorifics';
import { APPOSITIVE_KINDS } from '../../../../src/core/engine/lexicon/appositiveKinds';
import { OFFICE_HEADS } from '../../../../src/core/engine/lexicon/officeHeads';
import { PUBLIC_OWNERS } from '../../../../src/core/engine/lexicon/publicOwners';
import { DESCRIBED_SUBJECT_ADVERBS } from '../../../../src/core/engine/lexicon/describedSubjectAdverbs';
import { SIGN_NOUNS } from '../../../../src/core/engine/lexicon/signNouns';
import { MONTH_NAMES } from '../../../../src/core/engine/lexicon/monthNames';
import { OBJECT_PREPOSITIONS } from '../../../../src/core/engine/lexicon/objectPrepositions';
import { INSCRIBED_PARTICIPLES } from '../../../../src/core/engine/lexicon/inscribedParticiples';
import { PICTURE_MADE_PARTICIPLES } from '../../../../src/core/engine/lexicon/pictureMadeParticiples';
import { PARTY_LABELS } from '../../../../src/core/engine/lexicon/partyLabels';
import { RECEIVING_VERBS } from '../../../../src/core/engine/lexicon/receivingVerbs';

/**
 * A list as its source file writes it. The Set-valued lists are read back from their source text, since a Set
 * would already have swallowed a word written twice.
 */
interface Listed {
  name: string;
  entries: ReadonlyArray<string>;
  /** Lower-case lists are looked up lower-cased, so two spellings differing only in case are the same word. */
  lowerCase: boolean;
}

const LISTS_DIR = 'src/core/engine/lexicon/';

/** The quoted entries of a lexicon file, in the order written (comments excluded). */
function writtenEntries(file: string): Array<string> {
  const source = readFileSync(LISTS_DIR + file, 'utf8')
    .replace(/^import .*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  return [...source.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
}

const countryNames = COUNTRIES.map(([name]) => name);

/**
 * The files NOT_NAMES is built from, one kind of word each: one list, so a word two of them hold is caught. The months
 * `calendarWords.ts` spreads are taken from `MONTH_NAMES` itself, whose file also writes the `|` that joins them.
 */
const notNameEntries = () => [
  ...['functionWords.ts', 'sentenceOpeners.ts', 'calendarWords.ts', 'pageFurniture.ts', 'nameAffixes.ts', 'capitalisedNouns.ts'].flatMap(writtenEntries),
  ...MONTH_NAMES,
];

/** The files KIN_NOUNS is built from: one list, so a kin noun written in two of them is caught. */
const kinEntries = () => ['surnameSharingKin.ts', 'kinNouns.ts', 'standInKin.ts'].flatMap(writtenEntries);

function allLists(): Array<Listed> {
  return [
    { name: 'REPORTING_VERBS forms', entries: REPORTING_VERBS.flatMap((verb) => verb.forms), lowerCase: true },
    { name: 'SIGN_NOUNS', entries: SIGN_NOUNS, lowerCase: true },
    { name: 'MONTH_NAMES', entries: MONTH_NAMES, lowerCase: false },
    { name: 'OBJECT_PREPOSITIONS', entries: OBJECT_PREPOSITIONS, lowerCase: true },
    { name: 'INSCRIBED_PARTICIPLES', entries: INSCRIBED_PARTICIPLES, lowerCase: true },
    { name: 'PICTURE_MADE_PARTICIPLES', entries: PICTURE_MADE_PARTICIPLES, lowerCase: true },
    { name: 'REPORTING_VERBS lemmas', entries: REPORTING_VERBS.map((verb) => verb.lemma), lowerCase: true },
    { name: 'QUOTE_ONLY_VERBS', entries: writtenEntries('quoteOnlyVerbs.ts'), lowerCase: true },
    { name: 'QUOTE_CUE_VERBS', entries: writtenEntries('quoteCueVerbs.ts'), lowerCase: true },
    { name: 'CLAIM_VERBS', entries: writtenEntries('claimVerbs.ts'), lowerCase: true },
    { name: 'REPORTING_PRESENTS', entries: writtenEntries('reportingPresents.ts'), lowerCase: true },
    { name: 'AGENTLESS_PLURALS', entries: writtenEntries('agentlessPlurals.ts'), lowerCase: true },
    { name: 'PROVISION_VERBS', entries: writtenEntries('provisionVerbs.ts'), lowerCase: true },
    { name: 'CHARACTERISING_VERBS', entries: [...CHARACTERISING_VERBS], lowerCase: true },
    { name: 'REASON_FOR', entries: [...REASON_FOR], lowerCase: true },
    { name: 'OBJECT_SPEECH_VERBS', entries: writtenEntries('objectSpeechVerbs.ts'), lowerCase: true },
    { name: 'LISTENER_VERBS', entries: writtenEntries('listenerVerbs.ts'), lowerCase: true },
    { name: 'FOREIGN_SPEECH_VERBS', entries: writtenEntries('foreignSpeechVerbs.ts'), lowerCase: true },
    { name: 'INTERVIEWER_NOUNS', entries: writtenEntries('interviewerNouns.ts'), lowerCase: true },
    { name: 'LINKING_VERBS', entries: writtenEntries('linkingVerbs.ts'), lowerCase: true },
    { name: 'ING_NOUNS', entries: writtenEntries('ingNouns.ts'), lowerCase: true },
    { name: 'ADVERBS', entries: writtenEntries('adverbs.ts'), lowerCase: true },
    { name: 'NOT_A_SUBJECT', entries: writtenEntries('notSubjectWords.ts'), lowerCase: true },
    { name: 'WRITER_OPENERS', entries: writtenEntries('writerOpeners.ts'), lowerCase: true },
    { name: 'CLAUSE_SUBJECT_PAST', entries: writtenEntries('clauseSubjectPast.ts'), lowerCase: true },
    { name: 'AFTER_OBJECT_HER and OBJECT_HER_VERBS', entries: writtenEntries('objectHer.ts'), lowerCase: true },
    { name: 'TITLES', entries: TITLES, lowerCase: false },
    { name: 'PLURAL_TITLES', entries: PLURAL_TITLES, lowerCase: false },
    { name: 'EPONYM_NOUNS', entries: EPONYM_NOUNS, lowerCase: true },
    { name: 'PERSON_ROLE_NOUNS', entries: PERSON_ROLE_NOUNS, lowerCase: true },
    { name: 'ORG_ROLE_NOUNS', entries: ORG_ROLE_NOUNS, lowerCase: true },
    { name: 'GROUP_SPEAKERS', entries: writtenEntries('groupSpeakers.ts'), lowerCase: true },
    { name: 'ORG_HEADS', entries: [...BODY_HEADS, ...NEWSPAPER_HEADS, ...writtenEntries('orgHeads.ts')], lowerCase: false },
    { name: 'ERA_ADJECTIVES', entries: writtenEntries('eraAdjectives.ts'), lowerCase: false },
    { name: 'LEADERSHIP_ROLES', entries: writtenEntries('leadershipRoles.ts'), lowerCase: true },
    { name: 'COMPANY_HEADS', entries: writtenEntries('companyHeads.ts'), lowerCase: true },
    { name: 'PARTY_MEMBERS', entries: writtenEntries('partyMembers.ts'), lowerCase: false },
    { name: 'PARTY_LABELS', entries: writtenEntries('partyLabels.ts'), lowerCase: false },
    { name: 'RECEIVING_VERBS', entries: RECEIVING_VERBS, lowerCase: true },
    { name: 'PUBLISHING_VERBS', entries: writtenEntries('publishingVerbs.ts'), lowerCase: true },
    { name: 'UNAMBIGUOUS_SAYING_VERBS', entries: writtenEntries('unambiguousSayingVerbs.ts'), lowerCase: true },
    { name: 'THREAT_VERBS', entries: writtenEntries('threatVerbs.ts'), lowerCase: true },
    { name: 'WEB_MEDIA', entries: writtenEntries('webMedia.ts'), lowerCase: true },
    { name: 'PEN_NAME_TITLES', entries: writtenEntries('penNameTitles.ts'), lowerCase: true },
    { name: 'TITLED_WORK_NOUNS', entries: writtenEntries('titledWorkNouns.ts'), lowerCase: true },
    { name: 'TITLED_ENTRY_NOUNS', entries: writtenEntries('titledEntryNouns.ts'), lowerCase: true },
    { name: 'SHARED_OFFICES', entries: writtenEntries('sharedOffices.ts'), lowerCase: true },
    { name: 'CONTINENTAL_ADJECTIVES', entries: writtenEntries('continentalAdjectives.ts'), lowerCase: false },
    { name: 'LAID_DOWN_NOUNS', entries: writtenEntries('laidDownNouns.ts'), lowerCase: true },
    { name: 'LASHING_VERBS', entries: writtenEntries('lashingVerbs.ts'), lowerCase: true },
    { name: 'APOLOGY_VERBS', entries: writtenEntries('apologyVerbs.ts'), lowerCase: true },
    { name: 'FOUND_TO_BE_VERBS', entries: writtenEntries('foundToBeVerbs.ts'), lowerCase: true },
    { name: 'OUTLET_HEADS', entries: OUTLET_HEADS, lowerCase: false },
    { name: 'OUTLET_OPENERS', entries: writtenEntries('outletOpeners.ts'), lowerCase: false },
    { name: 'VOICE_GROUPS', entries: VOICE_GROUPS.map(([group]) => group), lowerCase: true },
    { name: 'KNOWN_ORGS', entries: writtenEntries('knownOrgs.ts'), lowerCase: false },
    { name: 'FAMOUS_SURNAMES', entries: writtenEntries('famousSurnames.ts'), lowerCase: false },
    { name: 'KIN_NOUNS', entries: kinEntries(), lowerCase: true },
    { name: 'STAND_IN_KIN', entries: writtenEntries('standInKin.ts'), lowerCase: true },
    { name: 'OUTLET_WORK_NOUNS', entries: writtenEntries('outletWorkNouns.ts'), lowerCase: true },
    { name: 'RULING_VERBS', entries: writtenEntries('rulingVerbs.ts'), lowerCase: true },
    { name: 'RULING_NAMES', entries: writtenEntries('rulingNames.ts'), lowerCase: true },
    { name: 'STATEMENT_NAMES', entries: writtenEntries('statementNames.ts'), lowerCase: true },
    { name: 'OFFSPRING_NOUNS', entries: writtenEntries('offspringNouns.ts'), lowerCase: true },
    { name: 'SURNAME_SHARING_KIN', entries: writtenEntries('surnameSharingKin.ts'), lowerCase: true },
    { name: 'CAPITAL_PREPOSITIONS', entries: writtenEntries('capitalPrepositions.ts'), lowerCase: false },
    { name: 'PROXY_NOUNS', entries: writtenEntries('proxyNouns.ts'), lowerCase: true },
    { name: 'FAITHS_AND_CREEDS', entries: writtenEntries('faithsAndCreeds.ts'), lowerCase: false },
    { name: 'COUNTRIES', entries: countryNames, lowerCase: false },
    { name: 'OTHER_PLACES', entries: OTHER_PLACES, lowerCase: false },
    { name: 'NOT_NAMES', entries: notNameEntries(), lowerCase: false },
    { name: 'CONNECTORS', entries: writtenEntries('connectors.ts'), lowerCase: false },
    { name: 'PARTICLE_PAIRS', entries: writtenEntries('particlePairs.ts'), lowerCase: true },
    { name: 'GENERIC_ORG_HEADS', entries: writtenEntries('genericOrgHeads.ts'), lowerCase: false },
    { name: 'NON_PERSON_HEADS', entries: writtenEntries('nonPersonHeads.ts'), lowerCase: false },
    { name: 'HEAD_SURNAMES', entries: writtenEntries('headSurnames.ts'), lowerCase: false },
    { name: 'NAME_QUALIFIERS', entries: writtenEntries('nameQualifiers.ts'), lowerCase: false },
    { name: 'THING_NOUNS', entries: writtenEntries('thingNouns.ts'), lowerCase: true },
    { name: 'NICKNAMED_NOUNS', entries: writtenEntries('nicknamedNouns.ts'), lowerCase: true },
    { name: 'WORLD_FIRST_NAMES', entries: writtenEntries('worldFirstNames.ts'), lowerCase: false },
    { name: 'GENERIC_ORG_NOUNS', entries: [...writtenEntries('commercialNouns.ts'), ...writtenEntries('genericOrgNouns.ts')], lowerCase: true },
    { name: 'DESCRIPTIVE_NOUNS', entries: [...DESCRIPTIVE_NOUNS.keys()], lowerCase: true },
    { name: 'FEMALE_WORDS', entries: writtenEntries('genderedNouns.ts').filter((w) => FEMALE_WORDS.has(w)), lowerCase: true },
    { name: 'MALE_WORDS', entries: writtenEntries('genderedNouns.ts').filter((w) => MALE_WORDS.has(w)), lowerCase: true },
    { name: 'ACRONYM_NAMES', entries: ACRONYM_NAMES.map(([acronym]) => acronym), lowerCase: false },
    { name: 'PLACE_ALIASES', entries: PLACE_ALIASES.map(([short]) => short), lowerCase: false },
    { name: 'MORE_PLACES', entries: MORE_PLACES, lowerCase: false },
    { name: 'REGIONS', entries: REGIONS, lowerCase: false },
    { name: 'PLACE_HEAD_PATTERNS', entries: PLACE_HEAD_PATTERNS, lowerCase: false },
    { name: 'ORG_NAME_HEAD_PATTERNS', entries: ORG_NAME_HEAD_PATTERNS, lowerCase: false },
    { name: 'SOURCE_ROLES', entries: SOURCE_ROLES.map(([role]) => role), lowerCase: true },
    { name: 'SURNAME_ROLES', entries: writtenEntries('surnameRoles.ts'), lowerCase: true },
    { name: 'GOVERNMENT_WORDS', entries: writtenEntries('governmentWords.ts'), lowerCase: true },
    { name: 'RESEARCH_BODIES', entries: writtenEntries('researchBodies.ts').filter((w) => RESEARCH_BODIES.has(w)), lowerCase: true },
    { name: 'MEMBERS_BODIES', entries: writtenEntries('researchBodies.ts').filter((w) => MEMBERS_BODIES.has(w)), lowerCase: true },
    { name: 'CIVIC_BODY_HEADS', entries: writtenEntries('civicBodyHeads.ts'), lowerCase: true },
    { name: 'CIVIC_BODY_KINDS', entries: writtenEntries('civicBodyKinds.ts'), lowerCase: true },
    { name: 'OWNER_BODY_KINDS', entries: writtenEntries('ownerBodyKinds.ts'), lowerCase: true },
    { name: 'ANONYMITY_MARKERS', entries: ANONYMITY_MARKERS, lowerCase: true },
    { name: 'HONORIFICS', entries: writtenEntries('honorifics.ts'), lowerCase: true },
    { name: 'DOCUMENT_NOUNS', entries: writtenEntries('documentNouns.ts'), lowerCase: true },
    { name: 'ACCORDANCE_NOUNS', entries: writtenEntries('accordanceNouns.ts'), lowerCase: true },
    { name: 'STANCE_VERBS', entries: writtenEntries('stanceVerbs.ts'), lowerCase: true },
    { name: 'DECLARATION_NOUNS', entries: writtenEntries('declarationNouns.ts'), lowerCase: true },
    { name: 'SPEECH_ACT_NOUNS', entries: writtenEntries('speechActNouns.ts'), lowerCase: true },
    { name: 'CLAIM_NOUNS', entries: writtenEntries('claimNouns.ts'), lowerCase: true },
    { name: 'DENIED_NOUNS', entries: writtenEntries('deniedNouns.ts'), lowerCase: true },
    { name: 'UTTERANCE_NOUNS', entries: writtenEntries('utteranceNouns.ts'), lowerCase: true },
    { name: 'SECTION_NOUNS', entries: writtenEntries('sectionNouns.ts'), lowerCase: true },
    { name: 'PICTURE_NOUNS', entries: writtenEntries('pictureNouns.ts'), lowerCase: true },
    { name: 'NICKNAMES', entries: NICKNAMES.map(([short]) => short), lowerCase: false },
    { name: 'POST_NOMINALS', entries: writtenEntries('postNominals.ts'), lowerCase: false },
    { name: 'ANNOUNCING', entries: writtenEntries('announcingVerbs.ts'), lowerCase: true },
    { name: 'CONTINUING_VERBS', entries: writtenEntries('continuingVerbs.ts'), lowerCase: true },
    { name: 'PERSONAL_HONORIFICS', entries: writtenEntries('personalHonorifics.ts'), lowerCase: false },
    { name: 'APPOSITIVE_KINDS', entries: writtenEntries('appositiveKinds.ts'), lowerCase: true },
    { name: 'EVENT_OPENINGS', entries: writtenEntries('eventOpenings.ts'), lowerCase: false },
    { name: 'PARTY_NAMES', entries: writtenEntries('partyNames.ts'), lowerCase: true },
    { name: 'OFFICE_HEADS', entries: writtenEntries('officeHeads.ts'), lowerCase: true },
    { name: 'PUBLIC_OWNERS', entries: writtenEntries('publicOwners.ts'), lowerCase: true },
    { name: 'DESCRIBED_SUBJECT_ADVERBS', entries: writtenEntries('describedSubjectAdverbs.ts'), lowerCase: true },
    { name: 'TITLE_COMPOUNDS', entries: TITLE_COMPOUNDS.map(([compound]) => compound), lowerCase: false },
  ];
}

function repeated(entries: ReadonlyArray<string>, foldCase: boolean): Array<string> {
  const seen = new Set<string>();
  const twice: Array<string> = [];
  for (const entry of entries) {
    const key = foldCase ? entry.toLowerCase() : entry;
    if (seen.has(key)) twice.push(entry);
    seen.add(key);
  }
  return twice;
}

function shared(a: Iterable<string>, b: Iterable<string>): Array<string> {
  const inB = new Set([...b].map((w) => w.toLowerCase()));
  return [...a].filter((w) => inB.has(w.toLowerCase()));
}

/**
 * Words the engine needs in two lists that otherwise may not share one, each with the reason. None is needed today:
 * "Kremlin" is only a place (a place that speaks becomes an organisation in analyze.ts), and "Georgia" and
 * "Singapore" are only countries (every country is a place already).
 */
const ALLOWED_OVERLAPS: ReadonlyArray<{ word: string; lists: readonly [string, string]; reason: string }> = [];

function unexplained(word: string, lists: readonly [string, string]): boolean {
  return !ALLOWED_OVERLAPS.some((o) => o.word === word && o.lists[0] === lists[0] && o.lists[1] === lists[1]);
}

test('the words read from each lexicon file are the words the engine looks up', () => {
  for (const list of allLists()) expect(list.entries.length, list.name).toBeGreaterThan(0);
  expect(new Set(writtenEntries('adverbs.ts'))).toEqual(ADVERBS);
  expect(new Set(writtenEntries('notSubjectWords.ts'))).toEqual(NOT_A_SUBJECT);
  expect(new Set(writtenEntries('writerOpeners.ts'))).toEqual(WRITER_OPENERS);
  expect(new Set(writtenEntries('quoteOnlyVerbs.ts'))).toEqual(QUOTE_ONLY_VERBS);
  expect(new Set(writtenEntries('quoteCueVerbs.ts'))).toEqual(QUOTE_CUE_VERBS);
  expect(new Set(writtenEntries('claimVerbs.ts'))).toEqual(CLAIM_VERBS);
  expect(new Set(writtenEntries('provisionVerbs.ts'))).toEqual(PROVISION_VERBS);
  expect(new Set(writtenEntries('objectSpeechVerbs.ts'))).toEqual(OBJECT_SPEECH_VERBS);
  expect(new Set(writtenEntries('listenerVerbs.ts'))).toEqual(LISTENER_VERBS);
  expect(new Set(writtenEntries('foreignSpeechVerbs.ts'))).toEqual(FOREIGN_SPEECH_VERBS);
  expect(new Set(writtenEntries('interviewerNouns.ts'))).toEqual(INTERVIEWER_NOUNS);
  expect(new Set(writtenEntries('linkingVerbs.ts'))).toEqual(LINKING_VERBS);
  expect(new Set(writtenEntries('ingNouns.ts'))).toEqual(ING_NOUNS);
  expect(new Set([...BODY_HEADS, ...NEWSPAPER_HEADS, ...writtenEntries('orgHeads.ts')])).toEqual(ORG_HEADS);
  expect(new Set(writtenEntries('knownOrgs.ts'))).toEqual(KNOWN_ORGS);
  expect(new Set(writtenEntries('famousSurnames.ts'))).toEqual(FAMOUS_SURNAMES);
  expect(new Set(kinEntries())).toEqual(KIN_NOUNS);
  expect(new Set(writtenEntries('standInKin.ts'))).toEqual(new Set(STAND_IN_KIN));
  expect(new Set(writtenEntries('outletWorkNouns.ts'))).toEqual(OUTLET_WORK_NOUNS);
  expect(new Set(writtenEntries('rulingVerbs.ts'))).toEqual(RULING_VERBS);
  expect(new Set(writtenEntries('rulingNames.ts'))).toEqual(RULING_NAMES);
  expect(new Set(writtenEntries('statementNames.ts'))).toEqual(STATEMENT_NAMES);
  expect(new Set(writtenEntries('offspringNouns.ts'))).toEqual(OFFSPRING_NOUNS);
  expect(new Set(writtenEntries('surnameSharingKin.ts'))).toEqual(SURNAME_SHARING_KIN);
  expect(new Set(writtenEntries('capitalPrepositions.ts'))).toEqual(CAPITAL_PREPOSITIONS);
  expect(new Set(notNameEntries())).toEqual(NOT_NAMES);
  expect(new Set(writtenEntries('connectors.ts'))).toEqual(CONNECTORS);
  expect(new Set(writtenEntries('particlePairs.ts'))).toEqual(PARTICLE_PAIRS);
  expect(new Set(writtenEntries('worldFirstNames.ts'))).toEqual(WORLD_FIRST_NAMES);
  expect(new Set(writtenEntries('genericOrgHeads.ts'))).toEqual(GENERIC_ORG_HEADS);
  expect(new Set(writtenEntries('governmentWords.ts'))).toEqual(GOVERNMENT_WORDS);
  expect(new Set(writtenEntries('honorifics.ts'))).toEqual(HONORIFICS);
  expect(new Set(writtenEntries('headSurnames.ts'))).toEqual(HEAD_SURNAMES);
  expect(new Set(writtenEntries('nameQualifiers.ts'))).toEqual(NAME_QUALIFIERS);
  expect(new Set(writtenEntries('documentNouns.ts'))).toEqual(DOCUMENT_NOUNS);
  expect(new Set(writtenEntries('declarationNouns.ts'))).toEqual(DECLARATION_NOUNS);
  expect(new Set(writtenEntries('speechActNouns.ts'))).toEqual(SPEECH_ACT_NOUNS);
  expect(new Set(writtenEntries('claimNouns.ts'))).toEqual(CLAIM_NOUNS);
  expect(new Set(writtenEntries('deniedNouns.ts'))).toEqual(DENIED_NOUNS);
  expect(new Set(writtenEntries('utteranceNouns.ts'))).toEqual(UTTERANCE_NOUNS);
  expect(new Set(writtenEntries('sectionNouns.ts'))).toEqual(SECTION_NOUNS);
  expect(new Set(writtenEntries('pictureNouns.ts'))).toEqual(PICTURE_NOUNS);
  expect(new Set(writtenEntries('groupSpeakers.ts'))).toEqual(GROUP_SPEAKERS);
  expect(new Set(writtenEntries('clauseSubjectPast.ts'))).toEqual(CLAUSE_SUBJECT_PAST);
  expect(new Set(writtenEntries('announcingVerbs.ts'))).toEqual(ANNOUNCING);
  expect(writtenEntries('continuingVerbs.ts')).toEqual(CONTINUING_VERBS);
  expect(new Set(writtenEntries('personalHonorifics.ts'))).toEqual(PERSONAL_HONORIFICS);
  expect(writtenEntries('appositiveKinds.ts')).toEqual(APPOSITIVE_KINDS);
  expect(new Set(writtenEntries('officeHeads.ts'))).toEqual(OFFICE_HEADS);
  expect(new Set(writtenEntries('publicOwners.ts'))).toEqual(PUBLIC_OWNERS);
  expect(writtenEntries('describedSubjectAdverbs.ts')).toEqual(DESCRIBED_SUBJECT_ADVERBS);
  expect(new Set(writtenEntries('eraAdjectives.ts'))).toEqual(ERA_ADJECTIVES);
  expect(new Set(writtenEntries('leadershipRoles.ts'))).toEqual(LEADERSHIP_ROLES);
  expect(new Set(writtenEntries('companyHeads.ts'))).toEqual(COMPANY_HEADS);
  expect(new Set(writtenEntries('partyMembers.ts'))).toEqual(PARTY_MEMBERS);
  expect(new Set(writtenEntries('threatVerbs.ts'))).toEqual(THREAT_VERBS);
  expect(new Set(writtenEntries('webMedia.ts'))).toEqual(WEB_MEDIA);
  expect(new Set(writtenEntries('penNameTitles.ts'))).toEqual(PEN_NAME_TITLES);
  expect(new Set(writtenEntries('titledWorkNouns.ts'))).toEqual(TITLED_WORK_NOUNS);
  expect(new Set(writtenEntries('titledEntryNouns.ts'))).toEqual(TITLED_ENTRY_NOUNS);
  expect(new Set(writtenEntries('sharedOffices.ts'))).toEqual(SHARED_OFFICES);
  expect(new Set(writtenEntries('continentalAdjectives.ts'))).toEqual(CONTINENTAL_ADJECTIVES);
  expect(new Set(writtenEntries('laidDownNouns.ts'))).toEqual(LAID_DOWN_NOUNS);
  expect(new Set(writtenEntries('lashingVerbs.ts'))).toEqual(LASHING_VERBS);
  expect(new Set(writtenEntries('apologyVerbs.ts'))).toEqual(APOLOGY_VERBS);
  expect(new Set(writtenEntries('foundToBeVerbs.ts'))).toEqual(FOUND_TO_BE_VERBS);
});

test('no word is listed twice in one list', () => {
  const twice = Object.fromEntries(allLists().map((list) => [list.name, repeated(list.entries, list.lowerCase)]));
  expect(twice).toEqual(Object.fromEntries(Object.keys(twice).map((name) => [name, []])));
});

test('no country lists the same adjective twice', () => {
  expect(COUNTRIES.filter(([, adjectives]) => repeated(adjectives, false).length > 0)).toEqual([]);
});

test('lower-case lists hold only lower-case words', () => {
  for (const list of allLists().filter((l) => l.lowerCase))
    expect(
      list.entries.filter((w) => w !== w.toLowerCase()),
      list.name,
    ).toEqual([]);
});

test('no word is both a person role noun and an organisation role noun', () => {
  const pair = ['PERSON_ROLE_NOUNS', 'ORG_ROLE_NOUNS'] as const;
  expect(shared(PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS).filter((w) => unexplained(w, pair))).toEqual([]);
});

test("no body is both a body of research and a members' body, nor a government's word", () => {
  expect(shared(RESEARCH_BODIES, MEMBERS_BODIES)).toEqual([]);
  expect(shared([...RESEARCH_BODIES, ...MEMBERS_BODIES], GOVERNMENT_WORDS)).toEqual([]);
});

test('no civic body is named by a government word or a body of research', () => {
  expect(shared(CIVIC_BODY_HEADS, [...GOVERNMENT_WORDS, ...RESEARCH_BODIES])).toEqual([]);
});

test('no one the news calls by one name is also a known organisation, a place or a country', () => {
  const countryWords = COUNTRIES.flatMap(([name, adjectives]) => [name, ...adjectives]);
  expect(shared(FAMOUS_SURNAMES, [...KNOWN_ORGS, ...OTHER_PLACES, ...countryWords])).toEqual([]);
});

test('no known organisation is also a place', () => {
  const pair = ['KNOWN_ORGS', 'OTHER_PLACES'] as const;
  expect(shared(KNOWN_ORGS, OTHER_PLACES).filter((w) => unexplained(w, pair))).toEqual([]);
});

test('no known organisation is also a country or a country adjective', () => {
  const pair = ['KNOWN_ORGS', 'COUNTRIES'] as const;
  const countryWords = COUNTRIES.flatMap(([name, adjectives]) => [name, ...adjectives]);
  expect(shared(KNOWN_ORGS, countryWords).filter((w) => unexplained(w, pair))).toEqual([]);
});

test('no verb of putting a piece out is a verb of receiving one', () => {
  expect(shared(writtenEntries('publishingVerbs.ts'), RECEIVING_VERBS)).toEqual([]);
});

test('no text that lays down terms is listed again among the documents', () => {
  expect([...LAID_DOWN_NOUNS].filter((noun) => DOCUMENT_NOUNS.has(noun))).toEqual([]);
});

test('no country is listed again among the other places', () => {
  const pair = ['COUNTRIES', 'OTHER_PLACES'] as const;
  expect(shared(countryNames, OTHER_PLACES).filter((w) => unexplained(w, pair))).toEqual([]);
});

test('no extra place is also a country or another place', () => {
  const pair = ['MORE_PLACES', 'OTHER_PLACES'] as const;
  expect(shared(MORE_PLACES, [...countryNames, ...OTHER_PLACES]).filter((w) => unexplained(w, pair))).toEqual([]);
});

test('no region is also a country or another listed place', () => {
  const pair = ['REGIONS', 'OTHER_PLACES'] as const;
  expect(shared(REGIONS, [...countryNames, ...OTHER_PLACES, ...MORE_PLACES]).filter((w) => unexplained(w, pair))).toEqual([]);
});

test('no region is also a common first name', () => {
  expect(REGIONS.filter((region) => isFirstName(region))).toEqual([]);
});

test('every place alias is a known place', () => {
  expect(PLACE_ALIASES.filter(([short]) => !MORE_PLACES.includes(short)).map(([short]) => short)).toEqual([]);
});

test('every past form that marks a clause subject is a past form the other passes know', () => {
  expect([...CLAUSE_SUBJECT_PAST].filter((verb) => !IRREGULAR_PAST.has(verb))).toEqual([]);
});

test('every quote-only verb is a speech verb', () => {
  expect([...QUOTE_ONLY_VERBS].filter((verb) => !isSpeechVerb(verb))).toEqual([]);
});

test('no verb that cues only a quote right after it is a speech verb too', () => {
  expect([...QUOTE_CUE_VERBS].filter((verb) => isSpeechVerb(verb))).toEqual([]);
});

test('no verb by which a document lays down its terms is a speech verb too', () => {
  expect([...PROVISION_VERBS].filter((verb) => isSpeechVerb(verb))).toEqual([]);
});

test('no verb that puts a claim forward with a clause is a speech verb or a quote cue too', () => {
  expect([...CLAIM_VERBS].filter((verb) => isSpeechVerb(verb) || QUOTE_CUE_VERBS.has(verb))).toEqual([]);
});

// A verb whose object is the quoted words ("offered “condolences …”") may also follow a quote it sets off ("“…,”
// Kevin Madden offered."): both uses cue only the quote beside the verb, so the two lists agree on it.
test('no characterising verb is a speech verb, and each verb that needs no "as" is a characterising verb', () => {
  expect([...CHARACTERISING_VERBS].filter((verb) => isSpeechVerb(verb) || (QUOTE_CUE_VERBS.has(verb) && !QUOTING_OBJECT.has(verb)))).toEqual([]);
  expect(new Set(writtenEntries('characterisingVerbs.ts'))).toEqual(new Set([...CHARACTERISING_VERBS, ...NAMING_WITHOUT_AS]));
  expect([...NAMING_WITHOUT_AS].filter((verb) => !CHARACTERISING_VERBS.has(verb))).toEqual([]);
});

test('every verb that gives its reason after "for" is a reporting verb\'s lemma', () => {
  const lemmas = new Set(REPORTING_VERBS.map((verb) => verb.lemma));
  expect([...REASON_FOR].filter((lemma) => !lemmas.has(lemma))).toEqual([]);
  expect(writtenEntries('reasonVerbs.ts')).toEqual([...REASON_FOR]);
});

test('every object-speech verb is a speech verb', () => {
  expect([...OBJECT_SPEECH_VERBS].filter((verb) => !isSpeechVerb(verb))).toEqual([]);
});

test('a speech verb is recognised in any case', () => {
  expect(['said', 'Said', 'SAID'].every(isSpeechVerb)).toBe(true);
  expect(isSpeechVerb('table')).toBe(false);
});

test('the Kremlin, listed only as a place, is a place where it is visited and an organisation where it speaks', () => {
  const visited = findEntities(['Putin met Tokayev at the Kremlin in Moscow.']).entities.find((e) => e.name === 'Kremlin');
  expect(visited?.type).toBe('place');
  const article = analyzeArticle('Kremlin backs deal\n\nThe Kremlin said on Tuesday that "the talks were useful and constructive."');
  expect(article.entities.find((e) => e.name === 'Kremlin')?.type).toBe('organization');
});

test('Georgia and Singapore, listed only as countries, are places, and "Georgian" stands for Georgia', () => {
  const entities = findEntities(['Georgian President Salome Zourabichvili visited Singapore and Georgia last week.']).entities;
  expect(entities.map((e) => [e.name, e.type, e.role])).toEqual([
    ['Salome Zourabichvili', 'person', 'President of Georgia'],
    ['Singapore', 'place', null],
    ['Georgia', 'place', null],
  ]);
});

test('no word is both a female and a male word', () => {
  expect([...FEMALE_WORDS].filter((w) => MALE_WORDS.has(w))).toEqual([]);
});

test('every honorific states a gender: it is a female or a male word', () => {
  expect([...HONORIFICS].filter((w) => !FEMALE_WORDS.has(w) && !MALE_WORDS.has(w))).toEqual([]);
});

test.each([
  ['neutral', ['said', 'told', 'added', 'noted', 'explained']],
  ['assertive', ['insisted', 'stressed', 'warned', 'argued', 'declared', 'emphasised', 'emphasized']],
  ['doubting', ['claimed', 'alleged']],
  ['conceding', ['admitted', 'acknowledged', 'conceded']],
  ['directive', ['urged', 'demanded']],
  ['questioning', ['asked', 'questioned', 'wondered']],
] as const)('the reporting verbs of the %s stance are read as such', (stance, forms) => {
  expect(forms.map((form) => reportingVerbOf(form)?.stance)).toEqual(forms.map(() => stance));
});

test('every short form of a first name stands for first names the engine knows, and none is read as its prefix already', () => {
  expect(
    NICKNAMES.flatMap(([short, full]) =>
      full.filter((name) => !isFirstName(name) || (short.length >= 3 && name.startsWith(short))).map((name) => `${short}: ${name}`),
    ),
  ).toEqual([]);
});

// Lists a pass reads as one, any of them saying the same of a word: a word two of them hold is written twice.
test.each([
  ['RULING_VERBS and the speech verbs (reported/verbBeforeSource.ts)', RULING_VERBS, REPORTING_VERBS.flatMap((verb) => verb.forms)],
  [
    'OUTLET_WORK_NOUNS and the documents, views, written works and kinds of organisation (entities/surnameOfOutlet.ts)',
    OUTLET_WORK_NOUNS,
    [...DOCUMENT_NOUNS, ...VIEW_NOUNS, ...WRITTEN_WORKS, ...ORGANIZATION_KINDS],
  ],
  ['PARTY_LABELS and PARTY_MEMBERS (sources/partyLabel.ts)', PARTY_LABELS, PARTY_MEMBERS],
])('a list read together with others holds none of their words: %s', (_, list, others) => {
  expect(shared(list, others)).toEqual([]);
});

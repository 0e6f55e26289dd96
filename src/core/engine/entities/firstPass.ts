import { isFirstName } from '../lexicon/firstNames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { NOT_NAMES } from '../lexicon/notNames';
import { PEN_NAME_TITLES } from '../lexicon/penNameTitles';
import { TITLE_COMPOUNDS } from '../lexicon/titleCompounds';
import { classify } from './classify';
import { LOWER_ROLES, PLACE_HEADS, TITLE_WORDS } from './lookups';
import { eastAsianName } from './eastAsianName';
import { afterOrganization, afterRoleWord, firstNameStart, isInitial, personShaped } from './names';
import type { EntityRegistry } from './registry';
import { addPersonThenOrganization, loneNames } from './personThenOrganization';
import { addSurnameOfOutlet } from './surnameOfOutlet';
import { afterOrganizationKind, kindShortForm } from './kindNamedRun';
import { addPersonAfterPlace, wordsBeforeLastWords } from './placeThenPerson';
import { afterPersonalHonorific, leadingGivenName } from './leadingGivenName';
import { roleAppositive } from './personCues';
import { trimLeadingNonNames, wordStart, type RunInBlock, type TrimmedRun } from './runs';
import { addPersonAfterRoleTitle, addPersonAfterTitleOfPlace } from './roleBeforeName';
import { addTitledName } from './titledNames';
import { titleWordAsSurname } from './titlesAsNames';
import { titleClosesBodyName } from './bodyOfTitle';
import { addPersonAfterMemberTitle } from './memberTitle';
import { addPageantTitleHolder } from './pageantTitle';
import { addTitledPersonThenOrganization } from './titledAffiliation';
import { addPersonAfterOrganizationTitle } from './organizationTitledName';
import { addPersonAfterTitleComplement } from './titleComplementName';
import { nationalityWordOnly } from './nationalityWords';
import { addTeamCodedPerson } from './teamCodeNames';

/**
 * "Senator John McCain (R-AZ)": a US lawmaker's party and state, no acronym of the name before it and no name itself;
 * so is a representative's state and district, "Rep. Patrick Kennedy (RI-1)"
 * (wikinews-us-senate-approves-revised-bailout-package-2008-10-02), with or without the party.
 */
const PARTY_AND_STATE = /^(?:[RDI]-[A-Z]{2}(?:-\d{1,2})?|[A-Z]{2}-\d{1,2})$/;

/**
 * "Heritage Nadia Morrow", "Class Luis Pumisacho", "Refugee Council Enver Solomon": the person starts at a first name
 * (or after an organisation), and the words before are an organisation or place of their own, or the person's role.
 * Whether it added them.
 */
function addPersonAfterLeadingWords(registry: EntityRegistry, run: TrimmedRun, runNames: ReadonlySet<string>, texts: ReadonlyArray<string>): boolean {
  const { block, text, group, droppedWords } = run;
  const { words } = run;
  let { start } = run;
  // "New York City" holds the first name "York", but the whole run is a place.
  const whole = text.slice(start, group.end);
  if (classify(whole, words) || PLACE_HEADS.test(whole) || NON_PERSON_HEADS.has(words.at(-1) ?? '')) return false;
  // "wrestling promotion World Wonder Ring Stardom": after a noun of an organisation's kind the whole run is its name,
  // whatever first name ("Ring") it holds.
  if (start === group.start && afterOrganizationKind(text, start)) return false;
  // "Broadcaster Piers Morgan commented": a role noun is capitalised before a name only where it opens the sentence.
  // "Pan-democrat Lam Cheuk-ting": a Chinese or Korean name closing the run starts where its surname does.
  const eastAsianAt = words.length >= 3 && eastAsianName(words.slice(-2)) ? words.length - 2 : 0;
  const roleAt = group.sentenceStart && start === group.start ? afterRoleWord(words, text.slice(group.end, group.end + 20)) : 0;
  // "Tweeter Big Sky Watcher says": after a pen-name role the pen name is whole, though a first name ("Sky") stands inside it.
  const penNameAt = PEN_NAME_TITLES.has((words[0] ?? '').toLowerCase()) ? roleAt : 0;
  const personAt = penNameAt || firstNameStart(words) || afterOrganization(words) || eastAsianAt || roleAt;
  if (!(personAt > 0 && !words.slice(0, personAt).some((w) => TITLE_WORDS.has(w)))) return false;
  // "acting NASA Armstrong Safety and Mission Assurance director" (usgov-nasa-armstrong-safety-culture-2024-04-30): the
  // words before the given name and it are a name the article writes as a shorter run of its own ("at NASA Armstrong"),
  // so the given name is that name's last word, and no person starts there.
  if (personAt + 1 < words.length && runNames.has(words.slice(0, personAt + 1).join(' '))) return false;
  // "NASA Science Mission Directorate Art Director, Jenny Mottar": a first name then a title word is a title
  // ("Art Director"), no person; the name follows it.
  if (TITLE_WORDS.has(words.at(-1) ?? '')) return false;
  if (leadingGivenName(run, personAt, texts)) {
    const person = registry.add('person', text.slice(start, group.end), block, start, group.end);
    // "According to Dr Meerjady" after "Dr Meerjady Sabrina Flora": the name's first word, which no list gives as a
    // given name, is how the text calls the person again.
    const first = words[0] ?? '';
    if (afterPersonalHonorific(droppedWords) && !registry.surnames.has(first)) registry.setSurname(first, person);
    return true;
  }
  const leading = words.slice(0, personAt);
  const personStart = wordStart(run, personAt);
  const leadingName = text.slice(start, personStart).trim();
  const leadingType = classify(leadingName, leading);
  if (leadingType === 'organization' || leadingType === 'place') registry.add(leadingType, leadingName, block, start, start + leadingName.length);
  start = personStart;
  // "Fisherman Tom Bakker", "Chef Ines Moreau": a capitalised role noun before the name is the person's role;
  // "CEO of the Refugee Council Enver Solomon": a title the name pass dropped, of the organisation before the name.
  const roleWord = (leading.at(-1) ?? '').toLowerCase();
  const droppedTitle = droppedWords.filter((w) => TITLE_WORDS.has(w) || w === w.toUpperCase()).join(' ');
  const role = LOWER_ROLES.has(roleWord)
    ? leading.join(' ')
    : droppedTitle && leadingType === 'organization'
      ? `${droppedTitle} of ${droppedWords.includes('the') ? 'the ' : ''}${leadingName}`
      : null;
  registry.add('person', text.slice(start, group.end), block, start, group.end, role, role ? [roleWord] : []);
  return true;
}

/**
 * "Philippine Institute of Volcanology and Seismology (Phivolcs)": whether a capitalised word in parentheses after an
 * organisation's name is its short form, its letters taken in order from the name's, the first from its first.
 */
function shortFormOf(short: string, name: string, words: ReadonlyArray<string>): boolean {
  return classify(name, words) === 'organization' && lettersInOrder(short, name);
}

/** Whether the letters of `short` are taken in order from `name`'s, the first from its first ("ICE", "Immigration and Customs Enforcement"). */
function lettersInOrder(short: string, name: string): boolean {
  const letters = name.toLowerCase();
  let at = 0;
  for (const ch of short.toLowerCase().replace(/[^\p{L}]/gu, '')) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return letters.startsWith(short.charAt(0).toLowerCase());
}

/**
 * "said astrophysicist Philip Kaaret (ST12)", "S. Paul Johnston (NACA)": a person's name, then in parentheses the code of
 * the office or body they work for, whose letters do not spell the name. NASA pages print Marshall's office codes so.
 */
function personThenCode(name: string, words: ReadonlyArray<string>, code: string, block: string): boolean {
  // "Senator José Agripino Maia (PFL) asked …" (a fresh Wikinews page, February 2005): a title before the name is no
  // part of it, and the bracket holds the senator's party.
  if (words.length > 2 && TITLE_WORDS.has(words[0] ?? '') && !TITLE_WORDS.has(words[1] ?? ''))
    return personThenCode(words.slice(1).join(' '), words.slice(1), code, block);
  const opens = isFirstName(words[0] ?? '') || isInitial(words[0] ?? '');
  // "Credit: NASA, ESA, and S. Rodney (JHU)", "NASA, ESA, Pablo García Martín (UAM); Image Processing: …": a picture's
  // credit names no one the article is about.
  if (CREDIT_LABEL.test(block)) return false;
  return opens && personShaped(words) && classify(name, words) === null && !lettersInOrder(code, name);
}

/**
 * "Shelby Grossman (SG): Before starting graduate school, I worked …" then "SG: My sense is …" (gv-liberia-social-media-
 * civic-engagement-interview-2012-05-03): a name opening a paragraph as an interview's label, glossed by its words'
 * initials, is the person answering or asking, whose later labels write the initials; not a body's acronym. Not a name
 * closed by a bare initial (`Youssef R (YR):`, gv-lebanon-demotivational-humour-facebook-2012-05-02), which the text
 * writes `Youssef R.` elsewhere and the transcript sieve reads by its gloss. `before` and `after` are the paragraph's
 * words before the name and after the parenthesis.
 */
function interviewLabel(name: string, words: ReadonlyArray<string>, initials: string, before: string, after: string): boolean {
  const spelled = words.map((w) => w.charAt(0)).join('');
  // "Christian Purefoy (CP), a director in BattaBox gave us a glimpse …" then "CP: …" (gv-nigeria-battabox-online-videos-
  // interview-2012-05-14): an interview's introduction glosses the answerer's initials, and sets a role off after them.
  const labelled = (before.trim() === '' && after.startsWith(':')) || roleAppositive(after);
  return labelled && spelled === initials && words.every((w) => w.length > 1) && personShaped(words) && classify(name, words) === null;
}

/** The label of a picture's credit line: "Credit:", "Image Processing:". */
const CREDIT_LABEL = /\b(?:credits?|image processing)\s*:/i;

/**
 * "Collective Security Treaty Organization (CSTO)": the acronym joins its expansion, and the rest of the block up to
 * the parenthesis is covered; a later run written as that acronym names the same entity. Whether it added a mention.
 */
function addAcronymExpansion(registry: EntityRegistry, run: TrimmedRun, name: string, coveredUntil: Map<number, number>): boolean {
  const { block, text, group, words, start } = run;
  // "Brigade Combat Teams (BCTs)", "Major Defense Acquisition Programs (MDAPs)": a plural name and its acronym in the
  // plural name a kind of things or units, nobody; the run is covered and left without an entity.
  const plural = /^\s\([A-Z][A-Z0-9&-]{1,9}s\)/.exec(text.slice(group.end));
  if (plural && words.length > 1 && /\p{Ll}s$/u.test(words.at(-1) ?? '')) {
    coveredUntil.set(block, group.end + plural[0].length);
    return true;
  }
  // "Pennsylvania State University (Penn State)": a short form may be two words, each taken from the name's letters,
  // or their syllables run together ("California Department of Forestry and Fire Protection (CalFire)", fresh Wikinews),
  // or a word and a capital or two ("Space Exploration Technologies Corporation (SpaceX)", wikinews-spacex-test-fires-
  // falcon-9-texas-2008-11-24).
  const acronym = /^\s\(([A-Z][A-Z0-9&.-]{1,9}|\p{Lu}\p{Ll}{2,9}(?:\s?\p{Lu}\p{Ll}{2,9}|\p{Lu}{1,2})?)\)/u.exec(text.slice(group.end));
  const capitals = /^[A-Z][A-Z0-9&.-]+$/.test(acronym?.[1] ?? '');
  // "Heiko Herrlich (GER), Germany coach:": a team's code, spelled from the country named after it, is no acronym of the name.
  if (acronym?.[1] && capitals && addTeamCodedPerson(registry, run, acronym[1], text.slice(group.end + acronym[0].length - 1))) {
    coveredUntil.set(block, group.end + acronym[0].length);
    return true;
  }
  if (acronym?.[1] && capitals && personThenCode(name, words, acronym[1], text)) return false;
  const short = acronym?.[1] ?? '';
  const shortForm = capitals || shortFormOf(short, name, words) || kindShortForm(short, words, text, start);
  if (acronym?.[1] && words.length > 1 && !PARTY_AND_STATE.test(acronym[1]) && shortForm) {
    const type =
      classify(name, words) ??
      (interviewLabel(name, words, acronym[1], text.slice(0, start), text.slice(group.end + acronym[0].length)) ? 'person' : 'organization');
    const entity = registry.add(type, name, block, start, group.end + acronym[0].length);
    coveredUntil.set(block, group.end + acronym[0].length);
    entity.aliases.add(acronym[1]);
    registry.acronyms.set(acronym[1], entity);
    return true;
  }
  const known = registry.acronyms.get(name);
  if (known) {
    registry.add(known.type, known.name, block, start, group.end);
    return true;
  }
  return false;
}

const COMPOUND_KINDS = new Map(TITLE_COMPOUNDS);

/**
 * "Under Armour and General Electric", "consistency with Executive Orders": a run that is a compound opening with a
 * title word is no titled person; adds it as the organisation it is, if it is one. Whether the run was such a compound.
 */
function addTitleCompound(registry: EntityRegistry, { block, text, group, start }: TrimmedRun): boolean {
  const name = text.slice(start, group.end);
  const kind = COMPOUND_KINDS.get(name);
  if (kind === undefined) return false;
  if (kind) registry.add(kind, name, block, start, group.end);
  return true;
}

/**
 * The first pass over the runs of capitalised words of every block, in order: adds each name that classifies itself
 * (titled people, organisations, places, acronyms) to `registry` and returns the runs it could not classify, trimmed
 * of their leading non-names, for the context votes and surnames to settle. `texts` are every block's text.
 */
export function classifyRuns(registry: EntityRegistry, runs: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): Array<RunInBlock> {
  const unresolved: Array<RunInBlock> = [];
  const coveredUntil = new Map<number, number>();
  const surnamesOfNamed = surnamesAfterFirstNames(runs);
  const loneWords = loneNames(runs, texts);
  const lastWordsAfter = wordsBeforeLastWords(runs);
  const runNames = new Set(runs.map(({ group }) => group.words.join(' ')));
  for (const item of runs) {
    if (item.group.start < (coveredUntil.get(item.block) ?? 0)) continue;
    const run = trimLeadingNonNames(item);
    if (!run || addTitleCompound(registry, run)) continue;
    if (
      addPersonThenOrganization(registry, run, loneWords) ||
      addSurnameOfOutlet(registry, run, surnamesOfNamed) ||
      addTitledPersonThenOrganization(registry, run) ||
      addPersonAfterLeadingWords(registry, run, runNames, texts) ||
      addPersonAfterPlace(registry, run, loneWords, lastWordsAfter)
    )
      continue;
    const { block, text, group, words, start } = run;
    const name = text.slice(start, group.end);
    if (PARTY_AND_STATE.test(name)) continue;
    if (addAcronymExpansion(registry, run, name, coveredUntil) || addPageantTitleHolder(registry, run) || addTitledName(registry, run, name, loneWords))
      continue;
    if (
      (TITLE_WORDS.has(words.at(-1) ?? '') && !titleWordAsSurname(words) && !titleClosesBodyName(words)) ||
      addPersonAfterRoleTitle(registry, run) ||
      addPersonAfterMemberTitle(registry, run) ||
      addPersonAfterTitleOfPlace(registry, run) ||
      addPersonAfterOrganizationTitle(registry, run) ||
      addPersonAfterTitleComplement(registry, run)
    )
      continue;
    const type = classify(name, words);
    // "Bloomberg endorsed his former rival" after "Michael Bloomberg": a known organisation's one-word name that the
    // text also gives a person as a surname is that person's, for the surname pass to find.
    if (type === 'organization' && words.length === 1 && surnamesOfNamed.has(name)) {
      unresolved.push({ block, group: { ...group, start, words }, text });
      continue;
    }
    if (type) {
      registry.add(type, name, block, start, group.end);
      continue;
    }
    if (TITLE_WORDS.has(name) || NOT_NAMES.has(name)) continue;
    if (nationalityWordOnly(registry, unresolved, run, name)) continue;
    unresolved.push({ block, group: { ...group, start, words }, text });
  }
  return unresolved;
}

/**
 * The last words of the runs that read as a person's full name (a known first name, then name-shaped words:
 * "Michael Bloomberg"). Observed on real news: Wikinews' 2020 primary stories write the candidate "Bloomberg",
 * which is also a news outlet's name.
 */
function surnamesAfterFirstNames(runs: ReadonlyArray<RunInBlock>): Set<string> {
  const found = new Set<string>();
  for (const { group } of runs) {
    const words = group.words;
    if (words.length >= 2 && isFirstName(words[0] ?? '') && personShaped(words)) found.add(words.at(-1) ?? '');
  }
  return found;
}

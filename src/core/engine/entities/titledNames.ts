import { CAPITAL_PREPOSITIONS } from '../lexicon/capitalPrepositions';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { qualifiedTitle } from './qualifiedTitle';
import { honorificGender } from './honorificBearers';
import { classify } from './classify';
import { COUNTRY_BY_ADJECTIVE, LOWER_ROLES, PLACE_HEADS, PLACES, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { isFirstName } from '../lexicon/firstNames';
import { CONNECTORS } from '../lexicon/connectors';
import { initialsWithoutName, isInitial, nameCore, nameEnd, nameShapedWord, personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/** Where the titles of a run are: the indexes of its first and last title words (-1 when none), and whether the run is an organisation first. */
interface Titles {
  firstTitle: number;
  lastTitle: number;
  orgFirst: boolean;
}

/**
 * Titles before a name, with whatever qualifies them: "Russian President Vladimir Putin", "UN Secretary-General
 * Antonio Guterres", "Chief Financial Officer Dana Whitfield", "Dr. Jane Ko". A role noun capitalised at the start of
 * a name is a title too when a given name or an initial follows it: "Fisherman Tom Bakker". `name` is the run's text.
 */
function findTitles(words: ReadonlyArray<string>, name: string): Titles {
  // "Astronaut Memorial Grove", "Astronaut Crew Quarters": a role noun also qualifies a place or a thing named for
  // its holders; only a given name or an initial after it shows it titles a person.
  const givenNext = isFirstName(words[1] ?? '') || isInitial(words[1] ?? '');
  const isTitle = (w: string, i: number) => TITLE_WORDS.has(w) || (i === 0 && words.length > 2 && givenNext && LOWER_ROLES.has(w.toLowerCase()));
  const firstTitle = words.findIndex(isTitle);
  let lastTitle = -1;
  const ofState = words.findIndex((w, i) => w === 'State' && words[i - 1] === 'of' && words[i - 2] === 'Secretary');
  if (ofState >= 0 && ofState < words.length - 1) lastTitle = ofState;
  else
    // A title after the name's "of"/"for" belongs to the organisation: "… Olsen of the Justice Department"; the last
    // word before a suffix is a surname, whatever else it may be ("Gen. William E. King IV").
    for (let w = Math.min(nameCore(words).length, nameEnd(words, firstTitle)) - 2; w >= 0; w--) {
      if (isTitle(words[w] ?? '', w)) {
        lastTitle = w;
        break;
      }
    }
  // An organisation's name can hold title words ("Russian Foreign Ministry"): it wins over a title, unless a
  // name follows the title ("Nampa Police Chief Joe Huff", "Deschutes County Sheriff L. Shane Nelson").
  const afterTitle = lastTitle >= 0 ? words.slice(lastTitle + 1) : [];
  const connector = afterTitle.findIndex((w, i) => i > 0 && (w === 'for' || w === 'of' || w === 'at'));
  const tail = connector > 0 ? afterTitle.slice(0, connector) : afterTitle;
  // "Judge Durham Hall QC": after a title, two words ending in a head that is as often a surname (Hall, Hill, Lane) are
  // a name, not a building.
  const surnameHead = tail.length === 2 && /^(?:Hall|Hill|Lane)$/.test(tail[1] ?? '');
  const nameAfterTitle =
    tail.length > 0 &&
    tail.length <= 4 &&
    /^\p{Lu}/u.test(tail[0] ?? '') &&
    !tail.some((w) => ORG_HEADS.has(w)) &&
    (surnameHead || !PLACE_HEADS.test(tail.join(' ')));
  const orgFirst = (classify(name, words) === 'organization' || PLACE_HEADS.test(name)) && !nameAfterTitle;
  return { firstTitle, lastTitle, orgFirst };
}

/** "CEO of the Refugee Council Enver Solomon": the organisation between the title and the name is the title's. Whether it added them. */
function addTitleOfOrganization(registry: EntityRegistry, run: TrimmedRun, { firstTitle, lastTitle }: Titles): boolean {
  const { block, text, group, words, start } = run;
  const ofOrg = lastTitle >= 0 && words[lastTitle + 1] === 'of' ? words.findLastIndex((w) => ORG_HEADS.has(w)) : -1;
  if (!(ofOrg > lastTitle && ofOrg < words.length - 1)) return false;
  const orgWords = words.slice(lastTitle + 2).slice(0, ofOrg - lastTitle - 1);
  const orgName = orgWords.join(' ').replace(/^the\s+/, '');
  const personName = words.slice(ofOrg + 1).join(' ');
  const orgStart = text.indexOf(orgName, start);
  const personStart = text.indexOf(personName, orgStart + orgName.length);
  if (orgStart < 0 || personStart < 0) return false;
  registry.add('organization', orgName, block, orgStart, orgStart + orgName.length);
  const titleWords = words.slice(firstTitle, lastTitle + 1);
  registry.add(
    'person',
    personName,
    block,
    personStart,
    group.end,
    `${titleWords.join(' ')} of ${words[lastTitle + 2] === 'the' ? 'the ' : ''}${orgName}`,
    titleWords,
  );
  return true;
}

/**
 * "Samoan Prime Minister Tuilaepa Sailele Malielegaoi … Prime Minister Tuilaepa": a Samoan, Thai or Indonesian
 * official is called by the first part of a name of three words or more under the same title. The full name of the
 * person found before whose name opens with the one word and whose role holds every title word, when no one else bears
 * that word as a name; undefined otherwise (a lone word after a title is a surname by default).
 */
function titledFirstPart(registry: EntityRegistry, personWords: ReadonlyArray<string>, titleWords: ReadonlyArray<string>): string | undefined {
  const word = personWords[0] ?? '';
  if (personWords.length !== 1 || isFirstName(word) || registry.surnames.has(word)) return undefined;
  const holders = [...registry.entities.values()].filter(
    (e) =>
      e.type === 'person' &&
      e.mentions.length > 0 &&
      e.name.split(' ').length >= 3 &&
      e.name.startsWith(`${word} `) &&
      titleWords.every((t) => e.roleWords.has(t.toLowerCase())),
  );
  return holders.length === 1 ? holders[0]?.name : undefined;
}

/**
 * "Sgt. 1st Class Luis Pumisacho": a U.S. military rank with an ordinal (AP Stylebook, "military titles") is cut by its
 * ordinal from the run that holds the rest of it and the name, "Class Luis Pumisacho". The title words and the ordinal
 * right before the run `start`s ("Sgt. 1st"), which open the person's role and mention, and where they start (UTF-16
 * offset in the block); null when none stand there.
 */
function rankBefore(text: string, start: number): { words: string; start: number } | null {
  const from = Math.max(0, start - 40);
  const before = /((?:\p{Lu}[\p{L}]*\.?\s+){1,2})(\d+(?:st|nd|rd|th))\s+$/u.exec(text.slice(from, start));
  const words = before?.[1]?.trim().split(/\s+/) ?? [];
  return before && words.every((w) => TITLE_WORDS.has(w)) ? { words: `${words.join(' ')} ${before[2]}`, start: from + before.index } : null;
}

/** Whether a capitalised word is a role noun's plural: "Doctors", "Nurses", "Workers". */
const pluralRole = (word: string): boolean => /^\p{Lu}\p{Ll}+s$/u.test(word) && ROLE_WORDS.has(word.slice(0, -1).toLowerCase());

/**
 * A person after their titles, the role being the titles with their qualifier ("President of Russia", "UN
 * Secretary-General"); a qualifier that names an organisation or place is a mention of its own. Whether it added them.
 */
function addTitledPerson(registry: EntityRegistry, run: TrimmedRun, { firstTitle, lastTitle }: Titles): boolean {
  const { block, text, group, words, start } = run;
  if (!(lastTitle >= firstTitle)) return false;
  let personWords = words.slice(lastTitle + 1);
  // "U.S. Attorney Ismail J. Ramsey for the Northern District of California": the name ends where "for", "of" or "at" begins.
  const cut = personWords.findIndex((w, i) => i > 0 && (w === 'for' || w === 'of' || w === 'at'));
  let personEnd = group.end;
  if (cut > 0) {
    const lastWord = personWords[cut - 1] ?? '';
    personEnd = text.indexOf(lastWord, text.indexOf(personWords[0] ?? '', start)) + lastWord.length;
    const orgWords = personWords.slice(cut + 1).filter((w, i) => i > 0 || w !== 'the');
    const orgStart = text.indexOf(orgWords[0] ?? '', personEnd);
    if (orgWords.length > 0 && orgStart >= 0)
      registry.add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
    personWords = personWords.slice(0, cut);
  }
  // "at the Gen. Santos Doctors' Hospital" (fresh Wikinews, February 2019): a role's plural closing the words makes them a
  // body's or a building's name ("General Santos Doctors"), no one's after a title.
  if (pluralRole(personWords.at(-1) ?? '')) return false;
  const personName = titledFirstPart(registry, personWords, words.slice(firstTitle, lastTitle + 1)) ?? personWords.join(' ');
  // "Head of State and Government" is a title, not a titled name: every word after the title must look like a name.
  // "Faction Leader Calls For Opposition Unity Against Mugabe": a headline's clause after the title holds a preposition.
  if (personWords.some((w) => CAPITAL_PREPOSITIONS.has(w))) return false;
  if (!nameCore(personWords).every((w) => nameShapedWord(w)) || personWords.every((w) => TITLE_WORDS.has(w)) || initialsWithoutName(personWords)) return false;
  if (!(personWords.length > 0 && !classify(personName, personWords) && !PLACES.has(personName) && /^[\p{Lu}]/u.test(personName))) return false;
  const qualifier = words.slice(0, firstTitle);
  const titleWords = words.slice(firstTitle, lastTitle + 1);
  const title = titleWords.join(' ').replace(/\.$/, '');
  // "Liberia's President Ellen Johnson Sirleaf": a country's possessive before the title is the country of the role.
  const possessor = qualifier.length === 0 ? /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] : undefined;
  const country = qualifier.length === 1 ? (COUNTRY_BY_ADJECTIVE.get(qualifier[0] ?? '') ?? null) : possessor && PLACES.has(possessor) ? possessor : null;
  const ranked = qualifier.length === 0 ? rankBefore(text, start) : null;
  const role = /^(Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Prof)\.?$/.test(title)
    ? null
    : country
      ? `${title} of ${country}`
      : ranked
        ? `${ranked.words} ${title}`
        : [...qualifier, title].join(' ');
  // A qualifier that names an organisation or place is a mention of its own: "Arcturus Semiconductor Chief Executive …".
  const qualifierName = qualifier.join(' ');
  const qualifierType =
    qualifier.length > 0 && !country ? (classify(qualifierName, qualifier) ?? (registry.orgShort.has(qualifierName) ? 'organization' : null)) : null;
  const roleWords = [...titleWords.flatMap((w) => w.split('-')), ...titleWords, ...qualifier];
  if (qualifierType) registry.add(qualifierType, qualifierName, block, start, start + qualifierName.length);
  const titleStart = qualifierType ? text.indexOf(titleWords[0] ?? '', start + qualifierName.length) : (ranked?.start ?? start);
  // "Mrs. Bush" after two women of the name: an honorific settling neither leaves the surname to no one, not to a third.
  if (personWords.length === 1 && honorificGender(text, titleStart, personName) && registry.sharedSurname(personName, block, titleStart)) {
    registry.leftToNoOne.push({ block, start: personEnd - personName.length, end: personEnd });
    return true;
  }
  const person = registry.add('person', personName, block, titleStart, personEnd, role, roleWords);
  // "Lady Gaga", "Lord Sugar": a style of nobility before one name is how the person is called, the style and all; so is
  // an honorific as written ("Mr. Mkapa told reporters", wikinews-kenyan-humanitarian-crisis-deepens-talks-continue-2008-02-07).
  if (/^(?:Sir|Dame|Lord|Lady)$/.test(title) && personWords.length === 1) person.aliases.add(`${title} ${personName}`);
  else if (/^(?:Mr|Mrs|Ms|Miss)$/.test(title) && personWords.length === 1 && qualifier.length === 0) person.aliases.add(text.slice(titleStart, personEnd));
  // "Prime Minister Tuilaepa": the first part of the full name, as written, is one of the names the person goes by.
  if (personName !== personWords.join(' ')) person.aliases.add(personWords.join(' '));
  return true;
}

/**
 * Whether words open with a first name or an initial and are a person's name to their end: "B. Lynn Winmill"; or are a
 * given name no list knows, a middle initial and a surname, a shape only a person's name has ("NASA Public Affairs
 * Director Hiden T. Cox", a NASA history page).
 */
const startsName = (words: ReadonlyArray<string>) =>
  (isFirstName(words[0] ?? '') || isInitial(words[0] ?? '') || middleInitialled(words)) && personShaped(words) && !words.some((w) => ORG_HEADS.has(w));

/** "Hiden T. Cox": a capitalised word, an initial and one more word. */
const middleInitialled = (words: ReadonlyArray<string>) => words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && /^\p{Lu}\.$/u.test(words[1] ?? '');

/**
 * "Assistant Secretary of the Air Force for Acquisition Marvin Sambur", "Special Asst. to the Secretary and Director of
 * Air Force Communications Bill Bodie": a title long enough to hold an organisation, then a common first name (or one
 * whose surname `loneWords` holds: the text writes it alone too) and a surname ending the run. The person is the name;
 * the words before it are their role. Whether it added them.
 */
function addPersonAfterLongTitle(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun, loneWords: ReadonlySet<string>): boolean {
  // "said NSF Senior Advisor for Science and Engineering Mihail C. Roco" (usgov-gsa-teen-power-youth-prize-competitions-
  // 2016-01-11): a given name no list knows, a middle initial and a surname are a shape only a person's name has.
  const initialled = middleInitialled(words.slice(-3));
  let at = words.length - (personShaped(words.slice(-3)) && (isFirstName(words.at(-3) ?? '') || initialled) ? 3 : 2);
  // "US Assistant Secretary of State for African Affairs Jendayi Frazer called on …", then "Frazer said" (a fresh
  // Wikinews page, June 2008): a given name no list knows, when the surname after it stands alone elsewhere in the text.
  const surnameAlone = at === words.length - 2 && /^\p{Lu}\p{Ll}+$/u.test(words[at] ?? '') && loneWords.has(words.at(-1) ?? '');
  const unlistedGiven = initialled && at === words.length - 3;
  if (!(isFirstName(words[at] ?? '') || surnameAlone || unlistedGiven) || !personShaped(words.slice(at))) return false;
  // "NASA Administrator Dr. T. Keith Glennan": an initial before the first name is the name's.
  while (/^[A-Z]\.$/.test(words[at - 1] ?? '')) at--;
  const person = words.slice(at);
  const before = words[at - 1] ?? '';
  if (at < 3 || isFirstName(before) || CONNECTORS.has(before)) return false;
  // "Mayor of New York City": a place that goes on into the words after the title leaves no name.
  if (PLACES.has(`${before} ${person[0] ?? ''}`) || PLACES.has([before, ...person].join(' '))) return false;
  const title = words.slice(0, at);
  // A title with no "of", "for" or "to" in it is short enough for the titled-name rules ("Arcturus Semiconductor Chief
  // Financial Officer Dana Whitfield" keeps its company).
  if (person.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w)) || !title.some((w) => TITLE_WORDS.has(w)) || !title.some((w) => /^(?:of|for|to)$/.test(w)))
    return false;
  const personStart = group.end - person.join(' ').length;
  if (text.slice(personStart, group.end) !== person.join(' ')) return false;
  registry.add(
    'person',
    person.join(' '),
    block,
    start,
    group.end,
    text.slice(start, personStart).trim(),
    title.filter((w) => TITLE_WORDS.has(w)),
  );
  return true;
}

/**
 * Adds a titled person in a run, with the organisation or place their title names: "Russian President Vladimir
 * Putin", "CEO of the Refugee Council Enver Solomon". `name` is the run's text. An organisation's name can hold title
 * words ("Russian Foreign Ministry"): it wins over a title. `loneWords` are the words the text writes as a name alone.
 * Whether it added anything that ends the run's handling.
 */
export function addTitledName(registry: EntityRegistry, run: TrimmedRun, name: string, loneWords: ReadonlySet<string>): boolean {
  const titles = findTitles(run.words, name);
  if (titles.firstTitle >= 0 && titles.firstTitle <= 2 && addPersonAfterLongTitle(registry, run, loneWords)) return true;
  // "Senior U.S. District Judge B. Lynn Winmill": three words may qualify a title when a first name or an initial follows it.
  // "Chinese Vice Foreign Minister Wu Daiwei": a nationality and the title's qualifiers make as long a title.
  const named = titles.lastTitle >= 0 && (startsName(run.words.slice(titles.lastTitle + 1)) || qualifiedTitle(run.words, titles.firstTitle));
  if (titles.orgFirst || titles.firstTitle < 0 || titles.firstTitle > (named ? 3 : 2)) return false;
  return addTitleOfOrganization(registry, run, titles) || addTitledPerson(registry, run, titles);
}

import { slugify } from '../slug';
import { COUNTRIES } from './lexicon/countries';
import { KNOWN_ORGS } from './lexicon/knownOrgs';
import { ORG_HEADS } from './lexicon/orgHeads';
import { OTHER_PLACES } from './lexicon/otherPlaces';
import { PERSON_ROLE_NOUNS } from './lexicon/personRoleNouns';
import { TITLES } from './lexicon/titles';
import { isFirstName } from './lexicon/firstNames';
import { isSpeechVerb } from './lexicon/speechVerbs';

export type EntityType = 'person' | 'place' | 'organization';

export interface FoundMention {
  block: number;
  start: number;
  end: number;
  form: 'name' | 'role' | 'pronoun';
}

export interface FoundEntity {
  key: string;
  type: EntityType;
  name: string;
  role: string | null;
  aliases: Set<string>;
  mentions: Array<FoundMention>;
  /** Title words and nationality a role noun can refer back to ("president", "Russian"). */
  roleWords: Set<string>;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map(([name]) => [name, name]));
const COUNTRY_BY_ADJECTIVE = new Map<string, string>();
for (const [country, adjectives] of COUNTRIES)
  for (const adjective of adjectives) if (!COUNTRY_BY_ADJECTIVE.has(adjective)) COUNTRY_BY_ADJECTIVE.set(adjective, country);
const PLACES = new Set<string>([
  ...COUNTRY_BY_NAME.keys(),
  ...OTHER_PLACES,
  'U.S.',
  'US',
  'USA',
  'U.S.A.',
  'UK',
  'U.K.',
  'Britain',
  'B.C.',
  'D.C.',
  'N.Y.',
  'Calif.',
  'Mass.',
  'British Columbia',
  'Alberta',
  'Massachusetts',
  'Cambridge',
  'Oxford',
  'Scotland',
  'Soviet Union',
  'Alps',
  'Andes',
  'Himalayas',
  'Rocky Mountains',
  'Rockies',
  'Alaska',
  'Hawaii',
  'Anchorage',
  'S.D.',
  'N.D.',
  'N.C.',
  'S.C.',
  'N.J.',
  'N.M.',
  'N.H.',
  'Ariz.',
  'Fla.',
  'Ga.',
  'Ill.',
  'Mich.',
  'Minn.',
  'Tenn.',
  'Va.',
  'Wash.',
  'Ore.',
  'Colo.',
  'Conn.',
  'Md.',
  'Pa.',
  'Tex.',
  'Wis.',
  'Democratic Republic of Congo',
  'Democratic Republic of the Congo',
  'Republic of Congo',
  'Congo',
  'Gulf',
]);
const PLACE_ALIASES = new Map([
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
]);
const TITLE_WORDS = new Set(
  TITLES.flatMap((t) => t.split(/\s+/))
    .flatMap((w) => [w, w.replace(/\.$/, '')])
    .filter(
      (w) =>
        !['of', 'State', 'Foreign', 'Vice', 'Prime', 'Deputy', 'Crown', 'Supreme', 'Attorney', 'Financial', 'Operating', 'Executive'].includes(w) ||
        TITLES.includes(w),
    ),
);
const LOWER_ROLES = new Set(PERSON_ROLE_NOUNS);
const ABBREVIATED_TITLES = new Set(TITLES.filter((t) => /^[A-Z][a-z]+\.$/.test(t)));
const PLACE_HEADS =
  /\b(?:Glacier|Glaciers|Mountains|Alps|Sound|Republic|Kingdom|Emirates|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Bridge|Park|Square|Plaza|River|Lake|Mountain|Mount|Mt\.|Island|Islands|Bay|Beach|Valley|Heights|Hall|Station|Airport|Port|County|Province|District|Village|Harbour|Harbor|Hill|Hills|Canyon|Coast|Peninsula|Strait|Sea|Ocean|Gulf|Desert|Forest|Falls|Creek|Springs|Stadium|Arena|Square|Cathedral|Palace|Tower|Center|Centre|Mall|Market|Campus|Township|Borough|Region|Territory|Oblast|Prefecture)$/;
const ORG_NAME_HEADS =
  /\b(?:Dispatch|Chronicle|Observer|Guardian|Independent|Telegraph|Review|Magazine|Geoscience|Science|Nature|Lancet|Press|Ledger|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Weekly|News|Homes|Properties|Realty|Energy|Foods|Pharma|Pharmaceuticals|Therapeutics|Motors|Airlines|Bank|Insurance|Partners|Associates|Group|Holdings|Inc\.?|Corp\.?|Ltd\.?|LLC|Coalition|Alliance|Union|Council|Committee|Commission|Institute|University|College|School|Hospital|Foundation|Society|Association|Agency|Authority|Department|Ministry|Office|Police|Party|Club|FC|United)$/;

/** Capitalised words that never start a name: function words, days, months. */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'Your',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'As',
  'At',
  'In',
  'On',
  'Of',
  'For',
  'From',
  'To',
  'With',
  'By',
  'About',
  'Over',
  'Under',
  'Since',
  'Until',
  'Although',
  'Though',
  'Because',
  'However',
  'Meanwhile',
  'Still',
  'Also',
  'Then',
  'There',
  'Here',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Which',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Every',
  'No',
  'Not',
  'Yes',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'First',
  'Second',
  'Third',
  'Last',
  'Next',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Turning',
  'According',
  'Despite',
  'During',
  'Following',
  'Asked',
  'Speaking',
  'Writing',
  'Like',
  'Unlike',
  'Now',
  'Today',
  'Yesterday',
  'Tomorrow',
  'Earlier',
  'Later',
  'Once',
  'Even',
  'Just',
  'Such',
  'Other',
  'Another',
  'Any',
  'Few',
  'More',
  'Less',
  'Only',
  'Our',
  'Photo',
  'Cover',
  'Reporting',
  'Editing',
  'Additional',
  'Updated',
  'Read',
  'Share',
  'Advertisement',
  'Download',
  'Search',
  'Trends',
  'Thanks',
  'Please',
  'Let',
  'Do',
  'Does',
  'Did',
  'Is',
  'Are',
  'Was',
  'Were',
  'Will',
  'Would',
  'Can',
  'Could',
  'Should',
  'Must',
  'May',
  'Might',
  'Shall',
  'Has',
  'Have',
  'Had',
  'Every',
  'Instead',
  'Indeed',
  'Overall',
  'Together',
  'Again',
  'Never',
  'Always',
  'Perhaps',
  'Maybe',
  'Well',
  'Oh',
  'OK',
  'Okay',
  'Christmas',
  'Easter',
  'Ramadan',
  'Covid',
  'COVID',
  'COVID-19',
  'Internet',
  'God',
  'Year',
  'Day',
  'Week',
  'Month',
  'R',
  'L',
  'AM',
  'PM',
  'ET',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'CST',
  'CDT',
  'MST',
  'IST',
  'JST',
  'CEO',
  'CFO',
  'Ph.D.',
  'PhD',
  'Jr.',
  'Sr.',
  'III',
  'II',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'du', 'la', 'le', 'y', '&']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;

function tokenize(text: string): Array<Token> {
  const tokens: Array<Token> = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    word = word.replace(/['’]s$/, '').replace(/['’]$/, '');
    if (word.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Jr|Sr|St|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K)\.$/.test(word) && !ABBREVIATED_TITLES.has(word))
      word = word.replace(/\.+$/, '');
    if (word.length > 0) tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

const isCapitalised = (word: string) => /^[\p{Lu}]|^(?:al|el|bin|ibn|abu|ul)-\p{Lu}/u.test(word);
const isAcronym = (word: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&-]{1,7}$/.test(word);

/** Whether a token begins a sentence (or a quotation), where every word is capitalised anyway. */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?]["'”’)]?\s+|["“‘(]\s*|:\s+)$/.test(before);
}

/** A word written like a name: "Nadia", "O’Neill", "McAllister", "Lund-Madsen", "E-Jay", "J.", or a particle "de". */
const nameShapedWord = (w: string) =>
  /^(?:[OD][’']|Mc|Mac)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}-\p{Lu}\p{Ll}+$|^[A-Z]\.$|^(?:de|van|von|da|del)$/u.test(w);

/** Two to four words each written like a name, none a day or month. */
const personShaped = (words: ReadonlyArray<string>) => words.length >= 2 && words.length <= 4 && words.every((w) => nameShapedWord(w) && !NOT_NAMES.has(w));

/**
 * Where a run of capitalised words turns into a person's name: the index of a common first name that
 * follows a word that is not one, with two or three name-shaped words from it to the end; 0 when none.
 */
function firstNameStart(words: ReadonlyArray<string>): number {
  for (let k = 1; k < words.length - 1; k++) {
    const rest = words.slice(k);
    if (rest.length > 3 || !isFirstName(words[k] ?? '') || isFirstName(words[k - 1] ?? '') || CONNECTORS.has(words[k - 1] ?? '')) continue;
    if (personShaped(rest) && !rest.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) return k;
  }
  return 0;
}

/** The index of the first "of", "for" or "at" after a word that is not a title, past the first title; the words' length when none. */
function nameEnd(words: ReadonlyArray<string>, firstTitle: number): number {
  const at = words.findIndex((w, i) => i > firstTitle + 1 && (w === 'of' || w === 'for' || w === 'at') && !TITLE_WORDS.has(words[i - 1] ?? ''));
  return firstTitle < 0 || at < 0 ? words.length : at;
}

/** Where a person's name follows an organisation's in one capitalised run ("Refugee Council Enver Solomon"); 0 when it does not. */
function afterOrganization(words: ReadonlyArray<string>): number {
  const head = words.findLastIndex((w) => ORG_HEADS.has(w));
  const rest = words.slice(head + 1);
  return head > 0 && rest.length >= 2 && rest.length <= 3 && personShaped(rest) ? head + 1 : 0;
}

interface NameGroup {
  start: number;
  end: number;
  words: Array<string>;
  sentenceStart: boolean;
}

/** Runs of capitalised words, joined across "of", "the", "for" when a capital follows. */
function nameGroups(text: string): Array<NameGroup> {
  const tokens = tokenize(text);
  const groups: Array<NameGroup> = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) {
      i++;
      continue;
    }
    const words = [first.text];
    let end = first.end;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      if (!next) break;
      const gap = text.slice(end, next.start);
      if (!/^[ \u00a0-]?$/.test(gap) && !(gap === ' ' || gap === '-')) break;
      const possessiveOrg = /^['’]s /.test(text.slice(end, end + 3)) && ORG_HEADS.has(next.text);
      if (isCapitalised(next.text) && (possessiveOrg || !/['’]s$/.test(text.slice(end - 2, end + 1)))) {
        if (/['’]/.test(text.slice(end, end + 1)) && !possessiveOrg) break;
        words.push(next.text);
        end = next.end;
        j++;
        continue;
      }
      const after = tokens[j + 1];
      const insideName = words.some((w) => CONNECTORS.has(w) && w !== 'the');
      const joins =
        (CONNECTORS.has(next.text) && !['and', '&'].includes(next.text)) ||
        (next.text === 'on' && !!after && !NOT_NAMES.has(after.text)) ||
        ((next.text === 'and' || next.text === '&') && (insideName || ORG_HEADS.has(words[0] ?? '')));
      if (next.text === 'of' && after && /^\d{1,3}$/.test(after.text) && text.slice(next.end, after.start) === ' ') {
        words.push(next.text, after.text);
        end = after.end;
        j += 2;
        continue;
      }
      const afterThe = tokens[j + 2];
      if (
        (next.text === 'for' || next.text === 'of' || next.text === 'on') &&
        after?.text === 'the' &&
        afterThe &&
        isCapitalised(afterThe.text) &&
        text.slice(next.end, afterThe.start) === ' the '
      ) {
        words.push(next.text, 'the', afterThe.text);
        end = afterThe.end;
        j += 3;
        continue;
      }
      if ((next.text === 'and' || next.text === '&') && !joins && after && isCapitalised(after.text)) {
        let k = j + 1;
        while (tokens[k + 1] && isCapitalised(tokens[k + 1]?.text ?? '') && text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0) === ' ') k++;
        if (ORG_HEADS.has(tokens[k]?.text ?? '') && k - j <= 3) {
          for (let t = j; t <= k; t++) words.push(tokens[t]?.text ?? '');
          end = tokens[k]?.end ?? end;
          j = k + 1;
          continue;
        }
      }
      if (joins && after && isCapitalised(after.text) && text.slice(next.end, after.start) === ' ') {
        words.push(next.text, after.text);
        end = after.end;
        j += 2;
        continue;
      }
      break;
    }
    // A possessive ends a name: "Kazakhstan's unrest".
    groups.push({ start: first.start, end, words, sentenceStart: startsSentence(text, first.start) });
    i = j;
  }
  return groups;
}

export interface EntityIndex {
  entities: Array<FoundEntity>;
  /** The entity a block's text names at [start, end), if any. */
  byMention: Map<string, FoundEntity>;
}

export const mentionKey = (block: number, start: number) => `${block}:${start}`;

/** Acronyms whose full name is known, so that "UN" and "United Nations" are one organisation. */
const ACRONYM_NAMES = new Map([
  ['UN', 'United Nations'],
  ['U.N.', 'United Nations'],
  ['EU', 'European Union'],
  ['E.U.', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['WHO', 'World Health Organization'],
  ['IMF', 'International Monetary Fund'],
  ['WTO', 'World Trade Organization'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['UNICEF', "United Nations Children's Fund"],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['AP', 'Associated Press'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['CIA', 'Central Intelligence Agency'],
  ['NASA', 'National Aeronautics and Space Administration'],
  ['AFP', 'Agence France-Presse'],
]);

const GENERIC_HEADS = new Set([
  'Fund',
  'Group',
  'Council',
  'Committee',
  'Ministry',
  'Department',
  'Office',
  'Company',
  'Agency',
  'Party',
  'Union',
  'Court',
  'Police',
  'Army',
  'Government',
  'Bank',
  'Board',
  'Commission',
  'Center',
  'Centre',
  'Service',
  'Team',
  'Club',
  'News',
  'Times',
  'Post',
]);

function classify(name: string, words: ReadonlyArray<string>): EntityType | null {
  if (words.length === 1 && GENERIC_HEADS.has(name)) return null;
  if (PLACES.has(name)) return 'place';
  if (/^[A-Z]{3,}$/.test(name) && PLACES.has(name.charAt(0) + name.slice(1).toLowerCase())) return 'place';
  if (words.some((w, i) => ORG_HEADS.has(w) && CONNECTORS.has(words[i + 1] ?? ''))) return 'organization';
  if (words.length > 1 && /\b(?:Republic|Kingdom|Emirates|States)$/.test(name)) return 'place';
  if (KNOWN_ORGS.has(name) || (words.length > 1 && KNOWN_ORGS.has(words.slice(1).join(' ')) && words.slice(1).join(' ').includes(' '))) return 'organization';
  const last = words[words.length - 1] ?? '';
  const firstWord = words[0] ?? '';
  if (ORG_HEADS.has(last) || ORG_HEADS.has(firstWord)) return 'organization';
  // A longer all-capital word nobody spells out is more often a shout ("LUCAS, you pushed me") than an acronym.
  if (words.length === 1 && isAcronym(name) && (name.replace(/\./g, '').length <= 4 || ACRONYM_NAMES.has(name))) return 'organization';
  if (/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New|Greater)\s/.test(name) && words.length <= 3) {
    return PLACES.has(words.slice(1).join(' ')) ||
      /\b(?:Korea|Africa|America|Asia|Europe|Sudan|Macedonia|Carolina|Dakota|Zealand|York|Jersey|Mexico|Wales)\b/.test(name)
      ? 'place'
      : null;
  }
  return null;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

/**
 * Joins a short form named before its full form, or apart from it, to the full one: a surname alone
 * ("Usov … Kostiantyn Usov") to the one person whose name ends with it, an acronym ("MDC") to the one
 * organisation whose capitalised words it spells ("Movement for Democratic Change").
 */
function mergeShortForms(entities: Map<string, FoundEntity>, byMention: Map<string, FoundEntity>): void {
  const all = [...entities.entries()];
  for (const [key, short] of all) {
    const full =
      short.type === 'person' && !short.name.includes(' ')
        ? all.filter(([, e]) => e !== short && e.type === 'person' && e.name.endsWith(` ${short.name}`))
        : short.type === 'organization' && /^[A-Z]{2,6}$/.test(short.name)
          ? all.filter(([, e]) => e !== short && e.type === 'organization' && e.name.includes(' ') && initials(e.name) === short.name)
          : [];
    const target = full.length === 1 ? full[0]?.[1] : undefined;
    if (!target) continue;
    target.aliases.add(short.name);
    for (const alias of short.aliases) target.aliases.add(alias);
    for (const word of short.roleWords) target.roleWords.add(word);
    target.role ??= short.role;
    target.mentions.push(...short.mentions);
    target.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    for (const m of short.mentions) byMention.set(mentionKey(m.block, m.start), target);
    entities.delete(key);
  }
}

/**
 * Finds the people, places and organisations that a list of blocks names, each with every mention:
 * full names, surnames and titled names merged into one person; acronyms joined to their expansions.
 */
export function findEntities(texts: ReadonlyArray<string>): EntityIndex {
  const entities = new Map<string, FoundEntity>();
  const byMention = new Map<string, FoundEntity>();
  const surnames = new Map<string, FoundEntity>();
  const acronyms = new Map<string, FoundEntity>();
  const pending: Array<{ block: number; group: NameGroup; text: string }> = [];
  const acronymAliases = new Map<string, string>();
  const orgShort = new Map<string, FoundEntity>();

  const add = (
    type: EntityType,
    name: string,
    block: number,
    start: number,
    end: number,
    role: string | null = null,
    roleWords: ReadonlyArray<string> = [],
  ) => {
    const titled = /^[A-Z]{3,}$/.test(name) && type === 'place' ? name.charAt(0) + name.slice(1).toLowerCase() : name;
    const canonical = type === 'place' ? (PLACE_ALIASES.get(titled) ?? titled) : type === 'organization' ? (ACRONYM_NAMES.get(name) ?? name) : name;
    if (canonical !== name && type === 'organization') acronymAliases.set(canonical, name);
    const key = `${type}:${canonical}`;
    let entity =
      entities.get(key) ??
      (type === 'person' ? surnames.get(canonical.split(' ').at(-1) ?? '') : undefined) ??
      (type === 'organization' && canonical.includes(' ')
        ? [...entities.values()].find(
            (e) => e.type === 'organization' && (e.name.endsWith(` ${canonical}`) || canonical.endsWith(` ${e.name}`)) && e.name.includes(' '),
          )
        : undefined);
    if (!entity) {
      entity = { key: slugify(canonical, 'entity'), type, name: canonical, role, aliases: new Set(), mentions: [], roleWords: new Set() };
      entities.set(key, entity);
    }
    if (type === 'person' && canonical.includes(' ') && entity.name.split(' ').length < canonical.split(' ').length) {
      entity.aliases.add(entity.name);
      entity.name = canonical;
      entity.key = slugify(canonical, 'entity');
    } else if (canonical !== entity.name) entity.aliases.add(canonical);
    if (role && !entity.role) entity.role = role;
    for (const word of roleWords) entity.roleWords.add(word.toLowerCase());
    if (type === 'organization') {
      const first = canonical.split(' ')[0] ?? '';
      if (
        canonical.includes(' ') &&
        !orgShort.has(first) &&
        !NOT_NAMES.has(first) &&
        !PLACES.has(first) &&
        !COUNTRY_BY_ADJECTIVE.has(first) &&
        !ORG_HEADS.has(first) &&
        !/^[A-Z.]+$/.test(first)
      )
        orgShort.set(first, entity);
    }
    if (type === 'person') {
      const parts = canonical.split(' ');
      surnames.set(parts.at(-1) ?? canonical, entity);
      if (parts.length === 2 && !surnames.has(parts[0] ?? '')) surnames.set(parts[0] ?? '', entity);
    }
    if (!byMention.has(mentionKey(block, start))) {
      entity.mentions.push({ block, start, end, form: 'name' });
      byMention.set(mentionKey(block, start), entity);
    }
    return entity;
  };

  texts.forEach((text, block) => {
    for (const group of nameGroups(text)) pending.push({ block, group, text });
  });

  // Two passes: names that classify themselves first, so that a lone surname can find its person.
  const unresolved: typeof pending = [];
  const coveredUntil = new Map<number, number>();
  for (const item of pending) {
    const { block, group, text } = item;
    if (group.start < (coveredUntil.get(block) ?? 0)) continue;
    let words = [...group.words];
    let start = group.start;
    const droppedWords: Array<string> = [];
    // "Will Kerrigan, NCA director, said", "said Will Carver": a first name that is also a common word starts a name
    // where the run is name-shaped and speech or an appositive is next to it.
    const nextWord = /^\s*,?\s*([a-z]+)/.exec(text.slice(group.end))?.[1] ?? '';
    const previousWord = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, group.start - 20), group.start))?.[1] ?? '';
    const wordNamesPerson =
      isFirstName(words[0] ?? '') &&
      words.length >= 2 &&
      words.length <= 3 &&
      words.every(nameShapedWord) &&
      !NOT_NAMES.has(words[1] ?? '') &&
      (/^,\s/.test(text.slice(group.end)) || isSpeechVerb(nextWord) || isSpeechVerb(previousWord));
    while (!wordNamesPerson && words.length > 0 && (NOT_NAMES.has(words[0] ?? '') || (droppedWords.length > 0 && CONNECTORS.has(words[0] ?? '')))) {
      const dropped = words.shift() ?? '';
      droppedWords.push(dropped);
      start = text.indexOf(words[0] ?? '', start + dropped.length);
      if (start < 0) break;
    }
    if (words.length === 0 || start < 0) continue;
    // "Heritage Nadia Morrow", "Class Luis Pumisacho", "Refugee Council Enver Solomon": the person starts at a first name.
    // "Lydia Buchtmann for Food Standards Australia", "Matthew Ingram of The Globe and Mail": a person, then their organisation.
    const ofAt = words.findIndex((w, i) => i >= 2 && i <= 3 && (w === 'of' || w === 'for' || w === 'at'));
    if (ofAt > 0 && isFirstName(words[0] ?? '') && personShaped(words.slice(0, ofAt)) && !classify(words.slice(0, ofAt).join(' '), words.slice(0, ofAt))) {
      const personEnd = text.indexOf(words[ofAt - 1] ?? '', start) + (words[ofAt - 1] ?? '').length;
      add('person', text.slice(start, personEnd), block, start, personEnd);
      const orgWords = words.slice(ofAt + 1).filter((w, i) => i > 0 || w !== 'the');
      const orgStart = text.indexOf(orgWords[0] ?? '', personEnd);
      if (orgWords.length > 0 && orgStart >= 0)
        add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
      continue;
    }
    const personAt = firstNameStart(words) || afterOrganization(words);
    if (personAt > 0 && !words.slice(0, personAt).some((w) => TITLE_WORDS.has(w))) {
      const leading = words.slice(0, personAt);
      const leadingName = text.slice(start, text.indexOf(words[personAt] ?? '', start)).trim();
      const leadingType = classify(leadingName, leading);
      if (leadingType === 'organization' || leadingType === 'place') add(leadingType, leadingName, block, start, start + leadingName.length);
      start = text.indexOf(words[personAt] ?? '', start + leadingName.length);
      words = words.slice(personAt);
      // "Fisherman Tom Bakker", "Chef Ines Moreau": a capitalised role noun before the name is the person's role;
      // "CEO of the Refugee Council Enver Solomon": a title the name pass dropped, of the organisation before the name.
      const roleWord = (leading.at(-1) ?? '').toLowerCase();
      const droppedTitle = droppedWords.filter((w) => TITLE_WORDS.has(w) || w === w.toUpperCase()).join(' ');
      const role = LOWER_ROLES.has(roleWord)
        ? leading.join(' ')
        : droppedTitle && leadingType === 'organization'
          ? `${droppedTitle} of ${droppedWords.includes('the') ? 'the ' : ''}${leadingName}`
          : null;
      add('person', text.slice(start, group.end), block, start, group.end, role, role ? [roleWord] : []);
      continue;
    }
    const name = text.slice(start, group.end);

    // "Collective Security Treaty Organization (CSTO)": the acronym joins its expansion.
    const acronym = /^\s\(([A-Z][A-Z0-9&.-]{1,9})\)/.exec(text.slice(group.end));
    if (acronym?.[1] && words.length > 1) {
      const type = classify(name, words) ?? 'organization';
      const entity = add(type, name, block, start, group.end + acronym[0].length);
      coveredUntil.set(block, group.end + acronym[0].length);
      entity.aliases.add(acronym[1]);
      acronyms.set(acronym[1], entity);
      continue;
    }
    const known = acronyms.get(name);
    if (known) {
      add(known.type, known.name, block, start, group.end);
      continue;
    }

    // An organisation's name can hold title words ("Russian Foreign Ministry"): it wins over a title.
    // Titles before a name, with whatever qualifies them: "Russian President Vladimir Putin",
    // "UN Secretary-General Antonio Guterres", "Chief Financial Officer Dana Whitfield", "Dr. Jane Ko".
    // A role noun capitalised at the start of a name is a title too: "Fisherman Tom Bakker".
    const isTitle = (w: string, i: number) => TITLE_WORDS.has(w) || (i === 0 && words.length > 2 && LOWER_ROLES.has(w.toLowerCase()));
    const firstTitle = words.findIndex(isTitle);
    let lastTitle = -1;
    const ofState = words.findIndex((w, i) => w === 'State' && words[i - 1] === 'of' && words[i - 2] === 'Secretary');
    if (ofState >= 0 && ofState < words.length - 1) lastTitle = ofState;
    else
      // A title after the name's "of"/"for" belongs to the organisation: "… Olsen of the Justice Department".
      for (let w = Math.min(words.length, nameEnd(words, firstTitle)) - 2; w >= 0; w--) {
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
    const nameAfterTitle =
      tail.length > 0 && tail.length <= 4 && /^\p{Lu}/u.test(tail[0] ?? '') && !tail.some((w) => ORG_HEADS.has(w)) && !PLACE_HEADS.test(tail.join(' '));
    const orgFirst = (classify(name, words) === 'organization' || PLACE_HEADS.test(name)) && !nameAfterTitle;
    // "CEO of the Refugee Council Enver Solomon": the organisation between the title and the name is the title's.
    const ofOrg = lastTitle >= 0 && words[lastTitle + 1] === 'of' ? words.findLastIndex((w) => ORG_HEADS.has(w)) : -1;
    if (!orgFirst && firstTitle >= 0 && firstTitle <= 2 && ofOrg > lastTitle && ofOrg < words.length - 1) {
      const orgWords = words.slice(lastTitle + 2).slice(0, ofOrg - lastTitle - 1);
      const orgName = orgWords.join(' ').replace(/^the\s+/, '');
      const personName = words.slice(ofOrg + 1).join(' ');
      const orgStart = text.indexOf(orgName, start);
      const personStart = text.indexOf(personName, orgStart + orgName.length);
      if (orgStart >= 0 && personStart >= 0) {
        add('organization', orgName, block, orgStart, orgStart + orgName.length);
        const titleWords = words.slice(firstTitle, lastTitle + 1);
        add(
          'person',
          personName,
          block,
          personStart,
          group.end,
          `${titleWords.join(' ')} of ${words[lastTitle + 2] === 'the' ? 'the ' : ''}${orgName}`,
          titleWords,
        );
        continue;
      }
    }
    if (!orgFirst && firstTitle >= 0 && firstTitle <= 2 && lastTitle >= firstTitle) {
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
          add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
        personWords = personWords.slice(0, cut);
      }
      const personName = personWords.join(' ');
      if (personWords.length > 0 && !classify(personName, personWords) && !PLACES.has(personName) && /^[\p{Lu}]/u.test(personName)) {
        const qualifier = words.slice(0, firstTitle);
        const titleWords = words.slice(firstTitle, lastTitle + 1);
        const title = titleWords.join(' ').replace(/\.$/, '');
        const country = qualifier.length === 1 ? (COUNTRY_BY_ADJECTIVE.get(qualifier[0] ?? '') ?? null) : null;
        const role = /^(Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Prof)\.?$/.test(title) ? null : country ? `${title} of ${country}` : [...qualifier, title].join(' ');
        // A qualifier that names an organisation or place is a mention of its own: "Arcturus Semiconductor Chief Executive …".
        const qualifierName = qualifier.join(' ');
        const qualifierType =
          qualifier.length > 0 && !country ? (classify(qualifierName, qualifier) ?? (orgShort.has(qualifierName) ? 'organization' : null)) : null;
        if (qualifierType) {
          const titleStart = text.indexOf(titleWords[0] ?? '', start + qualifierName.length);
          add(qualifierType, qualifierName, block, start, start + qualifierName.length);
          add('person', personName, block, titleStart, personEnd, role, [...titleWords.flatMap((w) => w.split('-')), ...titleWords, ...qualifier]);
        } else {
          add('person', personName, block, start, personEnd, role, [...titleWords.flatMap((w) => w.split('-')), ...titleWords, ...qualifier]);
        }
        continue;
      }
    }
    if (TITLE_WORDS.has(words.at(-1) ?? '')) continue;
    const type = classify(name, words);
    if (type) {
      add(type, name, block, start, group.end);
      continue;
    }
    if (COUNTRY_BY_ADJECTIVE.has(name) || TITLE_WORDS.has(name) || NOT_NAMES.has(name)) continue;
    if (
      words.length === 1 &&
      /(?:an|ian|ese|ish|i)$/.test(name) &&
      [
        name.replace(/n$/, ''),
        name.replace(/an$/, ''),
        name.replace(/ian$/, 'ia'),
        name.replace(/ian$/, 'y'),
        name.replace(/ese$/, ''),
        name.replace(/i$/, ''),
      ].some((stem) => PLACES.has(stem))
    )
      continue;
    unresolved.push({ block, group: { ...group, start, words }, text });
  }

  // Names nothing classifies by itself: weigh what surrounds every occurrence of each.
  const votes = new Map<string, { person: number; place: number; organization: number }>();
  const voteFor = (name: string) => {
    let v = votes.get(name);
    if (!v) votes.set(name, (v = { person: 0, place: 0, organization: 0 }));
    return v;
  };
  for (const { group, text } of unresolved) {
    const name = text.slice(group.start, group.end);
    const words = group.words;
    const v = voteFor(name);
    const after = text.slice(group.end, group.end + 60);
    const before = text.slice(Math.max(0, group.start - 40), group.start);
    const wordBefore = /\b([A-Za-z.-]+)\s$/.exec(before)?.[1] ?? '';
    if (LOWER_ROLES.has(wordBefore.toLowerCase()) && /^[a-z]/.test(wordBefore)) v.person += 3;
    if (/^(?:Mr|Mrs|Ms|Dr|Miss)\.?$/.test(wordBefore)) v.person += 3;
    // "Eng's deputy, Oskar Lind, that …": a role noun and a comma before a name set off an appositive person.
    if (LOWER_ROLES.has(/\b([a-z-]+),\s$/.exec(before)?.[1] ?? '') && words.length >= 2) v.person += 3;
    if (/^By$/.test(wordBefore) && group.start <= 3) v.person += 3;
    if ((isSpeechVerb(wordBefore) || wordBefore === 'according') && words.length >= 2) v.person += 2;
    if (/^,\s\d{1,3},/.test(after)) v.person += 3;
    if (new RegExp(`^,\\s(?:(?:a|an|the)\\s)?(?:[a-z-]+\\s){0,3}?(?:${PERSON_ROLE_NOUNS.join('|')})\\b`).test(after)) v.person += 2;
    if (
      /^,\s(?:a|an|the|who|whose)\s/.test(after) &&
      !/^,\s(?:the|a|an)\s+(?:city|town|village|region|province|state|country|capital|home|site|area)\b/.test(after)
    )
      v.person += 1;
    if (isSpeechVerb(/^\s([a-z]+)\b/.exec(after)?.[1] ?? '') && !/^\s(?:reported|posted|called|calls|dubbed|termed)\b/.test(after))
      v.person += words.length > 1 ? 2 : 1;
    // "Ingrid said": a common first name alone as the subject of a speech verb is a person.
    if (words.length === 1 && isFirstName(name) && isSpeechVerb(/^\s([a-z]+)/.exec(after)?.[1] ?? '')) v.person += 3;
    if (/^\s(?:said|says|announced|reported)\s+in\s+a\s+statement/.test(after)) v.organization += 3;
    if (/^(?:in|at|near|from|across|outside|inside|around|into|through|toward|towards|across|between|over|under|on|along)$/i.test(wordBefore)) v.place += 2;
    if (/^,\s(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|[A-Z]\.[A-Z]\.)(?:,|\s|$)/.test(after) && /^(?:in|at|near|from)$/i.test(wordBefore)) v.place += 1;
    if (/^the$/i.test(wordBefore)) v.organization += 1;
    if (PLACE_HEADS.test(name) && words.length > 1) v.place += 4;
    if (/\b(?:canton|province|region|state|city|town|village|county|district|municipality|island|port|capital|republic)\s+of\s+(?:the\s+)?$/i.test(before))
      v.place += 3;
    if (/^(?:Port|Fort|Mount|Mt\.|Lake|Saint|St\.|San|Santa|Los|Las|New|North|South|East|West|Cape|Glen|Lower|Upper)\s/.test(name)) v.place += 3;
    if (ORG_NAME_HEADS.test(name) && (words.length > 1 || !GENERIC_HEADS.has(name))) v.organization += 4;
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{Ll}\p{M}'’-]+$|^[A-Z]\.$/u.test(w))) v.person += 1;
    // A common first name before a surname, or a name that does something, is a person: "Tomas Lindqvist spoke".
    if (words.length >= 2 && words.length <= 4 && words.every(nameShapedWord) && isFirstName(words[0] ?? '') && !NOT_NAMES.has(words[1] ?? '')) v.person += 2;
    // "Will Kerrigan, NCA director, said": an appositive role after an organisation's acronym.
    if (new RegExp(`^,\\s[A-Z]{2,6}\\s(?:[a-z-]+\\s)?(?:${PERSON_ROLE_NOUNS.join('|')}),`).test(after)) v.person += 2;
    if (
      personShaped(words) &&
      /^\s(?:[a-z]+ed|has|had|was|is|went|spoke|took|gave|made|began|won|lost|ran|sat|stood|met|told|wrote|came|left|led|kept|said|says)\b/.test(after)
    )
      v.person += 1;
  }
  for (const { block, group, text } of unresolved) {
    const name = text.slice(group.start, group.end);
    const words = group.words;
    const surname = surnames.get(name) ?? surnames.get(words.at(-1) ?? '');
    if (surname && (words.length === 1 || surname.name.endsWith(name))) {
      // "de Vries added": a lower-case particle before the surname belongs to it.
      const particle = /\b(?:de|van|von|da|del|der|den|di|du|la|le)\s+$/.exec(text.slice(Math.max(0, group.start - 5), group.start));
      const mentionStart = particle && surname.name.includes(`${particle[0]}${name}`) ? group.start - particle[0].length : group.start;
      add('person', surname.name, block, mentionStart, group.end);
      const written = text.slice(mentionStart, group.end);
      if (written !== surname.name) surname.aliases.add(written);
      continue;
    }
    const short = words.length === 1 ? orgShort.get(name) : undefined;
    if (short) {
      add('organization', short.name, block, group.start, group.end);
      continue;
    }
    const v = votes.get(name) ?? { person: 0, place: 0, organization: 0 };
    const best = (['person', 'place', 'organization'] as const).reduce((a, b) => (v[b] > v[a] ? b : a));
    const needed = best === 'person' && words.length === 1 ? 2 : 2;
    if (v[best] < needed) continue;
    if (best === 'person' && group.sentenceStart && words.length === 1 && v.person < 3) continue;
    add(best, name, block, group.start, group.end);
  }

  // "Kremlin spokesman Dmitry Peskov", "police spokesman Tom Ellis": the role noun before a name is part of its mention.
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const text = texts[mention.block] ?? '';
      const preceding = text.slice(Math.max(0, mention.start - 60), mention.start);
      // Up to two lower-case words qualify the role ("coast guard officer"); a determiner, preposition or speech
      // verb before them is not part of it ("says economist Ama Boateng", "to the police spokesman …").
      const before = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})((?:[a-z]+\s+){0,2}([a-z-]+))\s+$/u.exec(preceding);
      const role = before?.[3];
      if (!before || !role || !LOWER_ROLES.has(role)) continue;
      const roleWords = (before[2] ?? '').trim().split(/\s+/);
      let cutWords = 0;
      while (
        cutWords < roleWords.length - 1 &&
        (/^(?:the|a|an|and|or|of|with|by|to|his|her|their|its)$/.test(roleWords[cutWords] ?? '') || isSpeechVerb(roleWords[cutWords] ?? ''))
      )
        cutWords++;
      // "Blogger and activist X", "spoke with spokesman X": after a conjunction or preposition the role is not the name's title.
      if (cutWords > 0 && /^(?:and|or)$/.test(roleWords[cutWords - 1] ?? '')) continue;
      const roleText = roleWords.slice(cutWords).join(' ');
      const qualifier = cutWords > 0 ? '' : (before[1] ?? '').trim();
      const roleAt = preceding.lastIndexOf(roleText);
      if (roleAt < 0) continue;
      const newStart = mention.start - preceding.length + (qualifier ? preceding.length - before[0].length : roleAt);
      for (const other of entities.values()) {
        other.mentions = other.mentions.filter((m) => m.block !== mention.block || m.end <= newStart || m.start >= mention.start || other === entity);
      }
      byMention.delete(mentionKey(mention.block, mention.start));
      mention.start = newStart;
      byMention.set(mentionKey(mention.block, mention.start), entity);
      entity.role ??= `${qualifier ? `${qualifier} ` : ''}${roleText}`;
      entity.roleWords.add(role);
    }
  }
  // "Sgt. Tom Ellis, a police spokesman": the role after a name is theirs too.
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const after = /^,\s(?:(?:a|an|the)\s)?((?:[\p{L}-]+\s){0,3}?([a-z-]+))(?=[,.;]|\s(?:at|of|for|with|in|who)\b)/u.exec(
        (texts[mention.block] ?? '').slice(mention.end, mention.end + 80),
      );
      if (after?.[2] && LOWER_ROLES.has(after[2])) {
        entity.roleWords.add(after[2]);
        entity.role ??= after[1] ?? after[2];
      }
    }
  }
  mergeShortForms(entities, byMention);
  const kept = new Set<string>();
  for (const entity of entities.values()) for (const m of entity.mentions) kept.add(mentionKey(m.block, m.start));
  for (const key of [...byMention.keys()]) if (!kept.has(key)) byMention.delete(key);

  for (const entity of entities.values()) {
    const alias = acronymAliases.get(entity.name);
    if (alias) entity.aliases.add(alias);
    for (const [acronym, full] of ACRONYM_NAMES) if (full === entity.name && entity.aliases.has(acronym)) entity.aliases.add(acronym);
  }
  return { entities: [...entities.values()].filter((e) => e.mentions.length > 0), byMention };
}

export { COUNTRY_BY_ADJECTIVE };

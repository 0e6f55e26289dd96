import { COUNTRIES, KNOWN_ORGS, ORG_HEADS, OTHER_PLACES, TITLES, PERSON_ROLE_NOUNS } from './lexicon';

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
for (const [country, adjectives] of COUNTRIES) for (const adjective of adjectives) if (!COUNTRY_BY_ADJECTIVE.has(adjective)) COUNTRY_BY_ADJECTIVE.set(adjective, country);
const PLACES = new Set<string>([...COUNTRY_BY_NAME.keys(), ...OTHER_PLACES, 'U.S.', 'US', 'USA', 'U.S.A.', 'UK', 'U.K.', 'Britain']);
const PLACE_ALIASES = new Map([['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'], ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom']]);
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/\s+/)));
const LOWER_ROLES = new Set(PERSON_ROLE_NOUNS);

/** Capitalised words that never start a name: function words, days, months. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'This', 'That',
  'These', 'Those', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After', 'Before', 'As', 'At', 'In', 'On', 'Of', 'For',
  'From', 'To', 'With', 'By', 'About', 'Over', 'Under', 'Since', 'Until', 'Although', 'Though', 'Because', 'However', 'Meanwhile',
  'Still', 'Also', 'Then', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Some', 'Many', 'Most', 'All', 'Both',
  'Each', 'Every', 'No', 'Not', 'Yes', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'First',
  'Second', 'Third', 'Last', 'Next', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.',
  'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Turning', 'According', 'Despite', 'During', 'Following', 'Asked',
  'Speaking', 'Writing', 'Like', 'Unlike', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'Once', 'Even', 'Just',
  'Such', 'Other', 'Another', 'Any', 'Few', 'More', 'Less', 'Only', 'Our', 'Photo', 'Cover', 'Reporting', 'Editing', 'Additional',
  'Updated', 'Read', 'Share', 'Advertisement', 'Download', 'Search', 'Trends', 'Thanks', 'Please', 'Let', 'Do', 'Does', 'Did',
  'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Must', 'May', 'Might', 'Shall', 'Has', 'Have', 'Had',
  'Every', 'Instead', 'Indeed', 'Overall', 'Together', 'Again', 'Never', 'Always', 'Perhaps', 'Maybe', 'Well', 'Oh', 'OK', 'Okay',
  'Christmas', 'Easter', 'Ramadan', 'Covid', 'COVID', 'COVID-19', 'Internet', 'God', 'Year', 'Day', 'Week', 'Month', 'R', 'L',
  'AM', 'PM', 'ET', 'GMT', 'UTC', 'CEO', 'CFO', 'Ph.D.', 'PhD', 'Jr.', 'Sr.', 'III', 'II',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'du', 'la', 'le', 'y', '&']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;

function tokenize(text: string): Array<Token> {
  const tokens: Array<Token> = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    word = word.replace(/['’]s$/, '').replace(/['’]$/, '');
    if (word.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Sgt|Lt|Col|Capt|Prof|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K)\.$/.test(word)) word = word.replace(/\.+$/, '');
    if (word.length > 0) tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);
const isAcronym = (word: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&-]{1,7}$/.test(word);

/** Whether a token begins a sentence (or a quotation), where every word is capitalised anyway. */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?]["'”’)]?\s+|["“‘(]\s*|:\s+)$/.test(before);
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
      if (isCapitalised(next.text) && !/['’]s$/.test(text.slice(end - 2, end + 1))) {
        if (/['’]/.test(text.slice(end, end + 1))) break;
        words.push(next.text);
        end = next.end;
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (CONNECTORS.has(next.text) && after && isCapitalised(after.text) && text.slice(next.end, after.start) === ' ' && !['and', '&'].includes(next.text)) {
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

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entity'
  );
}

function classify(name: string, words: ReadonlyArray<string>): EntityType | null {
  if (PLACES.has(name)) return 'place';
  if (KNOWN_ORGS.has(name)) return 'organization';
  const last = words[words.length - 1] ?? '';
  const firstWord = words[0] ?? '';
  if (ORG_HEADS.has(last) || ORG_HEADS.has(firstWord)) return 'organization';
  if (words.length === 1 && isAcronym(name)) return 'organization';
  if (/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New|Greater)\s/.test(name) && words.length <= 3) {
    return PLACES.has(words.slice(1).join(' ')) || /\b(?:Korea|Africa|America|Asia|Europe|Sudan|Macedonia|Carolina|Dakota|Zealand|York|Jersey|Mexico|Wales)\b/.test(name) ? 'place' : null;
  }
  return null;
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

  const add = (type: EntityType, name: string, block: number, start: number, end: number, role: string | null = null, roleWords: ReadonlyArray<string> = []) => {
    const canonical = type === 'place' ? (PLACE_ALIASES.get(name) ?? name) : name;
    const key = `${type}:${canonical}`;
    let entity = entities.get(key) ?? (type === 'person' ? surnames.get(canonical.split(' ').at(-1) ?? '') : undefined);
    if (!entity) {
      entity = { key: slug(canonical), type, name: canonical, role, aliases: new Set(), mentions: [], roleWords: new Set() };
      entities.set(key, entity);
    }
    if (type === 'person' && canonical.includes(' ') && entity.name.split(' ').length < canonical.split(' ').length) {
      entity.aliases.add(entity.name);
      entity.name = canonical;
      entity.key = slug(canonical);
    } else if (canonical !== entity.name) entity.aliases.add(canonical);
    if (role && !entity.role) entity.role = role;
    for (const word of roleWords) entity.roleWords.add(word.toLowerCase());
    if (type === 'person') surnames.set(canonical.split(' ').at(-1) ?? canonical, entity);
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
    while (words.length > 0 && NOT_NAMES.has(words[0] ?? '')) {
      const dropped = words.shift() ?? '';
      start = text.indexOf(words[0] ?? '', start + dropped.length);
      if (start < 0) break;
    }
    if (words.length === 0 || start < 0) continue;
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

    // Titles and nationality before a name: "Russian President Vladimir Putin", "President Putin".
    let country: string | null = null;
    const titleWords: Array<string> = [];
    let k = 0;
    if (COUNTRY_BY_ADJECTIVE.has(words[0] ?? '') && TITLE_WORDS.has(words[1] ?? '')) {
      country = COUNTRY_BY_ADJECTIVE.get(words[0] ?? '') ?? null;
      k = 1;
    }
    while (k < words.length - 1 && (TITLE_WORDS.has(words[k] ?? '') || (titleWords.length > 0 && CONNECTORS.has(words[k] ?? '')))) titleWords.push(words[k++] ?? '');
    if (titleWords.length > 0) {
      const personWords = words.slice(k);
      const personName = personWords.join(' ');
      if (personWords.length > 0 && !classify(personName, personWords) && !PLACES.has(personName)) {
        const title = titleWords.join(' ').replace(/\.$/, '');
        const role = country ? `${title} of ${country}` : /^(Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Prof)\.?$/.test(title) ? null : title;
        add('person', personName, block, start, group.end, role, [...titleWords, ...(country ? [words[0] ?? ''] : [])]);
        continue;
      }
    }
    const type = classify(name, words);
    if (type) {
      add(type, name, block, start, group.end);
      continue;
    }
    if (COUNTRY_BY_ADJECTIVE.has(name) || TITLE_WORDS.has(name) || NOT_NAMES.has(name)) continue;
    unresolved.push({ block, group: { ...group, start, words }, text });
  }

  for (const { block, group, text } of unresolved) {
    const name = text.slice(group.start, group.end);
    const words = group.words;
    const surname = surnames.get(name) ?? surnames.get(words.at(-1) ?? '');
    if (surname && (words.length === 1 || surname.name.endsWith(name))) {
      add('person', surname.name, block, group.start, group.end);
      continue;
    }
    const after = text.slice(group.end, group.end + 40);
    const before = text.slice(Math.max(0, group.start - 40), group.start);
    const roleBefore = /\b([a-z-]+)\s$/.exec(before)?.[1] ?? '';
    const personish =
      (words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{Ll}\p{M}'’-]+$|^[A-Z]\.$/u.test(w))) ||
      LOWER_ROLES.has(roleBefore) ||
      /^,\s\d{1,3},/.test(after) ||
      /^\s(?:said|says|told|added|noted|asked|explained|wrote|recalled)\b/.test(after);
    if (personish && !(group.sentenceStart && words.length === 1 && !/^\s(?:said|says|told|added)\b/.test(after))) {
      add('person', name, block, group.start, group.end);
    }
  }

  return { entities: [...entities.values()], byMention };
}

export { COUNTRY_BY_ADJECTIVE };

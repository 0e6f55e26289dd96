import { isFirstName } from '../lexicon/firstNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_NAME_HEADS, PLACE_HEADS } from './lookups';
import { personShaped } from './names';
import { surnameListedWithPerson } from './listedSurnames';
import { inPictureRoster } from './pictureRoster';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';
import { mentionKey, type FoundEntity } from './types';

/** A capitalised name of two to four words ending right before a list's comma or "and": "Bill Nye, ", "Steven Monjenza and ". */
const NAME_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:,\s+(?:and\s+)?|\s+and\s+)$/u;
/** A list's comma or "and", then the next name's first letter: ", Bella Thorne", " and Bella Thorne". */
const NAME_AFTER = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u;

/**
 * "Terrence J, Mary Lambert, Bill Nye, Roselyn Sánchez, and Bella Thorne", "Steven Monjenza and Towonge Chimbalanga":
 * a name nothing else settled, written like a person's and listed next to a person, is a person too (a list joins
 * like with like). Whether the run of a block is such a name. `listed`: the people this rule settled already, who count
 * as neighbours too, so that a list goes on from its one plain name ("April Hargrave, Phillippia Simmons, DeAnna
 * Whitehead, Tishawn Webb", a NASA page's list of a team).
 */
export function listedWithPerson(registry: EntityRegistry, { block, group, text }: RunInBlock, listed: ReadonlySet<FoundEntity> = new Set()): boolean {
  const name = group.words.join(' ');
  const head = group.words.at(-1) ?? '';
  if (
    !personShaped(group.words) ||
    group.words.some((w) => ORG_HEADS.has(w)) ||
    PLACE_HEADS.test(name) ||
    ORG_NAME_HEADS.test(name) ||
    NON_PERSON_HEADS.has(head)
  )
    return false;
  // "Amber Imai-Hong, Mahina Aerospace": a name followed by its company's suffix, or by a place, is the company's.
  if (/^,\s+(?:Inc|LLC|Ltd|Corp)\b/.test(text.slice(group.end, group.end + 8))) return false;
  // A caption's roster of the people pictured lists people, whether or not a neighbour is known for one.
  if (group.words.length >= 2 && inPictureRoster(text, group.start)) return true;
  // The neighbour must be plainly a person's name, opening with a common first name: a list of capitalised phrases
  // ("Lyme Innovation, Open Data, Data’s Choice") spreads a wrong guess otherwise.
  const isPerson = (start: number) => {
    const entity = registry.byMention.get(mentionKey(block, start));
    return (
      entity?.type === 'person' &&
      ((isFirstName(entity.name.split(' ')[0] ?? '') && entity.name.includes(' ')) || listed.has(entity) || settledAsPerson(entity))
    );
  };
  // A list, not an appositive ("the inventor of the World Wide Web, Tim Berners-Lee"; "Amber Imai-Hong, Mahina
  // Aerospace"): a comma joins the two names only where the list goes on past the run, or began before it.
  const goesOn = /^(?:,\s+|\s+and\s+)\p{Lu}/u.test(text.slice(group.end, group.end + 8));
  const opens = /(?:,|:|[–—]|\band)\s+$/.test(text.slice(Math.max(0, group.start - 6), group.start));
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, group.start - 80), group.start));
  if (before && isPerson(group.start - before[0].length) && (/and\s+$/.test(before[0]) || goesOn)) return true;
  const after = NAME_AFTER.exec(text.slice(group.end, group.end + 10));
  if (after === null || !isPerson(group.end + after[0].length)) return false;
  // "Oprah Winfrey, Whoopi Goldberg, Kevin Feige": a list's first name, where the list goes on past the person after it.
  return /and\s+$/.test(after[0]) || opens || LIST_GOES_ON.test(text.slice(group.end + after[0].length, group.end + after[0].length + 80));
}

/** A name of two to four words, then a list's comma and the next name's first letter: "Whoopi Goldberg, Kevin". */
const LIST_GOES_ON = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+(?:and\s+)?\p{Lu}/u;

/**
 * "Oprah Winfrey, Whoopi Goldberg, Kevin Feige, Bob Iger": the runs left unsettled that a list joins to a person settled
 * after them, read again until no more is settled; each settled so joins `listed`. "Navalny and Udaltsov": so do lone
 * surnames listed with a person called by the surname (`listedSurnames.ts`). `texts` are every block's text.
 */
export function settleListed(registry: EntityRegistry, left: ReadonlyArray<RunInBlock>, listed: Set<FoundEntity>, texts: ReadonlyArray<string>): void {
  let runs = left;
  for (let before = -1; runs.length !== before;) {
    before = runs.length;
    runs = runs.filter((run) => {
      if (!listedWithPerson(registry, run, listed) && !surnameListedWithPerson(registry, run, texts, listed)) return true;
      const { block, group, text } = run;
      listed.add(registry.add('person', text.slice(group.start, group.end), block, group.start, group.end));
      return false;
    });
  }
}

/**
 * Whether a person found before the lists are read is plainly one by more than the shape of their name, so that a list
 * may join like with like from them though their name opens with no given name the lists know: a full name the article
 * goes on to call by its surname alone, as AP and Wikinews style does ("bail was posted by Artsvik Minasyan and Hrayr
 * Karapetyan" before "Minasyan", Global Voices, Armenia, May 2012), or a lone surname found under its title ("President
 * Kibaki and Raila Odinga", wikinews-bush-starts-africa-trip-benin-2008-02-16). A full name's role is no such evidence:
 * "Bangladeshi Road Transport and Bridges Minister Obaidul Quader" would make "Road Transport" a person.
 */
function settledAsPerson(entity: FoundEntity): boolean {
  const words = entity.name.split(' ');
  return words.length === 1 ? entity.role !== null : entity.aliases.has(words.at(-1) ?? '');
}

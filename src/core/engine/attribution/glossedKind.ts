import type { FoundEntity } from '../entities/types';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PUBLIC_BODY_HEADS } from '../lexicon/publicBodyHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import { namesOtherKind } from './orgKinds';
import type { Referent } from './types';

/** The other nouns news style uses for the same kind in a second reference: "The British newspaper …" then "The paper …". */
const SAME_KIND: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ['paper', ['newspaper']],
  ['newspaper', ['paper']],
  ['site', ['website']],
  ['website', ['site']],
]);

/**
 * Nouns a place's own body goes by ("the government", "the city"), which `describedOrganizations.ts` and
 * `cityNamedBefore.ts` read by the place, and "the campaign", a candidate's: never a body glossed before by the noun
 * used as an adjective.
 */
const OWNED_BY_PLACE: ReadonlySet<string> = new Set(['government', 'administration', 'campaign', 'city', 'county', 'state']);

/** Words that make a noun before them no head of an appositive: "a member of the group" is no group. */
const NOT_IN_HEAD = '(?!(?:of|for|to|with|from|at|in|on|by|and|or|that|who|which)\\s)';

/** How far (UTF-16 code units) after a name an appositive glossing it is read. */
const GLOSS_REACH = 80;

/** A capitalised run of up to five words, an organisation's name as the text writes it after its kind noun. */
const NAME_RUN = String.raw`(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})`;

/** An auxiliary or adverb that may follow a name as its clause's subject: "Irish budget airline Ryanair have dismissed …". */
const AFTER_SUBJECT = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|also|later|then|now|still|first)$/;

/**
 * Whether the words after a name glossed by its kind leave the name a noun phrase's head: a mark, the text's end, an
 * auxiliary, or a verb of speech or in the past ("The British newspaper Sunday Telegraph has reported"). Not a noun the
 * name qualifies ("an official government Twitter account", wikinews-samoa-measles-vaccination-shutdown-2019-12-07:
 * "government" is no gloss of Twitter).
 */
function endsPhrase(after: string): boolean {
  const next = /^\s*(?:[,.;:()[\]—–"“”]|$)|^\s+(\p{Ll}+)/u.exec(after);
  const word = next?.[1];
  return next !== null && (word === undefined || AFTER_SUBJECT.test(word) || isSpeechVerb(word) || /\p{L}ed$/u.test(word));
}

/** A mention of an organisation, or a place where the text calls one by its kind. */
interface Seen {
  entity: FoundEntity;
  start: number;
  end: number;
  glossed: boolean;
}

/**
 * The organisations the text calls by a kind in `nouns` (an alternation, lower case) in `text` before offset `stop`: the
 * noun right before the name ("Irish budget airline Ryanair", "The British newspaper Sunday Telegraph"), where the name
 * run is one of `organizations` or opens with it (the name pass may take such a name into no mention), or heading an
 * appositive right after a mention ("Fars News Agency (FNA), an Iranian news agency,"). With the block's mentions, in
 * the order the text has them.
 */
function seenIn(
  nouns: string,
  text: string,
  stop: number,
  mentions: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>,
  organizations: ReadonlyArray<FoundEntity>,
): Array<Seen> {
  const seen: Array<Seen> = [];
  // Case-sensitive, for the name's capitals; the noun may open a sentence.
  const capitalised = nouns.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => `${bar}[${first}${first.toUpperCase()}]`);
  for (const found of text.slice(0, stop).matchAll(new RegExp(`(?:^|[^\\p{L}-])(?:${capitalised})\\s+(?:the\\s+)?${NAME_RUN}`, 'gu'))) {
    const run = found[1] ?? '';
    const entity = organizations.find((e) => [e.name, ...e.aliases].some((name) => run === name || run.startsWith(`${name} `)));
    const start = found.index + found[0].length - run.length;
    if (entity && endsPhrase(text.slice(start + run.length, start + run.length + 30))) seen.push({ entity, start, end: start + run.length, glossed: true });
  }
  const after = new RegExp(`^(?:\\s*\\([^()]{1,20}\\))?,\\s+(?:a|an|the)\\s+(?:${NOT_IN_HEAD}[\\p{L}-]+\\s+){0,3}?(?:${nouns})(?=\\s*[,.;:)—–]|$)`, 'iu');
  for (const m of mentions)
    if (m.start < stop && m.entity.type === 'organization')
      seen.push({ entity: m.entity, start: m.start, end: m.end, glossed: after.test(text.slice(m.end, m.end + GLOSS_REACH)) });
  return seen.sort((a, b) => a.start - b.start);
}

/**
 * Whether an organisation's name tells it is of another kind than a non-public noun can mean: a public body's head word
 * ("Pentagon", "Spanish Air Authority"), for "the newspaper" said after "the Sunday Telegraph claimed that strategists
 * at the Pentagon are …".
 */
function plainlyOtherKind(entity: FoundEntity): boolean {
  return ORG_ROLE_NOUNS.includes(entity.name.toLowerCase()) || entity.name.split(/\s+/).some((word) => PUBLIC_BODY_HEADS.has(word));
}

/**
 * "Irish budget airline Ryanair have dismissed pilot John Goss … in a report the airline dismissed as "manifestly
 * inaccurate and factually untrue"" (wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15), "The British
 * newspaper Sunday Telegraph has reported on alleged plans … The paper has also reported that …"
 * (wikinews-newspaper-alleges-us-plans-attack-iran-2006-02-12): a definite kind noun (`head`, lower case) that speaks is
 * the one organisation the text called by that kind where it named it, as news style glosses a name by its kind at first
 * reference and uses the kind alone after (AP Stylebook, "second reference"; the session 58 development half). Read only
 * where the other readings of the noun found no one (`bodyOfRole.ts`), for the text before offset `at` of block `block`
 * (`texts`, the blocks), among the article's `entities`. Null when no organisation or several were so glossed, and when an organisation not plainly of
 * another kind is named between the glossed one's last mention and the noun: the noun might mean that one.
 */
export function glossedKind(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
  entities: ReadonlyArray<FoundEntity>,
): Referent | null {
  if (OWNED_BY_PLACE.has(head)) return null;
  const nouns = [head, ...(SAME_KIND.get(head) ?? [])].join('|');
  const organizations = entities.filter((e) => e.type === 'organization');
  let glossed: FoundEntity | null = null;
  let last: Referent | null = null;
  let between: Array<FoundEntity> = [];
  for (let b = 0; b <= block && b < texts.length; b++) {
    const text = texts[b] ?? '';
    for (const seen of seenIn(nouns, text, b === block ? at : text.length, mentions.inBlock(b), organizations)) {
      if (seen.glossed && glossed && glossed !== seen.entity) return null;
      if (seen.glossed) glossed = seen.entity;
      if (glossed && seen.entity === glossed) {
        last = { entity: glossed, at: { block: b, start: seen.start, end: seen.end } };
        between = [];
      } else between.push(seen.entity);
    }
  }
  const publicKind = PUBLIC_BODY_HEADS.has(head.charAt(0).toUpperCase() + head.slice(1));
  // "RPG is not recognised by the airline …. The airline says RPG only conducted their survey …": a pilots' group is no
  // airline (`orgKinds.ts`), so naming it in between leaves the noun to the airline.
  return last && between.every((entity) => namesOtherKind(head, entity) || (!publicKind && plainlyOtherKind(entity))) ? last : null;
}

import { splitSentences } from '../../sentences';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { LOWER_ROLES } from './lookups';
import type { EntityRegistry } from './registry';
import { mentionKey, type FoundEntity, type FoundMention } from './types';

/**
 * Where a role noun before a person's mention begins, and the role: "Kremlin spokesman Dmitry Peskov" gives the
 * offset of "Kremlin" (UTF-16 code units in the block's text), the role "spokesman" and the role noun; null when none.
 */
function roleBefore(text: string, mention: FoundMention): { newStart: number; roleText: string; qualifier: string; role: string } | null {
  const stretch = text.slice(Math.max(0, mention.start - 60), mention.start);
  // "… on Twitter under the hashtag #PalHunger. Palestinian blogger and activist Linah Al Saafin confirmed"
  // (gv-palestine-prisoners-hunger-strike-agreement-2012-05-21): the role and its qualifiers stay in the name's sentence.
  const preceding = stretch.slice(splitSentences(stretch).at(-1)?.start ?? 0);
  // Up to two lower-case words qualify the role ("coast guard officer"); a determiner, preposition or speech
  // verb before them is not part of it ("says economist Ama Boateng", "to the police spokesman …"), nor is a relative
  // pronoun ("Dilma Rousseff, who present president Luiz Inacio Lula da Silva wishes to succeed him", wikinews-brazilian-
  // footballer-ex-policeman-arrested-barbaric-murder-2010-07-11: his role is "present president").
  const before = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})((?:[a-z]+\s+){0,2}([a-z-]+))\s+$/u.exec(preceding);
  const role = before?.[3];
  if (!before || !role || !LOWER_ROLES.has(role)) return null;
  const roleWords = (before[2] ?? '').trim().split(/\s+/);
  let cutWords = 0;
  while (
    cutWords < roleWords.length - 1 &&
    (/^(?:the|a|an|and|or|of|with|by|to|his|her|their|its|according|who|whom|whose|which|that)$/.test(roleWords[cutWords] ?? '') ||
      isSpeechVerb(roleWords[cutWords] ?? ''))
  )
    cutWords++;
  // "Blogger and activist X", "spoke with spokesman X": after a conjunction or preposition the role is not the name's title.
  if (cutWords > 0 && /^(?:and|or)$/.test(roleWords[cutWords - 1] ?? '')) return null;
  const roleText = roleWords.slice(cutWords).join(' ');
  // "Commented Tsvangirai spokesman Nelson Chamisa: “…”" (voa-zimbabwe-mutambara-undoes-opposition-unification-2007-07-30):
  // a speech verb opening the sentence before its inverted subject is capitalised, but qualifies no role.
  const fronted = /^(?:\p{Lu}\p{Ll}+ed|Said|Says|Wrote)\s+/u.exec(before[1] ?? '');
  const verbFirst = fronted !== null && isSpeechVerb(fronted[0].trim().toLowerCase()) ? fronted[0].length : 0;
  const qualifier = cutWords > 0 ? '' : (before[1] ?? '').slice(verbFirst).trim();
  const roleAt = preceding.lastIndexOf(roleText);
  if (roleAt < 0) return null;
  const newStart = mention.start - preceding.length + (qualifier ? preceding.length - before[0].length + verbFirst : roleAt);
  return { newStart, roleText, qualifier, role };
}

/**
 * "Kremlin spokesman Dmitry Peskov", "police spokesman Tom Ellis": the role noun before a person's name is part of
 * its mention, which then starts at the role (other entities' mentions it overlaps are dropped), and the person's role.
 * `texts` are the blocks' texts.
 */
export function addRolesBeforeNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const { entities, byMention } = registry;
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const found = roleBefore(texts[mention.block] ?? '', mention);
      if (!found) continue;
      const { newStart, roleText, qualifier, role } = found;
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
}

/**
 * "Sgt. Tom Ellis, a police spokesman", "Gáspár Maróth, the Hungarian Government commissioner responsible for defence"
 * (wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07): the role after a person's name is theirs
 * too, up to what it is held at or responsible for; so is one that a possessive sets before the name with a comma
 * ("Jakarta's Governor, Fauzi Bowo", "the company's chief executive, Dana Lutz").
 * `texts` are the blocks' texts.
 */
export function addRolesAfterNames(entities: Iterable<FoundEntity>, texts: ReadonlyArray<string>): void {
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const titled = /(?:['’]s)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+),\s+$/u.exec((texts[mention.block] ?? '').slice(Math.max(0, mention.start - 50), mention.start));
      const title = titled?.[1]?.toLowerCase();
      if (title && LOWER_ROLES.has(title)) entity.roleWords.add(title);
      const after = /^,\s(?:(?:a|an|the)\s)?((?:[\p{L}-]+\s){0,3}?([a-z-]+|\p{Lu}[a-z-]+))(?=[,.;]|\s(?:at|of|for|with|in|from|who|responsible\s+for)\b)/u.exec(
        (texts[mention.block] ?? '').slice(mention.end, mention.end + 80),
      );
      const head = after?.[2]?.toLowerCase();
      if (head && LOWER_ROLES.has(head)) {
        entity.roleWords.add(head);
        entity.role ??= after?.[1] ?? head;
      }
    }
  }
}

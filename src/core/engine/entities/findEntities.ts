import { dropArticleLedNames } from './articleLedNames';
import { joinBirthNames } from './birthNames';
import { joinPeerageNames } from './peerageNames';
import { addCitedAuthors } from './citedAuthors';
import { addCoupleNames } from './coupleNames';
import { dropCommonNounPhrases } from './commonPhrases';
import { dropCommonWordNames } from './commonWordNames';
import { dropCommonWordOpenings } from './commonWordOpenings';
import { dropCreditedNames } from './credits';
import { splitCreditGluedNames } from './creditGluedNames';
import { dropFictionalCharacters } from './fictionalCharacters';
import { addNamesInSpeechCues } from './cueNames';
import { addLoneSpeakerNames } from './loneSpeakerNames';
import { addSpeakingBodies } from './speakingBodies';
import { classifyRuns } from './firstPass';
import { addMiscasedMentions } from './miscasedNames';
import { dropHeadingOnlyGuesses } from './headlineGuesses';
import { joinInitialsLabels } from './initialsLabels';
import { dropHeadlineCommonWords } from './headlineCommonWords';
import { ACRONYM_NAMES } from './lookups';
import { slugify } from '../../slug';
import { dropHeadEndedNames } from './headEndedNames';
import { addKinSurnames } from './kinSurnames';
import { addCommaSuffixes } from './commaSuffixes';
import { joinAcronymSpelledNames } from './commaJoinedNames';
import { stripKindAcronyms } from './leadingKindAcronym';
import { stripLeadingQualifiers } from './leadingQualifiers';
import { joinSubtitledNames } from './subtitledNames';
import { nameGroups } from './nameGroups';
import { dropNamedThings } from './namedThings';
import { dropModelDesignations } from './modelDesignations';
import { dropMoneyAmounts } from './moneyAmounts';
import { honorificsFit, joinMisspeltSurnames } from './misspeltSurnames';
import { movePlaceSurnames } from './placeSurnames';
import { dropPluralNames } from './pluralNames';
import { joinPlaceQualifiedBodies } from './placeQualifiedBodies';
import { joinInitialledDoubleSurnames } from './initialledDoubleSurnames';
import { addHandleGlossedPeople } from './handleGlossedNames';
import { addHandlePeople } from './handleNames';
import { addIndefiniteRoleAppositives } from './indefiniteRoleAppositive';
import { joinSlashedNames } from './slashedNames';
import { addNicknamedPeople } from './quotedNicknames';
import { EntityRegistry } from './registry';
import { addRolesAfterNames, addRolesBeforeNames } from './rolesAroundNames';
import type { RunInBlock } from './runs';
import { mergeShortForms } from './shortForms';
import { mentionKey, type EntityIndex } from './types';
import { dropTitlesTakenAsNames, stripGluedTitles } from './titlesAsNames';
import { stripGluedHonorifics } from './gluedHonorifics';
import { stripTrailingRoleWords } from './trailingRoleWords';
import { resolveUnresolved } from './unresolvedNames';
import { leaveSharedGivenNames } from './sharedGivenNames';

/** Drops from `byMention` every key no entity's mentions still hold. */
function pruneMentions({ entities, byMention }: EntityRegistry): void {
  const kept = new Set<string>();
  for (const entity of entities.values()) for (const m of entity.mentions) kept.add(mentionKey(m.block, m.start));
  for (const key of [...byMention.keys()]) if (!kept.has(key)) byMention.delete(key);
}

/**
 * Gives each organisation the acronyms it was written as. One written in short with a listed acronym ("The U.N.
 * Children's Fund (UNICEF)") takes the list's full name, its own becoming an alias, when both end in the same head noun:
 * the full name is the one other articles use, so a library groups them.
 */
function addAcronymAliases({ entities, acronymAliases }: EntityRegistry): void {
  for (const entity of entities.values()) {
    const alias = acronymAliases.get(entity.name);
    if (alias) entity.aliases.add(alias);
    if (entity.type !== 'organization') continue;
    for (const acronym of entity.aliases) {
      const full = ACRONYM_NAMES.get(acronym);
      if (!full || full === entity.name || full.split(' ').at(-1) !== entity.name.split(' ').at(-1)) continue;
      entity.aliases.add(entity.name);
      entity.aliases.delete(full);
      entity.name = full;
      entity.key = slugify(full, 'entity');
      break;
    }
  }
}

/**
 * Finds the people, places and organisations that a list of blocks names, each with every mention:
 * full names, surnames and titled names merged into one person; acronyms joined to their expansions.
 * `texts` are the blocks' texts, a block's index being its place in the list; mention offsets are UTF-16 code units
 * of that text, [start, end). `headline`: the block that is the article's headline, if any (title case there tells
 * nothing). `credits`: the blocks that are a picture's credit line, whose names are no people. Entities come in the order
 * first found, and only those with a mention left.
 */
export function findEntities(texts: ReadonlyArray<string>, headline: number | null = null, credits: ReadonlySet<number> = new Set()): EntityIndex {
  const registry = new EntityRegistry(texts);
  const runs: Array<RunInBlock> = [];
  // "Austen, Jane. Pride and Prejudice": an author a reading list names surname first is settled before the runs.
  const cited = addCitedAuthors(registry, texts);
  texts.forEach((text, block) => {
    for (const group of joinAcronymSpelledNames(text, splitCreditGluedNames(text, nameGroups(text))))
      if (!cited.some((s) => s.block === block && group.start < s.end && group.end > s.start)) runs.push({ block, group, text });
  });
  // Two passes: names that classify themselves first, so that a lone surname can find its person.
  const named = addNicknamedPeople(registry, texts, runs);
  const unresolved = addCoupleNames(registry, classifyRuns(registry, named, texts), named);
  // "Aguil Lual (@AguilB) called on …" before "Aguil also called for …": a name its handle glosses is a person's before
  // the lone words are settled.
  addHandleGlossedPeople(registry, texts);
  resolveUnresolved(registry, unresolved, texts);
  movePlaceSurnames(registry, texts);
  addNamesInSpeechCues(registry, texts);
  addLoneSpeakerNames(registry, texts);
  addSpeakingBodies(registry, texts);
  addRolesBeforeNames(registry, texts);
  addRolesAfterNames(registry.entities.values(), texts);
  mergeShortForms(
    registry.entities,
    registry.byMention,
    (person) => registry.isToldApart(person),
    (short, full) => honorificsFit(short, full, texts),
  );
  joinInitialsLabels(registry, texts);
  dropHeadingOnlyGuesses(registry, texts, headline);
  dropHeadlineCommonWords(registry, texts, headline);
  dropCreditedNames(registry, texts, credits);
  dropTitlesTakenAsNames(registry);
  stripGluedTitles(registry, texts);
  stripGluedHonorifics(registry);
  stripTrailingRoleWords(registry, texts);
  dropCommonNounPhrases(registry);
  dropHeadEndedNames(registry);
  stripLeadingQualifiers(registry);
  stripKindAcronyms(registry);
  dropCommonWordNames(registry, texts);
  dropCommonWordOpenings(registry, texts);
  dropPluralNames(registry, texts);
  dropArticleLedNames(registry, texts);
  dropNamedThings(registry, texts);
  dropModelDesignations(registry);
  dropMoneyAmounts(registry, texts);
  dropFictionalCharacters(registry, texts);
  joinBirthNames(registry, texts);
  joinPeerageNames(registry, texts);
  joinSubtitledNames(registry, texts);
  addMiscasedMentions(registry, texts);
  joinMisspeltSurnames(registry, texts);
  joinPlaceQualifiedBodies(registry);
  joinInitialledDoubleSurnames(registry);
  addHandlePeople(registry, texts);
  addIndefiniteRoleAppositives(registry, texts);
  joinSlashedNames(registry, texts);
  leaveSharedGivenNames(registry, texts);
  pruneMentions(registry);
  addAcronymAliases(registry);
  addKinSurnames(registry, texts);
  addCommaSuffixes(registry, texts);
  const { entities, byMention, leftToNoOne } = registry;
  return { entities: [...entities.values()].filter((e) => e.mentions.length > 0), byMention, leftToNoOne };
}

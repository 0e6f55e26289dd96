import type { FoundEntity } from '../entities/types';
import { CIVIC_BODY_KINDS } from '../lexicon/civicBodyKinds';
import { GENERIC_ORG_NOUNS } from '../lexicon/genericOrgNouns';
import type { Discourse } from './coreference';
import { introducedSince, shadowedAgent } from './indefiniteShadow';
import { introducedByNoun } from './introducedByNoun';
import type { MentionIndex } from './mentions';
import { bringsInKind, namesOtherKind, otherKindOpening, unfitBody } from './orgKinds';
import { unknownOpeningWord } from './unnamedOpening';
import { ownedByUnknownName } from './unknownPossessor';
import type { Referent, SentenceInfo } from './types';

/** How close (UTF-16 code units, in one block) two organisations of a kind make "the <kind>" ambiguous. */
const RIVAL_REACH = 200;

/**
 * "the ministry", "the company": an organisation of that kind (`head`, lower case) read at offset `at` of block `block`
 * (`texts`, the blocks), the one the text was last about first; null when two of that kind were named close together
 * just before.
 */
export function recentOrganization(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
  discourse: Discourse,
): Referent | null {
  // "Another group, Falungong, … according to the group": a body its paragraph brought in by the noun, named or not.
  const introduced = CIVIC_BODY_KINDS.has(head) ? introducedByNoun(head, { block, at, texts }, mentions) : undefined;
  if (introduced !== undefined) return introduced;
  // "The airline said …" after "the British Airline Pilots Association (BALPA) said": a word of a name of another kind.
  const named = (e: FoundEntity) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head) && !namesOtherKind(head, e);
  const byName = mentions.latest(named, block, at);
  // "… Department of Defense and Department of State employees, …, and staff at the Department of Energy. … the
  // Department announced": when the text has just named several organisations of that kind, the noun picks none.
  const rival = byName && mentions.latest((e) => named(e) && e !== byName.entity, byName.at.block, byName.at.start);
  if (byName && rival && rival.at.block === byName.at.block && byName.at.start - rival.at.end < RIVAL_REACH) return null;
  if (byName) return introducedSince(head, byName.at, { block, at }, texts) || shadowedAgent(head, byName.entity, { block, at }, texts) ? null : byName;
  // "The government said …" after a UN agency's sentence is the country's government, not the agency: a government is
  // no organisation of whatever kind the text was last about, and only one named a government is read for it.
  // "The campaign called the statement …" after "Biden's 2008 US Senate opponent": a campaign is a candidate's, never
  // the body the text last named (observed on fresh Wikinews pages, which gave two to the US Senate and the White House).
  if (!GENERIC_ORG_NOUNS.has(head) || head === 'government' || head === 'campaign') return null;
  // The one organisation of the noun's kind a sentence about no one names, should the body the text was about be of
  // another kind ("The Company insists" after a court's order): read only where the noun would otherwise stand for no one.
  let sole: Referent | null = null;
  let other: string | null = null;
  for (let i = discourse.sentences.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const sentence = discourse.sentences[i];
    const focus = sentence?.focus;
    // "The company did not respond …. The agency said …": the body last spoken of as of another kind is not this one.
    other ??= sentence ? otherKindOpening(head, sentence, texts) : null;
    if (sentence && bringsInKind(head, sentence, texts, mentions)) return null;
    if (focus?.entity.type === 'organization') return unfitBody(head, focus, texts, other) ? sole : focus;
    // "Hasbro hosted a panel about their Star Wars products. … the company noted …": the sentence the company was last
    // the subject of opens on a name the name pass left out, so the organisation named after it is not the company.
    if (sentence && !focus && (unknownOpeningWord(sentence, texts, mentions)?.name === true || ownedByUnknownName(sentence, texts, mentions))) return null;
    sole ??= sentence && !focus ? soleOrganization(head, sentence, mentions) : null;
  }
  const latest = mentions.latest((e) => e.type === 'organization', block, at);
  return latest && namesOtherKind(head, latest.entity) ? sole : latest;
}

/**
 * "According to media reports, this is because a film production house, namely Reliance Entertainment, has (once again)
 * obtained a preemptive 'John Doe' order from the Delhi High Court, …. The Company insists that …"
 * (gv-india-vimeo-torrent-sites-blocked-2012-05-14): a sentence about no one in particular that names one organisation
 * "the <head>" may stand for, the others being of another kind (a court is no company, `orgKinds.ts`), brought that one
 * in. Null when it names none or several. `sentence` is one the discourse has read.
 */
function soleOrganization(head: string, sentence: SentenceInfo, mentions: MentionIndex): Referent | null {
  const named = mentions.between(sentence.block, sentence.range.start, sentence.range.end).filter((m) => m.entity.type === 'organization');
  const fitting = named.filter((m) => !namesOtherKind(head, m.entity));
  const only = fitting[0];
  return only && fitting.every((m) => m.entity === only.entity)
    ? { entity: only.entity, at: { block: sentence.block, start: only.start, end: only.end } }
    : null;
}

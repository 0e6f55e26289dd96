import { TWITTER_HANDLE } from '../../../twitterHandle';
import type { FoundEntity } from '../../entities/types';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import type { MentionIndex } from '../mentions';
import type { Located, Subject } from '../types';
import type { ColonCue } from './colonBlock';

/** A handle in parentheses right after a name: "Michalis Chrisochoidis (@chrisochoidis)". Group 1 is the handle. */
const HANDLE_AFTER_NAME = new RegExp(String.raw`\s?\((${TWITTER_HANDLE})\)`, 'g');

/**
 * Verbs by which a lead-in passes on what others posted rather than posts it: "China Media Project has translated some of
 * the immediate responses from Sina Weibo:", "has captured and translated some from the comment thread:".
 */
const RELAYED = /\b(?:translated|captured|compiled|collected|gathered|rounded\s+up|retweeted|reposted|quoted|cited)\b/i;

/**
 * Whether a handle spells some word of an organisation's name ("@Sanasiino" of "Sana2 Al-Yemen"): an account a lead-in's
 * organisation plainly holds, where the nearest organisation to a verb may be only where its person works ("Robert
 * Mackey reporter and editor of the New York Times tweeted:" over "@RobertMackey: …").
 */
function spellsName(handle: string, name: string): boolean {
  const account = handle.slice(1).toLowerCase();
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => word.length >= 4 && account.includes(word.slice(0, 4)));
}

/**
 * Who a post set off by its handle (`@user: …`) is by, when the text says so (docs/annotation-guide.md, "A named person's
 * tweet under a handle": the name first, the handle an alias): the one the text writes the handle after ("Michalis
 * Chrisochoidis (@chrisochoidis)"); else the one an earlier post under that handle was given; else the one the colon
 * cue before the post names by name (`Yasmine Bouchène wrote:` over `@Yaspuppchen: …`,
 * gv-algeria-legislative-elections-low-turnout-2012-05-12), when it does not pass on others' posts, an organisation
 * only when the handle spells its name, no group ("Netizens responded …:"), and one holding no other handle. Null
 * otherwise: the post stays the handle's.
 */
export class PostAuthors {
  private owners: Map<string, FoundEntity> | null = null;
  private readonly earlier = new Map<string, FoundEntity>();

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly mentions: MentionIndex,
  ) {}

  /** The subject of the post whose handle is at `at` (with its `@`), after the colon cue `handedOn` if any. */
  author(at: Located, handedOn: ColonCue | null): Subject | null {
    const handle = (this.texts[at.block] ?? '').slice(at.start, at.end);
    const known = this.ownersOf().get(handle) ?? this.earlier.get(handle);
    const entity = known ?? this.namedByCue(handle, handedOn);
    if (!entity) return null;
    entity.aliases.add(handle);
    this.earlier.set(handle, entity);
    // "She added:" over a post under a handle known to be hers: the cue's words still resolve to her.
    return handedOn?.subject.entity === entity ? handedOn.subject : { ref: at, entity, resolution: 'name', antecedent: null };
  }

  private namedByCue(handle: string, handedOn: ColonCue | null): FoundEntity | null {
    const subject = handedOn?.subject;
    const entity = subject?.entity;
    if (!handedOn || !subject || !entity || subject.resolution !== 'name' || entity.type === 'place') return null;
    const cue = (this.texts[handedOn.cue.block] ?? '').slice(handedOn.cue.start, handedOn.cue.end);
    if (RELAYED.test(cue) || /^from\s/i.test(cue)) return null;
    if (entity.type === 'organization' && !spellsName(handle, entity.name)) return null;
    // "Netizens responded on Sina Weibo:", "Protesters called for a pot-banging protest on Twitter:": a group's posts are
    // each of its members', whom the lead-in does not name.
    if (GROUP_SPEAKERS.has(entity.name.split(' ').at(-1)?.toLowerCase() ?? '')) return null;
    // "… wrote:" over two handles' posts: a second handle is someone else's, whom the cue does not name.
    return [...entity.aliases].some((alias) => alias.startsWith('@') && alias !== handle) ? null : entity;
  }

  /** The handles the text writes in parentheses right after a person's or an organisation's name, by handle. */
  private ownersOf(): Map<string, FoundEntity> {
    if (this.owners) return this.owners;
    const owners = new Map<string, FoundEntity>();
    this.texts.forEach((text, block) => {
      for (const found of text.matchAll(HANDLE_AFTER_NAME)) {
        const named = this.mentions.between(block, Math.max(0, found.index - 80), found.index).find((m) => m.end === found.index);
        if (found[1] && named && named.entity.type !== 'place' && !owners.has(found[1])) owners.set(found[1], named.entity);
      }
    });
    this.owners = owners;
    return owners;
  }
}

import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/** The words that open a British peerage title. */
const PEERAGE = 'Lord|Lady|Baroness|Baron|Viscountess|Viscount|Earl|Countess|Marquess';

/**
 * A person's name of two to four words, a comma, then a peerage title and the place or name it is of, closed by a
 * comma: "Colin Sutherland, Lord Carloway, the Lord President of the court" (wikinews-scottish-court-finds-parliament-
 * suspension-unlawful-2019-09-13). Group 1 is the name, group 2 the title with its name.
 */
const NAME_THEN_PEERAGE = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}),\\s+((?:${PEERAGE})\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]+)(?=,)`,
  'gu',
);

/** A name that is itself a peer's title: "Lord Brodie" before "Lady Dorrian" is a second judge, not her name. */
const PEER_NAME = new RegExp(`^(?:${PEERAGE})\\s`);

/** A list going on before the name: "attended by Theresa May, David Cameron, Lord Ashcroft, …". */
const LIST_BEFORE = /,\s*$/;

/** A list going on after the title's comma: "…, Lord Ashcroft, William Hague and George Osborne", "…, Lord Ashcroft, and …". */
const LIST_AFTER = /^,\s+(?:(?:and|or)\s|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\band\s|\bor\s))/u;

/**
 * Whether the match `m` in `text` is a list of people, not a name with its title set off: `The dinner was attended by
 * David Cameron, Lord Ashcroft, William Hague and George Osborne` names Ashcroft beside Cameron, and `The panel of Lord
 * Brodie, Lady Dorrian, Lord Drummond Young, …` three judges (made-up sentences in the shape of British court and
 * political reports). Where a list may go on, a title is left a person of its own: joining two people would hand one's
 * quotes to the other.
 */
function inList(text: string, m: RegExpMatchArray): boolean {
  const start = m.index ?? 0;
  return (
    PEER_NAME.test(m[1] ?? '') ||
    LIST_BEFORE.test(text.slice(Math.max(0, start - 3), start)) ||
    LIST_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 80))
  );
}

/**
 * "Colin Sutherland, Lord Carloway, …": a peer's title set off after their name is what British and Scottish news call
 * them by (a judge of the Court of Session sits as "Lord Carloway"), an alias, not a second person. Moves the title's
 * mentions to the person named before it and keeps the title as an alias, unless the two stand in a list (`inList`).
 * `texts` are every block's text.
 */
export function joinPeerageNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    // Most blocks hold no title: only one that does is matched against the pattern.
    if (!/\b(?:Lord|Lady|Baroness|Baron|Viscount|Earl|Countess|Marquess)\s/.test(text)) return;
    for (const m of text.matchAll(NAME_THEN_PEERAGE)) {
      if (inList(text, m)) continue;
      const titleStart = m.index + m[0].length - (m[2] ?? '').length;
      const person = registry.byMention.get(mentionKey(block, m.index));
      const peer = registry.byMention.get(mentionKey(block, titleStart));
      if (!person || !peer || person === peer || person.type !== 'person' || peer.type !== 'person') continue;
      for (const mention of peer.mentions) {
        person.mentions.push(mention);
        registry.byMention.set(mentionKey(mention.block, mention.start), person);
      }
      for (const alias of [peer.name, ...peer.aliases]) person.aliases.add(alias);
      person.aliases.add(m[2] ?? '');
      peer.mentions = [];
    }
  });
}

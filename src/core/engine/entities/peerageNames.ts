import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/**
 * A person's name of two to four words, a comma, then a peerage title and the place or name it is of, closed by a
 * comma: "Colin Sutherland, Lord Carloway, the Lord President of the court" (wikinews-scottish-court-finds-parliament-
 * suspension-unlawful-2019-09-13). Group 1 is the name, group 2 the title with its name.
 */
const NAME_THEN_PEERAGE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:Lord|Lady|Baroness|Baron|Viscountess|Viscount|Earl|Countess|Marquess)\s+(?:of\s+)?\p{Lu}[\p{L}'’-]+)(?=,)/gu;

/**
 * "Colin Sutherland, Lord Carloway, …": a peer's title set off after their name is what British and Scottish news call
 * them by (a judge of the Court of Session sits as "Lord Carloway"), an alias, not a second person. Moves the title's
 * mentions to the person named before it and keeps the title as an alias. `texts` are every block's text.
 */
export function joinPeerageNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    // Most blocks hold no title: only one that does is matched against the pattern.
    if (!/\b(?:Lord|Lady|Baroness|Baron|Viscount|Earl|Countess|Marquess)\s/.test(text)) return;
    for (const m of text.matchAll(NAME_THEN_PEERAGE)) {
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

import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/**
 * A paragraph that is one colon lead-in opening on a capitalised word and a colon before a name and its verb:
 * "Unzipped: Gay Armenia was shocked:". Groups: the title word with its colon and space.
 */
const SUBTITLED_LEAD_IN = /^(\p{Lu}\p{Ll}+:\s+)\p{Lu}[^.!?:\n]*:\s*$/u;

/**
 * "Unzipped: Gay Armenia was shocked:" (gv-armenia-firebombers-released-bail-2012-05-16): a blog or site named by a
 * title and a subtitle after a colon is one name, and the lead-in is the blog's (docs/annotation-guide.md names the
 * source as the text writes it). A label's colon ("UPDATE:", "Image:") opens a note, not a lead-in whose name speaks, so
 * only a paragraph that is all one colon lead-in, the name followed by its lower-case verb, is read so. The name the name
 * pass found after the colon loses that mention to the whole title, an organisation. `texts` are every block's text.
 */
export function joinSubtitledNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    const title = SUBTITLED_LEAD_IN.exec(text)?.[1];
    if (!title) return;
    const named = registry.byMention.get(mentionKey(block, title.length));
    const mention = named?.mentions.find((m) => m.block === block && m.start === title.length);
    if (!named || !mention || named.type === 'place' || !/^\s+(?:also\s+)?\p{Ll}/u.test(text.slice(mention.end))) return;
    named.mentions = named.mentions.filter((m) => m !== mention);
    registry.byMention.delete(mentionKey(block, mention.start));
    registry.add('organization', text.slice(0, mention.end), block, 0, mention.end);
  });
}

import type { FoundEntity } from '../entities/types';
import type { Discourse } from './coreference';
import type { Referent } from './types';

/** The words before a name that set it off as a blog: "the blog Global Chaos", "blogging at Outlish". */
const KIND_BEFORE = /\b(?:blog|weblog|blogging\s+(?:at|on))\s+$/i;
/** The words after a name that set it off as one: "Véleményvezér blog reported", "Kettős Mérce blog". */
const KIND_AFTER = /^(?:\s+\[[a-z]{2,3}\])?\s+(?:blog|weblog)\b/;

/** How many sentences back the blog's last quote may be: a round-up quotes a post, then says a word of its own. */
const REACH = 8;

/** Whether the text sets some mention of an organisation off as a blog by the noun around it. */
function isBlog(entity: FoundEntity, texts: ReadonlyArray<string>): boolean {
  if (entity.type !== 'organization') return false;
  return entity.mentions.some((m) => {
    const text = texts[m.block] ?? '';
    return KIND_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || KIND_AFTER.test(text.slice(m.end, m.end + 20));
  });
}

/**
 * `Véleményvezér blog reported … Véleményvezér wrote [hu]: [post] Mr. Orbán tried to avoid giving a real answer to Mr.
 * Karácsony. The blogger wrote:` (gv-hungary-oligarch-buzzword-2012-05-09): "the blogger" as a cue's subject, where the
 * text calls no one a blogger, is who wrote the last post quoted (Muzny et al. 2017: the previous speaker), when that
 * source is a blog the text set off as one by its noun ("X blog", "the blog X", "blogging at X"); the annotation guide
 * gives a blog's posts to the blog where the text names no writer. Null for another phrase ("a blogger"), or when the
 * last quote within `REACH` sentences is someone else's: "…," the blogger commented, after a person's quote, is a
 * blogger the text has just brought in (gv-armenia-mashtots-park-kiosks-removed-2012-05-02), not a blog quoted earlier.
 * `texts` are the blocks.
 */
export function blogNamedBefore(phrase: string, texts: ReadonlyArray<string>, discourse: Discourse): Referent | null {
  if (!/^the\s+blogger$/i.test(phrase.trim())) return null;
  for (let i = discourse.sentences.length - 1, seen = 0; i >= 0 && seen < REACH; i--, seen++) {
    const sentence = discourse.sentences[i];
    if (!sentence?.focus || !(sentence.spoken || sentence.post)) continue;
    return isBlog(sentence.focus.entity, texts) ? sentence.focus : null;
  }
  return null;
}

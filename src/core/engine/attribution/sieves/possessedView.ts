import type { SentenceRange } from '../../../sentences';
import { VIEW_NOUNS } from '../../lexicon/viewNouns';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/** Nouns of a source's written words, besides `VIEW_NOUNS`, that may open a colon sentence in the possessive. */
const WRITTEN = new Set(['post', 'posts', 'response', 'reply', 'take', 'argument', 'criticism', 'comment', 'comments', 'verdict', 'answer']);

/**
 * The possessive right after the name, perhaps one adjective, the noun, perhaps an adverb, then the noun's own verb in
 * the present or past (never "is", "was", "has": "X's view was echoed by Y" is a passive of someone else's words).
 * Group 1 is the noun.
 */
const POSSESSED_VERB = /^['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?!(?:is|was|has|does)\b)\p{Ll}{2,}(?:s|ed)\b/u;

/** What may come before the name: a title or role, capitalised at the sentence's start ("Blogger", "Professor"). */
const BEFORE_NAME = /^(?:\p{Lu}\p{Ll}+\s+)?$/u;

/**
 * `Blogger Shan Gu's view echoed with [zh] Zuo Zhijian's criticism and looked deeper into the nature of Weibo as an open
 * platform:` (gv-china-weibo-political-space-2012-05-10): a colon sentence whose subject is a source's view or post,
 * the source named in the possessive as the sentence opens, sets off that view's own words; the block after the colon
 * is the possessor's (the guide's speaker is whose words they are). The possessor is the person or body the name pass
 * read there; a place ("Shanghai's view"), or a name later in the sentence, is no one. `last` is the colon sentence of
 * block `block`, whose text is `text` (UTF-16 offsets). Null for any other shape.
 */
export function possessedView(cues: CueReader, block: number, text: string, last: SentenceRange): ColonCue | null {
  const sentence = text.slice(last.start, last.end);
  if (!/:\s*$/.test(sentence)) return null;
  const owner = cues.mentions.between(block, last.start, last.end).find((m) => BEFORE_NAME.test(text.slice(last.start, m.start)));
  const noun = owner && POSSESSED_VERB.exec(text.slice(owner.end, last.end))?.[1];
  if (!owner || !noun || !(VIEW_NOUNS.has(noun) || WRITTEN.has(noun)) || owner.entity.type === 'place') return null;
  const ref = { block, start: owner.start, end: owner.end };
  return { subject: { ref, entity: owner.entity, resolution: 'name', antecedent: null }, cue: { block, start: last.start, end: last.end } };
}

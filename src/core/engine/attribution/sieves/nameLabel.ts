import { isFirstName } from '../../lexicon/firstNames';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/** A paragraph of a label alone: one or two capitalised words, perhaps in bold marks (`**Lovely Girl**:`), and a colon. */
const LABEL_ONLY = /^(\*\*)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?:\*\*)?\s*:\s*$/u;

/**
 * `Evgeny:` / `Sergei:` / `Lira:` alone in their paragraphs, each over the post or comment it labels and its translation
 * (gv-russia-tolstoy-war-and-peace-legacy-2012-05-04: "two RuNet Twitter users debated …"): a thread printed one
 * message at a time under its writer's name, as a forum or a comment thread shows it (docs/annotation-guide.md,
 * "Labelled lines"). The label's writer speaks the block after it: the person the name pass found there, else the
 * label as written, a person of its own, when its first word is a first name (`Evgeny`, `Ruslan Tomatov`); a heading
 * of common words (`Translation:`, `Update:`, `Example:`) is no one. Offsets are UTF-16 code units of block `block`'s
 * text; null for any other paragraph.
 */
export function nameLabelCue(cues: CueReader, block: number, text: string): ColonCue | null {
  const label = LABEL_ONLY.exec(text);
  const name = label?.[2];
  if (!label || !name) return null;
  const start = label[1]?.length ?? 0;
  const end = start + name.length;
  const named = cues.mentions.between(block, start, end).find((m) => m.start === start && m.end === end);
  if (named && named.entity.type !== 'person') return null;
  if (!named && !isFirstName(name.split(' ')[0] ?? '')) return null;
  const subject = named
    ? { ref: { block, start, end }, entity: named.entity, resolution: 'name' as const, antecedent: null }
    : cues.handleSource(block, start, end, 'person');
  return { subject, cue: { block, start, end } };
}

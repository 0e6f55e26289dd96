import { initialsOf } from './transcriptInitials';
import type { FoundEntity } from '../../entities/types';
import type { MentionIndex } from '../mentions';
import { attributed, unattributed, type FoundQuote, type Located, type Referent } from '../types';
import type { TranscriptTurn } from './transcript';
import { initialled } from './transcriptInitials';

/** Answer labels that name no one: the interviewee the headline names speaks them. */
const ANSWER = /^(?:A|Answer)$/i;

/** A label of an initial and a surname: `A. Hsing`. */
const INITIAL_SURNAME = /^(\p{Lu})\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** Whether `name` is the one an initial and surname label (`A. Hsing`) writes short: `Alfred Hsing`. */
function initialAndSurname(label: string, name: string): boolean {
  const short = INITIAL_SURNAME.exec(label);
  const words = name.split(/\s+/);
  return !!short && words.length >= 2 && words[0]?.charAt(0) === short[1] && words.at(-1)?.toLowerCase() === short[2]?.toLowerCase();
}

/**
 * The person a transcript label names: the one the text finds at the label (`((Gregory Kurtzer))`); for a short
 * form (`Kurtzer:`, `KURTZER:`) the only person of the article whose name has that word, for an initial and a
 * surname (`A. Hsing`, Wikinews interviews Alfred Hsing, August 2011) the only one whose name they write short; for
 * `A:` the only person the headline names. Null when none of these is one person: the answer then keeps no speaker.
 */
export function labelSpeaker(texts: ReadonlyArray<string>, mentions: MentionIndex, at: Located): Referent | null {
  const exact = mentions.between(at.block, at.start, at.end).find((m) => m.start === at.start && m.end === at.end && m.entity.type === 'person');
  if (exact) return { entity: exact.entity, at };
  const label = (texts[at.block] ?? '').slice(at.start, at.end);
  const people = new Set<FoundEntity>();
  for (let block = 0; block < mentions.blockCount; block++) for (const m of mentions.inBlock(block)) if (m.entity.type === 'person') people.add(m.entity);
  const candidates = ANSWER.test(label)
    ? new Set(
        mentions
          .inBlock(0)
          .filter((m) => m.entity.type === 'person')
          .map((m) => m.entity),
      )
    : // `Mark Kaigwa (MK): …` where the name pass took the label's words for a body but names the person elsewhere: the
      // person's full name as the label is theirs.
      new Set(
        [...people].filter(
          (p) => p.name === label || p.name.split(/\s+/).some((word) => word.toLowerCase() === label.toLowerCase()) || initialAndSurname(label, p.name),
        ),
      );
  // `MK: I have personal business connections …` (gv-kenya-mark-kaigwa-interview-2012-05-11): a label of two or three
  // capitals no name holds as a word is the initials of the one person whose name's words they begin.
  const initialled = candidates.size === 0 && /^\p{Lu}{2,3}$/u.test(label) ? new Set([...people].filter((p) => initialsOf(p.name) === label)) : candidates;
  const [only, ...others] = initialled;
  return only && others.length === 0 ? { entity: only, at } : null;
}

/**
 * `((Aparna Garg))` … `((AN))`: a label of two or three capitals, the first the initial of the one person all the
 * transcript's other answer labels name, is that interviewee's (Wikinews writes the name in full, then short).
 */
function initialsSpeaker(texts: ReadonlyArray<string>, mentions: MentionIndex, turns: ReadonlyMap<number, TranscriptTurn>, label: Located): Referent | null {
  const written = (texts[label.block] ?? '').slice(label.start, label.end);
  if (!/^\p{Lu}{2,3}$/u.test(written)) return null;
  const named = new Set<FoundEntity>();
  for (const turn of turns.values()) {
    const speaker = turn.carried ? null : labelSpeaker(texts, mentions, { block: turn.labelBlock, ...turn.name });
    if (speaker) named.add(speaker.entity);
  }
  const [only, ...others] = named;
  return only && others.length === 0 && only.name.startsWith(written.charAt(0)) ? { entity: only, at: label } : null;
}

/**
 * A turn's words as its speaker's direct quote: the person its label names, or the one a carried-on turn goes on with;
 * `turns` are the transcript's answer turns, which tell whose a label of initials is.
 */
export function turnQuote(
  texts: ReadonlyArray<string>,
  mentions: MentionIndex,
  block: number,
  turn: TranscriptTurn,
  turns: ReadonlyMap<number, TranscriptTurn> = new Map(),
): FoundQuote {
  const label = { block: turn.labelBlock, ...turn.name };
  // A name the name pass did not take may still gloss initials that are one person's (`Youssef R (YR):`).
  const glossed = turn.gloss ? labelSpeaker(texts, mentions, { block: turn.labelBlock, ...turn.gloss }) : null;
  const speaker =
    labelSpeaker(texts, mentions, label) ??
    (glossed && { ...glossed, at: label }) ??
    initialsSpeaker(texts, mentions, turns, label) ??
    (turn.initials ? initialled(texts, mentions, label) : null);
  const at = speaker?.at ?? { block: turn.labelBlock, ...turn.name };
  const subject = {
    ref: at,
    entity: speaker?.entity ?? null,
    resolution: turn.carried ? 'continuation' : 'name',
    antecedent: turn.carried ? at : null,
  } as const;
  return attributed(unattributed(block, turn.words, 'direct'), subject, { block: turn.labelBlock, ...turn.cue }, 'transcript-label');
}

import type { Quote } from '../../schema';
import type { SentenceRange } from '../../sentences';
import type { FoundEntity } from '../entities/types';

/** A place in one block's text: half-open [start, end) in UTF-16 code units. */
export interface Located {
  block: number;
  start: number;
  end: number;
}

export type Resolution = Quote['resolution'];

/**
 * The sieve that linked a quote to its speaker mention. Confidence is looked up by sieve and resolution
 * (`calibration.ts`), so each name here is a row of the measured precision table.
 */
export type SieveName =
  | 'trailing-cue'
  | 'split-quote'
  | 'according-to'
  | 'leading-cue'
  | 'colon-block'
  | 'trailer-dash'
  | 'handle-label'
  | 'transcript-label'
  | 'label-line'
  | 'continuation'
  | 'previous-speaker'
  | 'named-before'
  | 'inside-reported'
  | 'own-words'
  | 'quoted-inside'
  | 'reported-according-to'
  | 'reported-final-clause'
  | 'reported-cue-verb'
  | 'reported-continued'
  | 'reported-passive'
  | 'reported-as-clause'
  | 'reported-inserted-cue'
  | 'foreign-cue'
  | 'later-speaker'
  | 'subordinate-subject'
  | 'none';

export interface FoundQuote extends Located {
  kind: Quote['kind'];
  speaker: FoundEntity | null;
  cue: Located | null;
  speakerRef: Located | null;
  resolution: Resolution;
  antecedent: Located | null;
  sieve: SieveName;
  confidence: number;
}

/** The words a cue names its speaker by, and the entity they lead to (null: no supported speaker). */
export interface Subject {
  ref: Located;
  entity: FoundEntity | null;
  resolution: Resolution;
  antecedent: Located | null;
  /** For a participle cue that goes on from a speech verb ("he said, adding"), where that verb ends. */
  goesOnFrom?: number;
  /** The preference rule that chose the entity over another reading (`Referent.by`), which then names the quote's sieve. */
  by?: SieveName;
}

/** An entity and the mention of it that a later pronoun or role noun can refer back to. */
export interface Referent {
  entity: FoundEntity;
  at: Located;
  /** Set when a preference rule chose this referent over an abstention (`rivalSpeaker.ts`): measured apart by calibration. */
  by?: SieveName;
}

export interface SentenceInfo {
  block: number;
  range: SentenceRange;
  /** The people the sentence names, in order. */
  people: Array<Referent>;
  /** Who the sentence is about or who speaks in it, for a pronoun in the next one. */
  focus: Referent | null;
  /** Whether the sentence is part of a post set off as a block quotation, whose source is the focus. */
  post?: boolean;
  /** Whether the focus speaks a quote of the sentence, rather than being only its subject. */
  spoken?: boolean;
  /** Whether a quote of the sentence has a cue whose speaker the text does not name (`unnamedCue.ts`). */
  unnamedSpeaker?: boolean;
}

/** A quote found with no speaker yet: nothing in the text has been read as naming one. */
export function unattributed(block: number, span: { start: number; end: number }, kind: FoundQuote['kind']): FoundQuote {
  return {
    block,
    start: span.start,
    end: span.end,
    kind,
    speaker: null,
    cue: null,
    speakerRef: null,
    resolution: 'unattributed',
    antecedent: null,
    sieve: 'none',
    confidence: 0,
  };
}

/** A quote given the speaker its cue names, by the sieve that found the cue. */
export function attributed(quote: FoundQuote, subject: Subject, cue: Located, sieve: SieveName): FoundQuote {
  return {
    ...quote,
    speaker: subject.entity,
    cue,
    speakerRef: subject.ref,
    resolution: subject.entity ? subject.resolution : 'unattributed',
    antecedent: subject.antecedent,
    sieve: subject.entity ? (subject.by ?? sieve) : 'none',
  };
}

/**
 * The subject a pronoun at `ref` is when it resolves to `referent`: its antecedent the referent's mention, and the
 * preference rule that chose it (`Referent.by`), if one did, so that calibration measures that rule apart.
 */
export function pronounReferent(ref: Located, referent: Referent): Subject {
  const subject: Subject = { ref, entity: referent.entity, resolution: 'pronoun', antecedent: referent.at };
  return referent.by ? { ...subject, by: referent.by } : subject;
}

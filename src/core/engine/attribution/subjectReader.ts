import type { FoundEntity } from '../entities/types';
import type { Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { Located, Subject } from './types';

/**
 * What the cue subject reader (`subjects.ts`) lends the smaller readers it delegates to: the article's blocks, its
 * mentions, and its own look-ups, so that they read a subject as it does.
 */
export interface SubjectReader {
  readonly texts: ReadonlyArray<string>;
  readonly mentions: MentionIndex;
  /** The speaker words starting at `at` in a block. */
  subjectAt(block: number, at: number): Subject | null;
  /** The speaker words that end right before `end`. */
  subjectBefore(block: number, end: number, sentenceStart: number): Subject | null;
  /** A document the words at [start, end) describe, as an organisation source. */
  documentSource(block: number, start: number, end: number): Subject | null;
  /** A source named by capitalised words at [start, end) the name pass did not take; null when they name a known entity or end in a role. */
  titledSource(block: number, start: number, end: number): Subject | null;
  /** A source named by the words at [start, end) as written: a handle, a blog's title; with `person`, a person's name the name pass did not take. */
  handleSource(block: number, start: number, end: number, kind?: 'titled' | 'person'): Subject;
  /** The unnamed source a description at `at` stands for ("a senior official", "Foke's spokesman"), or null. */
  unnamedSource(at: Located): FoundEntity | null;
  /** The gender the text states for a person, or null. */
  genderOf(entity: FoundEntity): Gender | null;
}

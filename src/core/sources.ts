import type { Entity, Evidence, Gender, SourceType } from './schema';

/** An entity as a source: its type and gender, each with the words that show it, and its anonymity. */
export interface SourceFacts {
  type: SourceType;
  typeEvidence: Evidence | null;
  gender: Gender;
  genderEvidence: Evidence | null;
  /** For an anonymous source: the reason the article gives for not naming it (null: no reason given). */
  anonymity: { reason: Evidence | null } | null;
}

/** What an entity is as a source; a version 1 article's entities, which say nothing of it, are unknown. */
export function sourceOf(entity: Entity): SourceFacts {
  return {
    type: entity.sourceType ?? 'unknown',
    typeEvidence: entity.sourceEvidence ?? null,
    gender: entity.gender ?? 'unknown',
    genderEvidence: entity.genderEvidence ?? null,
    anonymity: entity.anonymity ?? null,
  };
}

import type { EntityRegistry } from './registry';

/**
 * A maker's designation of a model: capital letters (perhaps a few lower-case: "MiG", "Crew"), a hyphen and a number,
 * perhaps a letter after ("C-130", "ATR-42", "F-16", "EA-6B", "AK-47", "IM-1"). It names an aircraft, a weapon, a
 * mission or a class, never someone who speaks. "G-8", "G-20", "G-77" are the groups of countries, organisations.
 */
const DESIGNATION = /^(?!G-\d)\p{Lu}\p{L}{0,4}-\d{1,4}\p{Lu}?$/u;

/** Whether `name` is a model's designation alone (`DESIGNATION`). */
export const isModelDesignation = (name: string): boolean => DESIGNATION.test(name);

/**
 * Clears the mentions of every person or organisation whose name is a model's designation alone, which a "the" before
 * it ("the C-130 would be used") or its capitals voted a body: "The company said" then went back to the aircraft
 * (wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14). Observed as well on NASA pages ("X-59", "DC-8",
 * "IM-1") and Wikinews ("M-16", "K-12").
 */
export function dropModelDesignations({ entities }: EntityRegistry): void {
  for (const entity of entities.values()) if (entity.type !== 'place' && isModelDesignation(entity.name)) entity.mentions = [];
}

import { PROFILE_FIELDS } from '../lexicon/profileFields';

/** A field name of one to three capitalised words, a colon, then the value on the same line. */
const FIELD_LINE = /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*:[ \t]+\S[^\n]*$/u;

/** Whether a label before a colon (`Organization`, as printed) is a profile's field name (`PROFILE_FIELDS`), not a speaker's. */
const isProfileField = (label: string): boolean => PROFILE_FIELDS.has(label.trim());

/**
 * Whether a paragraph is one line of a staff profile's header (`Organization: Planetary Environments Laboratory, Science
 * Directorate (Code 699)`, usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01): a field's value, which has few
 * English function words yet is no prose in another language.
 */
export function profileFieldLine(text: string): boolean {
  const field = FIELD_LINE.exec(text)?.[1];
  return field !== undefined && isProfileField(field);
}

import { ROLE_WORDS } from '../entities/lookups';
import { capitalisedRun } from './capitalisedRun';

/** A name of two to four capitalised words, a comma, then the rest of the line (`Teddy Tzanetos, Ingenuity project manager, NASA JPL`). */
const NAME_THEN_REST = new RegExp(String.raw`^${capitalisedRun(2, 4)},\s+(.{1,160})$`, 'u');

/**
 * Whether a paragraph is a line of a list of people: a name, a comma, then their role and body, holding an English role
 * noun in lower case ("director", "manager") and ending in no full stop, as NASA's media advisories list "Participants in
 * the call are expected to include:" (`Lori Glaze, director, Planetary Science Division, …`, `Teddy Tzanetos, Ingenuity
 * project manager, NASA JPL`). Such a line has almost no English function words, yet it is no prose in another language.
 */
export function nameAndRoleLine(text: string): boolean {
  const line = NAME_THEN_REST.exec(text.trim());
  if (!line?.[1] || /[.!?…:;]$/.test(line[1])) return false;
  return line[1].split(/[\s,]+/).some((word) => /^\p{Ll}+$/u.test(word) && ROLE_WORDS.has(word));
}

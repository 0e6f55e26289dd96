import { COUNTRIES } from '../../lexicon/countries';
import type { Subject } from '../types';

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map(([name]) => name));

/**
 * Whether a subject is a country named as the whole subject, which calls and asks as its government does: "Iran has
 * called for rallies against the proposed union of Saudi Arabia and Bahrain" (gv-gulf-union-proposals-concern-2012-05-17),
 * "Switzerland asked Schengen nations to restrict Libyan visas" (wikinews-libya-switzerland-meet-visa-bans-2010-02-16).
 * Only the country's own name as the subject's words ("Iran", not "in Iran" or a person's "of Iran"), read by name.
 */
export function countryActs(subject: Subject, text: string): boolean {
  if (subject.resolution !== 'name' || subject.entity?.type !== 'place') return false;
  const words = text.slice(subject.ref.start, subject.ref.end);
  return COUNTRY_NAMES.has(words) && COUNTRY_NAMES.has(subject.entity.name);
}

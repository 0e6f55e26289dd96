import { classify } from '../entities/classify';
import { personShaped } from '../entities/names';
import type { Referent } from './types';

/**
 * Whether a sentence's focus is a source "according to" names whom the name pass typed an organisation though nothing
 * in the name says so: two to four name-shaped words no place, head word or known body explains ("according to Aram
 * Gragossian, electro-optics lead for NDL at NASA Langley", usgov-nasa-navigation-doppler-lidar-commercial-lunar-
 * 2024-02-02, once typed so). Such a source may be the man or woman a he or she after it means, whose gender nothing
 * tells, so the pronoun must not pass over them to an earlier speaker. `texts` are every block's text.
 */
export function mayBeMistypedPerson(focus: Referent | null, texts: ReadonlyArray<string>): boolean {
  if (focus?.entity.type !== 'organization') return false;
  const text = texts[focus.at.block] ?? '';
  const written = text.slice(focus.at.start, focus.at.end);
  const words = written.split(/\s+/);
  return /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, focus.at.start - 16), focus.at.start)) && personShaped(words) && classify(written, words) === null;
}

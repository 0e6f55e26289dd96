import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { NOT_NAMES } from '../lexicon/notNames';
import type { FoundEntity } from './types';

/**
 * The one person already found whose fuller name `name` (two words or more) shortens: its leading words ("Mohd Shah" after
 * "Mohd Shah Mahmood", as Malay names are shortened in second references, Wikinews 2017), or its surname with its
 * particle capitalised ("De Vries says" after "Pilot Bauke "Mike" de Vries", Wikinews 2015). Undefined when none is, or
 * when several are ("Kim Jong" is both "Kim Jong Nam" and "Kim Jong Un"), or when the fuller name ends in words that name
 * no one ("Sam Rainsy Feb", a headline's name run into its date) or the headline alone wrote (`fullerInBody`).
 */
export function fullerName(name: string, people: Iterable<FoundEntity>): FoundEntity | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  // A surname's particle, which a sentence's first word capitalises ("De Vries says" after "Bauke de Vries").
  const particle = NAME_PARTICLES.has((words[0] ?? '').toLowerCase());
  const ending = ` ${name.toLowerCase()}`;
  const fuller = [...people].filter(
    (e) => e.type === 'person' && e.name !== name && (particle ? e.name.toLowerCase().endsWith(ending) : fullerInBody(e, name)),
  );
  return fuller.length === 1 ? fuller[0] : undefined;
}

/**
 * Whether `e`'s name goes on from `name` with words that name someone, and the body (a block after the headline, block 0)
 * wrote it: "Chris Lupo Receives", "Joyce Banda Promises" are a headline's name run into its verb.
 */
const fullerInBody = (e: FoundEntity, name: string): boolean =>
  e.name.startsWith(`${name} `) &&
  e.name
    .slice(name.length + 1)
    .split(' ')
    .every((w) => !NOT_NAMES.has(w)) &&
  e.mentions.some((m) => m.block > 0);

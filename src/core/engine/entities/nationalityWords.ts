import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';
import type { EntityRegistry } from './registry';
import type { RunInBlock, TrimmedRun } from './runs';

/** Whether a one-word name is the adjective of a place ("Ukrainian", "Japanese", "Israeli"). */
function isDemonymOfPlace(name: string, words: ReadonlyArray<string>): boolean {
  return (
    words.length === 1 &&
    /(?:an|ian|ese|ish|i)$/.test(name) &&
    [
      name.replace(/n$/, ''),
      name.replace(/an$/, ''),
      name.replace(/ian$/, 'ia'),
      name.replace(/ian$/, 'y'),
      name.replace(/ese$/, ''),
      name.replace(/i$/, ''),
    ].some((stem) => PLACES.has(stem))
  );
}

/**
 * "said Barzia Tehrani … said Tehrani", "President Mark Welsh III … Welsh said": a lone word shaped like a nationality
 * is the surname of a person the article has named in full (AP style calls people by surname after the
 * first reference), unless a determiner before it makes it an adjective or a noun ("the Welsh government").
 */
function namesKnownPerson(registry: EntityRegistry, earlier: ReadonlyArray<RunInBlock>, { block, text, words, start }: TrimmedRun, name: string): boolean {
  // The full name may still be unsettled, a run the context votes make a person later ("Barzia Tehrani").
  const named = registry.personBySurname(name, block, start) ?? earlier.find((r) => r.group.words.length >= 2 && r.group.words.at(-1) === name);
  if (words.length !== 1 || !named) return false;
  return !/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Whether the run `name` (its words `run.words`) is a nationality's or a place's adjective and nothing more ("Ukrainian",
 * "the Welsh delegation"), so that it names no one; a lone such word after a person named in full with it as surname
 * (`namesKnownPerson`) is that person's. `earlier` are the runs the first pass has left unresolved so far.
 */
export function nationalityWordOnly(registry: EntityRegistry, earlier: ReadonlyArray<RunInBlock>, run: TrimmedRun, name: string): boolean {
  return (COUNTRY_BY_ADJECTIVE.has(name) || isDemonymOfPlace(name, run.words)) && !namesKnownPerson(registry, earlier, run, name);
}

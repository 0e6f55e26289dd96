import { isFirstName } from '../lexicon/firstNames';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { nameShapedWord } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';

/** A given name and a surname as one run: "Sean O'Donnell", "James Johnson"; its two words. */
function givenAndSurname(run: RunInBlock): readonly [string, string] | null {
  const [given, surname, ...rest] = run.group.words;
  if (!given || !surname || rest.length > 0 || !isFirstName(given) || !nameShapedWord(surname) || !/^\p{Lu}/u.test(surname)) return null;
  return ORG_HEADS.has(surname) || NON_PERSON_HEADS.has(surname) ? null : [given, surname];
}

/**
 * The last word of `run` where it is a given name standing alone before "and": a known first name, not the surname of
 * a name the run or another run of the article gives ("Matthew Dominick and Jeanette Epps", "Sanders and Elizabeth
 * Warren" after "Bernie Sanders"); words before it in the run are a phrase with "of" and no first name ("Guests of
 * Honour Cherie"). Null otherwise.
 */
function loneGivenName(run: RunInBlock, runs: RunsByPlace): string | null {
  // The run as the name pass found it, before the first pass trimmed its leading words ("Guests of").
  const whole = runs.inBlock(run.block).find((r) => r.group.end === run.group.end) ?? run;
  const words = whole.group.words;
  const given = words.at(-1) ?? '';
  if (!isFirstName(given) || !/^\p{Lu}\p{Ll}+$/u.test(given)) return null;
  if (words.length > 1 && !(words.includes('of') && words.slice(0, -1).every((w) => !isFirstName(w)))) return null;
  const surnameElsewhere = runs.endingIn(given).some((r) => r !== whole);
  return surnameElsewhere ? null : given;
}

/**
 * The article's runs by block and, for runs of two words or more, by last word: each look-up costs a block or a name,
 * not the article (a long text has tens of thousands of runs).
 */
class RunsByPlace {
  private readonly blocks = new Map<number, Array<RunInBlock>>();
  private readonly lastWords = new Map<string, Array<RunInBlock>>();

  constructor(runs: ReadonlyArray<RunInBlock>) {
    for (const run of runs) {
      const inBlock = this.blocks.get(run.block) ?? [];
      inBlock.push(run);
      this.blocks.set(run.block, inBlock);
      const last = run.group.words.at(-1);
      if (run.group.words.length < 2 || last === undefined) continue;
      const ending = this.lastWords.get(last) ?? [];
      ending.push(run);
      this.lastWords.set(last, ending);
    }
  }

  inBlock(block: number): ReadonlyArray<RunInBlock> {
    return this.blocks.get(block) ?? [];
  }

  endingIn(word: string): ReadonlyArray<RunInBlock> {
    return this.lastWords.get(word) ?? [];
  }
}

/**
 * "Cherie and Sean O'Donnell", "by John and James Johnson", "Mark and Patricia McCloskey": two given names joined by
 * "and" before one surname name two people of that surname (a couple, siblings), as news writes them to save the
 * surname once. Adds the first as a person of the surname, its mention over the given name (UTF-16 offsets, half-open),
 * so that a later lone "Cherie" finds her; both given names must be known first names, so that an organisation's
 * name ("Bill and Melinda Gates Foundation", three words) or a surname before "and" is left alone. Returns the runs
 * left unsettled, without the given names it settled. Observed in the development half (Wikinews furry convention,
 * NASA Marshall screening) and on fresh Wikinews pages of 2019–2020.
 */
export function addCoupleNames(registry: EntityRegistry, unresolved: ReadonlyArray<RunInBlock>, runs: ReadonlyArray<RunInBlock>): Array<RunInBlock> {
  const settled = new Set<RunInBlock>();
  const byPlace = new RunsByPlace(runs);
  for (const run of unresolved) {
    const given = loneGivenName(run, byPlace);
    if (!given) continue;
    const next = byPlace.inBlock(run.block).find((r) => r.group.start > run.group.end);
    const pair =
      next && / and $/.test(run.text.slice(run.group.end, next.group.start)) && next.group.start - run.group.end === 5 ? givenAndSurname(next) : null;
    if (!pair || pair[0] === given) continue;
    const start = run.group.end - given.length;
    registry.add('person', `${given} ${pair[1]}`, run.block, start, run.group.end);
    settled.add(run);
  }
  return unresolved.filter((r) => !settled.has(r));
}

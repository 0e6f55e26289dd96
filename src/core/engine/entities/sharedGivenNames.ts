import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/** What follows the first given name of a couple named with one surname: " and Patricia McCloskey". */
const COUPLE_AFTER = /^\s+(?:and|&)\s+\p{Lu}/u;

/**
 * "Ahmed [Ar] continues:" after "Ahmed Shokier and Ahmed Naji wrote …": a given name alone that the runs settled on one
 * person before the other namesake was found (the passes read one run at a time) is left to no one once both are known,
 * when the text has not settled which it means (`EntityRegistry.givenNamesake`: the namesake named nearest before, with no
 * one between, and not named beside another). Read after every name is found, so the order the runs came in does not
 * decide. Observed on Global Voices round-ups (gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 names two Ahmeds).
 */
export function leaveSharedGivenNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const person of registry.entities.values()) {
    const [given, ...rest] = person.name.split(' ');
    if (person.type !== 'person' || !given || rest.length === 0) continue;
    person.mentions = person.mentions.filter((m) => {
      const text = texts[m.block] ?? '';
      // "Mark and Patricia McCloskey": a couple's first given name is the first person's whole name.
      if (text.slice(m.start, m.end) !== given || COUPLE_AFTER.test(text.slice(m.end)) || registry.givenNamesake(given, m.block, m.start) !== 'several')
        return true;
      registry.byMention.delete(mentionKey(m.block, m.start));
      registry.leftToNoOne.push({ block: m.block, start: m.start, end: m.end });
      return false;
    });
  }
}

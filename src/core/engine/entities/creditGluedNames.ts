import { isFirstName } from '../lexicon/firstNames';
import { isCredit } from './credits';
import type { NameGroup } from './nameGroups';
import { nameShapedWord } from './names';
import { wordStart } from './runs';

/**
 * "Credit: NASA/Jef Janis Tom Vice, chief executive officer of Sierra Space, offers remarks" (nasa.gov, February 2024,
 * nasa_article_825): a scrape that joins a gallery's captions glues a photographer's two-word credit to the next
 * caption's opening name. A run of four name-shaped words right after a credit's slash, its third word a common first
 * name, is the two: the credit, then the person the caption is about, as a name of its own opening a sentence. Other
 * runs are kept as they are. `text` is the block's text, which the groups' offsets (UTF-16 code units) are in.
 */
export function splitCreditGluedNames(text: string, groups: ReadonlyArray<NameGroup>): Array<NameGroup> {
  return groups.flatMap((group) => {
    const { words } = group;
    if (!(words.length === 4 && words.every(nameShapedWord) && isFirstName(words[2] ?? '') && isCredit(text, group.start))) return [group];
    // Each word is found after the one before, so a credit whose last word the caption's name repeats ("NASA/Ann Mark
    // Mark Kelly") ends where its own word does.
    const run = { text, words, start: group.start };
    const second = wordStart(run, 2);
    const creditEnd = wordStart(run, 1) + (words[1] ?? '').length;
    return [
      { start: group.start, end: creditEnd, words: words.slice(0, 2), sentenceStart: group.sentenceStart },
      { start: second, end: group.end, words: words.slice(2), sentenceStart: true },
    ];
  });
}

import { articleWords } from '../articleWords';
import type { EntityRegistry } from './registry';

/**
 * `China: In Bo Xilai Saga, Did Social Media Challenge Government?` (gv-china-bo-xilai-social-media-2012-05-11): a
 * headline capitalises every word, so a run of common words there ("Social Media Challenge Government") looks like an
 * organisation's name, and "the government" of the body would then be read as that body. An organisation of two words
 * or more named only in the headline, each of whose words the body writes in lower case as a common word ("social
 * media", "government", "a challenge"), is no name: its mentions are cleared. A real name keeps a word the body never
 * writes in lower case ("Zimbabwe Government", "Human Rights Watch" beside "rights", "watch" … and "Human" rarely).
 * `texts` are every block's text, `headline` the headline's block (null: nothing is done).
 */
export function dropHeadlineCommonWords(registry: EntityRegistry, texts: ReadonlyArray<string>, headline: number | null): void {
  if (headline === null) return;
  const { blocksOfWord } = articleWords(texts);
  const inBody = (word: string) => (blocksOfWord.get(word) ?? []).some((block) => block !== headline);
  for (const entity of registry.entities.values()) {
    if (entity.type !== 'organization' || entity.mentions.length === 0 || !entity.mentions.every((m) => m.block === headline)) continue;
    const words = entity.name.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && inBody(w.toLowerCase()))) entity.mentions = [];
  }
}

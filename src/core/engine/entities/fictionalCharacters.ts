import type { EntityRegistry } from './registry';

/**
 * A character named as one, the noun right before the name: "the character Tasha Yar", "Hellboy character Abe Sapien",
 * "comic strip character Mafalda".
 */
const CHARACTER_BEFORE = /(?<!\p{L})characters?\s+$/u;

/**
 * "the character of Anya Jenkins": a role named so, but also a real person's nature ("the character of the senator"),
 * so it tells only when every mention of the name is such.
 */
const CHARACTER_OF_BEFORE = /(?<!\p{L})character\s+of\s+$/u;

/** The 20 characters before a mention, where the noun "character" would stand. */
const before = (texts: ReadonlyArray<string>, block: number, start: number) => (texts[block] ?? '').slice(Math.max(0, start - 20), start);

/**
 * Clears the mentions of every "person" the article names as a fictional character: one mention set right after the
 * noun "character" (`CHARACTER_BEFORE`), or every mention after "character of". A character is no one who can speak in
 * the news, nor one a later he or she stands for (docs/annotation-guide.md: `people` are the persons an article names;
 * the corpus's golds list characters as `notPeople`). Observed in Wikinews's convention reports
 * (wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29, wikinews-fan-expo-canada-2019-celebrities-cosplay-2019-09-02)
 * and a Global Voices post (gv-mexico-carlos-fuentes-tributes-2012-05-16). `texts` are every block's text.
 */
export function dropFictionalCharacters({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    if (entity.type !== 'person' || entity.mentions.length === 0) continue;
    const named = entity.mentions.some((m) => CHARACTER_BEFORE.test(before(texts, m.block, m.start)));
    const roleOf = entity.mentions.every((m) => CHARACTER_OF_BEFORE.test(before(texts, m.block, m.start)));
    if (named || roleOf) entity.mentions = [];
  }
}

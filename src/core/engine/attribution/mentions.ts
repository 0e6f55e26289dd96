import { isCredit } from '../entities/credits';
import type { EntityIndex, FoundEntity } from '../entities/types';
import type { Located, Referent } from './types';

export interface BlockMention {
  entity: FoundEntity;
  start: number;
  end: number;
}

/**
 * The entity mentions of an article that attribution may read, indexed by block and offset so that a look-up costs a
 * block, not the article. A photo credit's name is left out: it is never a speaker, nor what a pronoun stands for.
 */
export class MentionIndex {
  private readonly byBlock: Array<Array<BlockMention>>;
  /** The people whose name ends in a word, by that word. */
  private readonly bySurname = new Map<string, Array<FoundEntity>>();

  /** Where the registry left a lone surname to no one (`EntityIndex.leftToNoOne`), by block, in order. */
  private readonly leftToNoOne: Array<Array<{ start: number; end: number }>>;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    index: EntityIndex,
  ) {
    this.leftToNoOne = Array.from({ length: texts.length }, () => []);
    for (const { block, start, end } of index.leftToNoOne) this.leftToNoOne[block]?.push({ start, end });
    for (const list of this.leftToNoOne) list.sort((a, b) => a.start - b.start);
    this.byBlock = Array.from({ length: texts.length }, () => []);
    for (const entity of index.entities.filter((e) => e.type === 'person' && e.name.includes(' ')))
      this.bySurname.set(entity.name.split(/\s+/).at(-1) ?? '', [...(this.bySurname.get(entity.name.split(/\s+/).at(-1) ?? '') ?? []), entity]);
    for (const entity of index.entities)
      for (const m of entity.mentions)
        if (entity.type !== 'person' || !isCredit(texts[m.block] ?? '', m.start)) this.byBlock[m.block]?.push({ entity, start: m.start, end: m.end });
    for (const list of this.byBlock) list.sort((a, b) => a.start - b.start);
  }

  /** Adds a mention found during attribution (a source the text describes without naming), keeping its block in order. */
  add(entity: FoundEntity, at: Located): void {
    const list = this.byBlock[at.block];
    list?.splice(this.firstFrom(at.block, at.start), 0, { entity, start: at.start, end: at.end });
  }

  /** The people whose full name ends in `word` ("Joe Biden", "Hunter Biden" for "Biden"). */
  surnameBearers(word: string): ReadonlyArray<FoundEntity> {
    return this.bySurname.get(word) ?? [];
  }

  /**
   * The lone surnames in [from, to) of block `block` (UTF-16 offsets, half-open) that the registry left to no one
   * (`EntityIndex.leftToNoOne`: "Biden" after "Joe Biden and Hunter Biden", where the text has not settled which is
   * meant), that no mention has covered since, and that two people or more still bear (`surnameBearers`). Each is still
   * a person, one a he/she may mean, whom no answer may name.
   */
  unsettledSurnames(block: number, from: number, to: number): Array<{ start: number; end: number; bearers: ReadonlyArray<FoundEntity> }> {
    const left = this.leftToNoOne[block] ?? [];
    // Blocks can be huge: start from the first at or after `from` (binary search).
    let low = 0;
    for (let high = left.length; low < high;) {
      const mid = (low + high) >> 1;
      if ((left[mid]?.start ?? 0) < from) low = mid + 1;
      else high = mid;
    }
    const found: Array<{ start: number; end: number; bearers: ReadonlyArray<FoundEntity> }> = [];
    for (let i = low; i < left.length; i++) {
      const m = left[i];
      if (!m || m.start >= to) break;
      const bearers = this.surnameBearers((this.texts[block] ?? '').slice(m.start, m.end));
      if (m.end <= to && bearers.length > 1 && this.between(block, m.start, m.end).length === 0) found.push({ ...m, bearers });
    }
    return found;
  }

  get blockCount(): number {
    return this.byBlock.length;
  }

  inBlock(block: number): ReadonlyArray<BlockMention> {
    return this.byBlock[block] ?? [];
  }

  /** Index of the first mention of a block that starts at or after an offset (binary search: blocks can be huge). */
  firstFrom(block: number, offset: number): number {
    const list = this.inBlock(block);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid]?.start ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The entity's mention starting at `offset` of `block`, if the index holds one. */
  startingAt(block: number, offset: number, entity: FoundEntity): BlockMention | undefined {
    const found = this.inBlock(block)[this.firstFrom(block, offset)];
    return found && found.start === offset && found.entity === entity ? found : undefined;
  }

  /** The mentions of a block that overlap [start, end). */
  between(block: number, start: number, end: number): Array<BlockMention> {
    const list = this.inBlock(block);
    const found: Array<BlockMention> = [];
    const before = list[this.firstFrom(block, start) - 1];
    if (before && before.end > start) found.push(before);
    for (let i = this.firstFrom(block, start); i < list.length; i++) {
      const m = list[i];
      if (!m || m.start >= end) break;
      found.push(m);
    }
    return found;
  }

  /** The latest mention before `at` (this block, then earlier ones) whose entity passes the test. */
  latest(test: (e: FoundEntity) => boolean, block: number, at: number): Referent | null {
    for (let b = Math.min(block, this.byBlock.length - 1); b >= 0; b--) {
      const list = this.inBlock(b);
      for (let i = (b === block ? this.firstFrom(b, at) : list.length) - 1; i >= 0; i--) {
        const m = list[i];
        if (!m || (b === block && m.start >= at)) continue;
        if (test(m.entity)) return { entity: m.entity, at: { block: b, start: m.start, end: m.end } };
      }
    }
    return null;
  }

  /** A headline names its speaker by role before the text names them: the first mention after. */
  firstAfter(test: (e: FoundEntity) => boolean, block: number, at: number): Referent | null {
    if (block !== 0) return null;
    for (let b = block; b < this.byBlock.length; b++) {
      for (const m of this.inBlock(b)) {
        if (b === block && m.start <= at) continue;
        if (test(m.entity)) return { entity: m.entity, at: { block: b, start: m.start, end: m.end } };
      }
    }
    return null;
  }
}

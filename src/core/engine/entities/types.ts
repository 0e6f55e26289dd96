import type { Entity, Mention } from '../../schema';

/** The kinds of entity the engine tells apart: the schema's. */
export type EntityType = Entity['type'];

/** One place a block names an entity: [start, end) in UTF-16 code units of that block's text. */
export interface FoundMention {
  block: number;
  start: number;
  end: number;
  form: Mention['form'];
}

export interface FoundEntity {
  key: string;
  type: EntityType;
  name: string;
  role: string | null;
  aliases: Set<string>;
  mentions: Array<FoundMention>;
  /** Title words and nationality a role noun can refer back to ("president", "Russian"). */
  roleWords: Set<string>;
}

export interface EntityIndex {
  entities: Array<FoundEntity>;
  /** The entity a block's text names at [start, end), if any. */
  byMention: Map<string, FoundEntity>;
  /**
   * Where a lone surname several people bear stands and the text has not settled which of them it means: the registry
   * left it to no one (`EntityRegistry.sharedSurname`). [start, end) in UTF-16 code units of block `block`'s text.
   */
  leftToNoOne: ReadonlyArray<{ block: number; start: number; end: number }>;
}

/** The key of a mention in `EntityIndex.byMention`: its block and start offset (UTF-16 code units). */
export const mentionKey = (block: number, start: number) => `${block}:${start}`;

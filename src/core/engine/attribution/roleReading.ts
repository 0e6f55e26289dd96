import type { EntityIndex } from '../entities/types';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';

/**
 * A role phrase and where it stands: `phrase` as written at offset `at` (UTF-16) of block `block`; `words` its words in
 * lower case without their article; `head` the noun it is about and `qualifier` the body's noun that qualifies it
 * (`roleHead` in `roles.ts`); `forWhom` the words after its "for", "of" or "at"; `texts` the blocks.
 */
export interface RolePhrase {
  phrase: string;
  words: ReadonlyArray<string>;
  head: string;
  qualifier: string | null;
  forWhom: string | undefined;
  block: number;
  at: number;
  texts: ReadonlyArray<string>;
}

/** What a role phrase is resolved against: the article's mentions, the discourse read so far, and its entities. */
export interface RoleReach {
  mentions: MentionIndex;
  discourse: Discourse;
  index: EntityIndex;
}

import type { FoundEntity } from '../entities/types';

/** The words of the role the text gave `e`, lower case: its role words and those of its role ("spokesman", "government"). */
export const titleWords = (e: FoundEntity): ReadonlySet<string> => new Set([...e.roleWords, ...(e.role ?? '').toLowerCase().split(/[\s-]+/)]);

/** Whether the text gave `person` the role noun `noun` (lower case), as a role word or in their role. */
export const holdsRole = (e: FoundEntity, noun: string) => e.type === 'person' && titleWords(e).has(noun);

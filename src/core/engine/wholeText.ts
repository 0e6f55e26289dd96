import { onceFor } from './onceFor';

/**
 * An article's block texts joined into one, a line break between two blocks, joined once an article (see `onceFor.ts`):
 * a pass that looks for a word in every block asks it first whether the article writes the word at all, one search
 * where asking each block cost a search a block for every name of a long paste.
 */
export const wholeText = onceFor((texts: ReadonlyArray<string>): string => texts.join('\n'));

/**
 * Whether any block of an article holds `part`, which holds no line break: a block holds it exactly when the joined
 * text does.
 */
export const articleHolds = (texts: ReadonlyArray<string>, part: string): boolean => wholeText(texts).includes(part);

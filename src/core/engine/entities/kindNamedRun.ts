import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';

/**
 * Whether a noun of an organisation's kind stands right before offset `start` of `text`: "wrestling promotion World
 * Wonder Ring Stardom", "rock band Grateful Dead". The run after it is the organisation's name whole, whatever first
 * name ("Ring") it holds.
 */
export const afterOrganizationKind = (text: string, start: number): boolean =>
  ORGANIZATION_KINDS.has(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '');

/**
 * "wrestling promotion World Wonder Ring Stardom (Stardom)" (Wikinews, May 2020): whether `short`, in parentheses after
 * the run `words` that starts at `start` of `text`, is that organisation's last word alone, which the text then calls
 * it by ("Stardom's official statement").
 */
export const kindShortForm = (short: string, words: ReadonlyArray<string>, text: string, start: number): boolean =>
  words.length > 1 && words.at(-1) === short && afterOrganizationKind(text, start);

import type { Located } from '../attribution/types';

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * "correspondent Taurai Shava reported", "as correspondent Netsai Mlilo reports": a cue that closes a report with its
 * teller, the outlet's own correspondent (no outlet named before the word, unlike "Express News correspondent Suhail
 * Chaudhry had reported").
 */
const CORRESPONDENT_REPORT = new RegExp(String.raw`^(?:as\s+)?correspondent\s+${NAME}\s+report(?:s|ed)$`, 'u');
/** "reported Safari Njema": an inverted "reported" with the name alone after it. */
const INVERTED_REPORT = new RegExp(String.raw`^reported\s+${NAME}$`, 'u');

/**
 * The type a person has whose quote's cue closes a report they filed from where it happened: a correspondent of the
 * outlet itself ("The church leaders are now bracing for 2008, as correspondent Netsai Mlilo reports.", VOA's Studio 7
 * for Zimbabwe, 2008) was there, a witness (`docs/annotation-guide.md`, "A correspondent's report closed by its cue").
 * With `bare`, also a cue of the name alone after "reported" ("…, reported Safari Njema.", VOA, 2007), which
 * `sourceTypes.ts` reads only where no role word says what the person is: "“emotions of the masses” reported Chaudhry"
 * closes what another outlet's correspondent, a journalist quoted as a voice, had reported. `cue` is the quote's cue
 * (UTF-16 offsets, half-open, in `texts[cue.block]`), and the evidence; null for any other cue.
 */
export function typeFromOwnCorrespondent(texts: ReadonlyArray<string>, cue: Located, bare = false): { type: 'witness'; evidence: Located } | null {
  const block = texts[cue.block] ?? '';
  const text = block.slice(cue.start, cue.end);
  if (!text.includes('report') || !(CORRESPONDENT_REPORT.test(text) || (bare && INVERTED_REPORT.test(text)))) return null;
  // Closing the report: nothing but the full stop after the cue in its sentence.
  return block.startsWith('.', cue.end) ? { type: 'witness', evidence: cue } : null;
}

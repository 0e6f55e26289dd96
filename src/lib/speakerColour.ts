/** Number of distinct speaker colours defined in index.css (.speaker-0 … .speaker-7). */
const PALETTE_SIZE = 8;

/** The class that sets --speaker for a speaker's position among the article's speakers; -1 is unattributed. */
export function speakerClass(index: number): string {
  return index < 0 ? 'speaker-none' : `speaker-${index % PALETTE_SIZE}`;
}

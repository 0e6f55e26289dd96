/** Number of distinct speaker colours defined in index.css (.speaker-0 … .speaker-7). */
const PALETTE_SIZE = 8;

/**
 * The class that sets --speaker for a speaker's position among the article's speakers; -1 is unattributed. Past the
 * eighth speaker the colours come round again, so each round's swatches take another shape (index.css, `.cue-1`: a
 * ring, `.cue-2`: a diamond) and the key tells two speakers of one colour apart.
 */
export function speakerClass(index: number): string {
  return index < 0 ? 'speaker-none' : `speaker-${index % PALETTE_SIZE} cue-${Math.floor(index / PALETTE_SIZE) % 3}`;
}

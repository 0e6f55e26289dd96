/**
 * Nouns a lead-in uses for the spoken words of a recording it sets off line by line under time stamps: "Here is selected
 * translation of the video script:" (gv-taiwan-tao-nuclear-nightmare-2012-05-11). A race or match summary's timed
 * lines ("Here is how the race unfolded:") or a roster's heights (5'11") name none, so they are no script. Lower case,
 * singular and plural.
 */
export const SCRIPT_NOUNS: ReadonlySet<string> = new Set([
  'script',
  'scripts',
  'transcript',
  'transcripts',
  'transcription',
  'translation',
  'translations',
  'subtitles',
  'narration',
  'video',
  'videos',
  'clip',
  'clips',
  'footage',
  'documentary',
  'film',
  'broadcast',
  'recording',
]);

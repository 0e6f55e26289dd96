/**
 * Past participles of putting words onto a surface: `"Sex is good, Botox is bad" is written on the paper` (Global Voices,
 * Russia, May 2012). Words so put are shown, not spoken (`attribution/captionWords.ts`). Lower case.
 */
export const INSCRIBED_PARTICIPLES: ReadonlyArray<string> = ['written', 'painted', 'printed', 'scrawled', 'sprayed'];

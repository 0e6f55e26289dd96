/**
 * Past participles telling what a picture is made of, before its credit: `"It was for an entire generation, but no
 * more!", composed of avatars of Tunisian Twitter users. Image from Nawaat.org` (Global Voices, Tunisia, May 2012;
 * `attribution/captionWords.ts`). Lower case.
 */
export const PICTURE_MADE_PARTICIPLES: ReadonlyArray<string> = ['composed', 'made', 'drawn', 'painted', 'designed'];

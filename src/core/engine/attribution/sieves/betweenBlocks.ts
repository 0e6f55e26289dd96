import { LANGUAGE_TAG } from '../../languageTag';
import type { ColonCue } from './colonBlock';
import { namesOthersWords } from './othersWords';
import { sameVoiceGoesOn, type PronounContext } from './sameVoiceGoesOn';

/**
 * `The blogger (along with others) went on to describe several cases of women being detained and threatened, adding:`
 * (gv-caribbean-mothers-day-bloggers-2012-05-15), `The story continues:` (gv-zambia-fuel-shortages-malawi-donation-
 * 2012-05-21): the writer or the piece the block quotation before came from, named by a definite noun and no name, and
 * a verb that says the same voice goes on, perhaps with what it goes on to do and a participle of speech.
 */
const PIECE_GOES_ON = new RegExp(
  String.raw`^\s*The\s+(?:story|post|blog post|article|piece|report|editorial|blogger|author|writer)(?:\s+\([^()]{1,40}\))?\s+(?:then\s+)?(?:continues|continued|goes on|went on|adds|added|concludes|concluded)(?:\s+to\s+(\p{Ll}+(?:\s+[^.:;!?"“”()]{1,80}?)?))?(?:,\s+adding)?(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
  'u',
);

/**
 * Whether `text` is a `PIECE_GOES_ON` cue whose "to …" gives the floor to no one else: no quoting verb ("goes on to
 * quote"), speech verb ("what a motorist told the paper"), name, or word for someone's words ("to cite a statement from
 * the Ministry of Energy"), as `namesOthersWords` reads them: those words would be another's than the piece's.
 */
function pieceGoesOn(text: string): boolean {
  const match = PIECE_GOES_ON.exec(text);
  return match !== null && !namesOthersWords(match[1] ?? '', { names: true, verbs: true });
}

/**
 * `and:` alone after a block quotation, a speech verb with no subject of its own (`and added [ko]:`, `then continued:`),
 * or a pronoun that agrees with the quotation's source (`He continues:`, `They went on to add:`), all as
 * `sameVoiceGoesOn` reads them: the same source's next words follow, so the quotation's cue goes on to them (observed on
 * real news: Global Voices, "During the May 6 … march …, Svetov tweeted:", the tweet and its translation, "and:", the
 * next tweet and its translation; `Blogging from Lesotho, Michael Jordan reports:`, his post quoting Tutu, `He
 * continues:`); so does `The story continues:` (`PIECE_GOES_ON`). `previous` is the cue of the block quotation the
 * paragraph before was (a photo caption between them passed over); `context` tells the genders and people around it.
 */
export function goesOnAfter(text: string, previous: ColonCue | null, context: PronounContext): ColonCue | null {
  if (!previous) return null;
  return sameVoiceGoesOn(text, previous, context) || pieceGoesOn(text) ? previous : null;
}

/** A picture word opening a caption's sentence: "Photo shared on Flickr by DFID", "Image courtesy Wikipedia". */
const CAPTION_OPENER = /\b(?:Photo|Image|Picture|Screenshot|Screen shot)\b/;
/**
 * A picture credited or named at the caption's end: "…, photo by …", "Image by Share Press", "… Code of Conduct image", or
 * its photographer after a copyright sign ("Fire damaged bar, D.I.Y., Yerevan, Armenia © Nairi Hakhverdi", Global Voices).
 */
const CAPTION_CREDIT =
  /\b(?:photo|image|picture|screenshot)s?(?:\s*:|\s+(?:by|courtesy|from|credit)\b|\s*\.?\s*$)|\bvia flickr\b|\bcreative commons\b|\bcourtesy of\b|©\s*\S/i;

/**
 * Whether a paragraph is a photo caption set between a colon cue and its quotation ("Joyce Banda speaking
 * at the DFID conference in 2010. Photo shared on Flickr by DFID"): the cue passes over it. The picture word opens a
 * sentence of its own ("Photo shared …", "Image courtesy Wikipedia") or credits ("…, photo by Russian Presidential Press
 * …"); in prose it is no caption ("Accounts from neighbours and associates paint a picture of a man who struggled …").
 */
export const isCaption = (text: string): boolean => text.length < 300 && (CAPTION_OPENER.test(text) || CAPTION_CREDIT.test(text)) && !/["“”]/.test(text);

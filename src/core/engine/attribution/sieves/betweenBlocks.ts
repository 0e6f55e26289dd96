import { LANGUAGE_TAG } from '../../languageTag';
import type { FoundEntity } from '../../entities/types';
import { PRONOUN_GENDER, type Gender } from '../gender';
import type { ColonCue } from './colonBlock';
import { namesOthersWords } from './othersWords';

/** `and added [ko]:`, `then continued:`, `adding:`: a lower-case speech verb opening the paragraph, with no subject. */
const SUBJECTLESS_CUE = new RegExp(
  String.raw`^\s*(?:(?:and|then|and then|and later|later|also|and also)\s+)?(?:added|adds|adding|continued|continues|went on|goes on|concluded|concludes|wrote|writes|tweeted|tweets)(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
);

/**
 * `He continues:`, `She went on:`, `He added:` (gv-switzerland-unconditional-basic-income-initiative-2012-05-07, after
 * the quoted post of the man the paragraph before the post named), `He then proceeds to speculate about Al Gore's involvement in negotiations:`, `They
 * went on to add:`: a pronoun and a verb that says the same voice goes on, perhaps with what it goes on to do, and
 * nothing else.
 */
const PRONOUN_GOES_ON = new RegExp(
  String.raw`^\s*(He|She|They)\s+(?:then\s+|also\s+|later\s+)?(?:continues|continued|goes on|went on|proceeds|proceeded|adds|added)(?:\s+to\s+\p{Ll}+(?:\s+[^.:;!?"“”]{1,80}?)?)?(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
  'u',
);

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
 * `and:` alone after a block quotation, or a speech verb with no subject of its own (`and added [ko]:`, `then
 * continued:`): the same source's next words follow, so the quotation's cue goes on to them (observed on real news:
 * Global Voices, "During the May 6 … march …, Svetov tweeted:", the tweet and its translation, "and:", the next tweet and
 * its translation; "Twitter user @tinypencil tweeted [ko]:", the tweet, its translation, "and added [ko]:"). A verb
 * with no subject can only go on from the one before it; so does `He continues:` (`PRONOUN_GOES_ON`), whatever other
 * man the quotation named (`Blogging from Lesotho, Michael Jordan reports:`, his post quoting Tutu, `He continues:`),
 * when the source is a person whose gender the text states as the pronoun's (`genderOf`), or states not at all while
 * the cue's paragraph names no other person (`peopleAround`: "Blogger Nadia Aziz met Prime Minister Mosisili at the
 * rally. Aziz wrote:", the block, "He added:" may be Mosisili's, so it stays unattributed); so does `The story continues:`
 * (`PIECE_GOES_ON`). `They went on to add:` goes on from a blog, site or body, never from a person or a place
 * (`Optimum Sports, in a very detailed post … said:`, its post, a caption, `They went on to add:`,
 * gv-nigeria-rashidi-yekini-obituary-2012-05-08: Global Voices calls a site "they"). `previous` is the cue of the block
 * quotation the paragraph before was (a photo caption between them passed over).
 */
export function goesOnAfter(
  text: string,
  previous: ColonCue | null,
  genderOf: (entity: FoundEntity) => Gender | null,
  peopleAround: (cue: ColonCue) => ReadonlyArray<FoundEntity>,
): ColonCue | null {
  if (!previous) return null;
  if (/^\s*(?:and|also|and also|and then|and later|plus)\s*:\s*$/i.test(text) || SUBJECTLESS_CUE.test(text) || pieceGoesOn(text)) return previous;
  const pronoun = PRONOUN_GOES_ON.exec(text)?.[1]?.toLowerCase();
  const source = previous.subject.entity;
  if (pronoun === 'they') return source && source.type !== 'person' && source.type !== 'place' ? previous : null;
  if (pronoun === undefined || source?.type !== 'person') return null;
  const stated = genderOf(source);
  if (stated === null) return peopleAround(previous).some((other) => other !== source) ? null : previous;
  return stated === PRONOUN_GENDER[pronoun] ? previous : null;
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

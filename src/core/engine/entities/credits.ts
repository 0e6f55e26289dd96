import { isFirstName } from '../lexicon/firstNames';
import type { EntityRegistry } from './registry';
import { mentionKey, type FoundEntity, type FoundMention } from './types';

/**
 * The words that open a picture's credit right before the credited name: "Photo by", "Photo courtesy of", "Chart by",
 * "Image credit:", "Courtesy of", "Credit:" (AP style puts the credit after the caption; agencies and Global Voices
 * write it out). The picture's word may be glued to the caption's last number, as a scrape runs Wikinews' caption and
 * credit together ("Chris Christie in 2015Image: Michael Vadon.",
 * wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03). The photographer's title or agency may come
 * between: "Image: Dr Rebecca O'Neill." (wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-07-03), "Image: VOA -
 * Phil Ittner." (wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20).
 */
const CREDIT_LEAD =
  /(?:(?<!\btext\s)(?:\b|(?<=\d))(?:photos?|images?|pictures?|charts?|graphics?|illustrations?|maps?|videos?|screenshots?|footage)(?:\s+credit)?\s*(?:by|courtesy(?:\s+of)?|credit|:)\s*:?|(?<!\btext\s)\b(?:courtesy\s+of|credits?\s*:))\s*\(?(?:(?:dr|prof)\.?\s+|[a-z]{2,6}\s+[-–]\s+)?$/i;
/**
 * A photo site's user, as Global Voices captions credit pictures ("by Flickr user Jim", "Image from Flickr user Casa de
 * América", "Image from user Zoltan Dognar on Twitter" (Serbia, May 2012)): right before the name, or glued to it as a
 * role by the name pass.
 */
const PHOTO_SITE_USER = /\b(?:(?:Flickr|Wikimedia|Picasa|Instagram|Pinterest)|(?:photos?|images?|pictures?)\s+(?:from|by))\s+user\s+$/i;
const PHOTO_SITE_USER_NAME = /^(?:(?:Flickr|Wikimedia|Picasa|Instagram|Pinterest)|(?:photos?|images?|pictures?)\s+(?:from|by))\s+user\s/i;
/** A slash and an organisation after the name ("Lauren Dauphin/NASA Earth Observatory"). */
const SLASH_AGENCY = /^\s?\/\s?\p{Lu}/u;
/**
 * A licence or a handle right after the name, as credits give them: "(CC BY 2.0)", "(CC BY-NC-ND)", "(@elifilgaz)"; after
 * the photo site the picture is on ("African refugees by Vito Manzari on Flickr (CC BY 2.0)", Global Voices, Europe, 2012),
 * or spelled out ("by Myriam Louviot (CC-License-BY)", Global Voices, Africa, May 2012).
 */
const LICENCE_AFTER = /^(?:\s+on\s+(?:Flickr|Wikimedia\s+Commons|Instagram|Picasa))?\s*\((?:CC[\s-](?:License-)?BY|CC0|@\w)/;
/**
 * A caption's sentence that opens with a picture's word and a few words before "by" ("Photo taken by", "Photo
 * contributed to this post by", "Cartoon by", "Cartoon about harassment by"): Global Voices credits its pictures so. The
 * sentence must open with the picture's word, so that "a video released by the ministry" or "a cartoon by Latuff shows"
 * inside a sentence credits no one.
 */
const PICTURE_SENTENCE_BY =
  /^\s*(?:photos?|images?|pictures?|charts?|graphics?|illustrations?|maps?|videos?|screenshots?|cartoons?|drawings?)\s+(?:[\p{L}\d]+\s+){0,5}by\s+$/iu;
/** A caption's sentence that opens with a picture's word ("Image of the construction of the Supervía, "). */
const PICTURE_SENTENCE = /^\s*(?:photos?|images?|pictures?)\b/i;
/**
 * "Credit: NASA’s Goddard Space Flight Center/Scientific Visualization Studio James Tralie (ADNET Systems, Inc.)" (a
 * NASA video caption, 2024): a credit line lists its agencies, units and people one after another, so a name anywhere in
 * the run of capitalised words, slashes and commas that follows "Credit:" is credited too. So is one after the
 * affiliations, teams and parts a Hubble or Webb image's credit lists: "Credit: Illustration: NASA, ESA, A. Fields
 * (STScI), and J. DePasquale (STScI). Science: NASA, ESA, and S. Rodney (JHU) and the FrontierSN team; T. Treu (UCLA)"
 * (nasa.gov, 2024). Webb's captions drop the "Credit:" and open the line with the agencies: "… 6 billion years old.
 * NASA, ESA, CSA, Steve Finkelstein (UT Austin), Micaela Bagley (UT Austin)"
 * (usgov-nasa-webb-early-galaxies-pool-noodles-surfboards-2024-01-18).
 */
const CREDIT_RUN = new RegExp(
  String.raw`(?:(?<![Tt]ext\s)\b[Cc]redits?\s*:\s*\(?|(?:^|[.!?”]\s+)(?=NASA,\s+ESA\b))(?:(?:[\p{Lu}\d][\p{L}\d’'.&-]*|\([^()\n]{1,40}\)|the(?:\s+[\p{Lu}\d][\p{L}\d-]*)+\s+team)(?:\s*\/\s*|[,;]?\s+(?:and\s+)?|:\s+|\.\s+(?=\p{Lu}\p{Ll}+:\s)))+$`,
  'u',
);
/**
 * An item of a Wikinews Shorts page's source list: its author(s), a full stop, the article's title in marks, a dash and
 * the outlet ("Swaine, Jon. "England badminton team quits …" —The Telegraph, August 9, 2009"; "Ellis Mnyandu. "Dow
 * closes over 13,000" —Reuters, April 25, 2007"). The authors are bylines of other outlets' articles, credits. The
 * outlet and the day must close the block, so that a paragraph's sentence, a quotation and a dash is no source. The
 * outlet may be written as its web address ("Mark Tran. "Israeli shelling kills dozens at UN school in Gaza"
 * —guardian.co.uk, January 6, 2009", wikinews-shorts-gaza-school-ceasefire-gas-crisis-2009-01-07). A team of reporters
 * runs longer than one byline: "Randeep Ramesh, Vikram Dodd and Daniel Pepper, Owen Bowcott and Angela Balakrishnan."
 * is 85 characters (wikinews-shorts-mumbai-edna-parker-congo-swayze-2008-11-28).
 */
const SOURCE_ITEM = /^[^"“”\n]{1,160}?\.\s+["“][^"“”\n]+["”]\s*[—–]\s*(?:\p{Lu}|[\p{Ll}\d-]+\.[\p{Ll}.]+(?=,))[^\n]*,\s+\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}\s*$/u;
/**
 * A Wikinews caption's credit glued to the caption's last word, as the scrape runs them together: "the prior year's
 * eventImage: Brian McNeil.", "the People's Palace in the backgroundImage: Iain Macdonald."
 * (wikinews-glasgow-cannabis-enthusiasts-celebrate-green-2014-04-22), "Tony BennCredit: Josh Benn"
 * (wikinews-interviews-tony-benn-uk-politics-2007-08-12). The picture's or the credit's word keeps its capital, so a
 * lower-case word glued before it tells the join; `CREDIT_LEAD` reads one glued to a number.
 */
const GLUED_LEAD = /\p{Ll}(?:(?:Image|Photo|Picture)s?|Credits?)\s*:\s*$/u;

/**
 * "Art: Luciano Matsuzaki and Mariana Lettis" (gv-brazil-digital-crimes-bill-2009-06-11): a block that is nothing but
 * "Art:" and the names of the artists, as Global Voices credits a drawing under it. The whole block must be the credit,
 * so that a heading "Art:" before a sentence credits no one.
 */
const ART_CREDIT_LINE = /^Art\s*:\s*\p{Lu}[\p{L}'’.-]*(?:(?:,?\s+(?:and\s+)?|\s*&\s*)\p{Lu}[\p{L}'’.-]*)*\.?\s*$/u;

/** "Photo of Emily Silberstein (CC BY 2.0)": a picture's word before the name where a licence follows it. */
const PICTURE_OF = /\b(?:photos?|images?|pictures?)\s+(?:\w+\s+)?(?:of|from)\s+$/i;

/**
 * Whether a name at `start` of a text is a photo credit's: written right after an organisation and a slash ("NASA/Steve
 * Freeman", "NASA/CXC/SAO/N. Wolk", "(NASA/Bill Ingalls)"), not after a lower-case word ("activist/blogger Oleg
 * Kozyrev"). The photographer is a person but says nothing in the text.
 */
export const isCredit = (text: string, start: number): boolean => /(?:^|[\s(:;,/])\p{Lu}[^\s/]*\/\s?$/u.test(text.slice(Math.max(0, start - 40), start));

/**
 * Whether a name at `start` of a text comes right after a photographer's two-word credit ("Credit: NASA/Jef Janis Tom
 * Vice, chief executive officer …", nasa_article_825 of NASA_RAG): the next caption's name, glued on by the scrape, not
 * part of the credit (`creditGluedNames.ts`).
 */
const afterTwoWordCredit = (text: string, start: number): boolean =>
  /(?:^|[\s(:;,])\p{Lu}[^\s/]*\/\s?\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+\s$/u.test(text.slice(Math.max(0, start - 60), start));

/** The words of the sentence that holds `start`, up to it, when it opens within 100 characters before; '' otherwise. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - 100);
  const head = text.slice(from, start);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  return stop >= 0 || from === 0 ? head.slice(stop + 1) : '';
}

/**
 * Whether the name at [start, end) of a text is a picture's credit: after a credit's opening words, written with a
 * slash next to an agency, or before a licence; or an author of an item of a source list. A credited photographer is not
 * one of the people the article names (`docs/annotation-guide.md`: "Photo and chart credits … are not `people`"; "Source
 * lists of a Wikinews Shorts page").
 */
export function isCreditedName(text: string, start: number, end: number): boolean {
  // A credit names one photographer; a longer run glued to it is the next caption's words ("NASA/Danny Nowlin Next Gen
  // STEM Project Manager Dr. Carrie Olsen welcomes …").
  if (PHOTO_SITE_USER_NAME.test(text.slice(start, end))) return true;
  if (SOURCE_ITEM.test(text) && end <= text.search(/["“]/)) return true;
  if (ART_CREDIT_LINE.test(text)) return true;
  if (text.slice(start, end).split(/\s+/).length > 4) return false;
  if (afterTwoWordCredit(text, start) && isFirstName(text.slice(start, end).split(/\s+/)[0] ?? '')) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  if (CREDIT_LEAD.test(before) || GLUED_LEAD.test(before) || PHOTO_SITE_USER.test(before) || isCredit(text, start)) return true;
  if (CREDIT_RUN.test(text.slice(Math.max(0, start - 400), start))) return true;
  if (PICTURE_SENTENCE_BY.test(sentenceBefore(text, start))) return true;
  if (SLASH_AGENCY.test(after)) return CREDIT_LEAD.test(before.replace(/\s+$/, ' ')) || /\b(?:by|courtesy of)\s+$/i.test(before);
  // "Image of the construction of the Supervía, María Teresa Adalid (CC BY-NC-ND 2.0)" (Global Voices, Mexico, May 2012).
  // A handle after a name in such a sentence is the person's own ("Images of the march spread, and Ahmed Maher
  // (@AhmedMaher) shared them"); a licence is the picture's.
  if (/^\s*\(CC[\s-]?(?:BY|0)/.test(after) && PICTURE_SENTENCE.test(sentenceBefore(text, start))) return true;
  return LICENCE_AFTER.test(after) && (PICTURE_OF.test(before) || /\b(?:by|courtesy of)\s+$/i.test(before));
}

/**
 * Clears every person's mentions that are picture credits, and every one in a block that is a credit line (`credits`,
 * the cleaner's "(Image: Patrick Gillett)" set apart from its caption); a person named only in credits is then no one.
 */
export function dropCreditedNames(registry: EntityRegistry, texts: ReadonlyArray<string>, credits: ReadonlySet<number> = new Set()): void {
  for (const entity of registry.entities.values()) {
    if (entity.type !== 'person') continue;
    const credited = entity.mentions.filter((m) => credits.has(m.block) || isCreditedName(texts[m.block] ?? '', m.start, m.end));
    if (credited.length === 0) continue;
    entity.mentions = entity.mentions.filter((m) => !credited.includes(m) && !credited.some((c) => glossesCredit(texts[m.block] ?? '', c, m)));
    handSurnamesToNamesake(registry, entity, texts);
  }
}

/**
 * "Tony BennCredit: Josh Benn" then "attempts to contact Mr Benn" (wikinews-interviews-tony-benn-uk-politics-2007-08-12):
 * a credited person whose full name the text writes nowhere else took the surname mentions of the one other person the
 * article names with that surname, who is the one meant. Moves those mentions to that person; none when two others
 * bear the surname, or none.
 */
function handSurnamesToNamesake({ entities, byMention }: EntityRegistry, credited: FoundEntity, texts: ReadonlyArray<string>): void {
  const { mentions } = credited;
  if (mentions.length === 0 || mentions.some((m) => texts[m.block]?.slice(m.start, m.end) === credited.name)) return;
  const surname = credited.name.split(' ').at(-1) ?? '';
  const namesakes = [...entities.values()].filter((e) => e !== credited && e.type === 'person' && e.name.split(' ').at(-1) === surname);
  const [namesake] = namesakes;
  if (namesakes.length !== 1 || !namesake) return;
  for (const m of mentions) byMention.set(mentionKey(m.block, m.start), namesake);
  namesake.mentions = [...namesake.mentions, ...mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  credited.mentions = [];
}

/**
 * Whether the mention `m` is the surname inside a handle that glosses the credited mention `credit` right before it:
 * "Illustration by Gerardo Obieta, @G_Obieta, under Creative Commons" (gv-mexico-cadereyta-massacre-condemned-2012-05-14)
 * gives the illustrator's handle, no second mention of someone the article names. Offsets are UTF-16 code units of `text`.
 */
function glossesCredit(text: string, credit: FoundMention, m: FoundMention): boolean {
  return credit.block === m.block && credit.end <= m.start && /^[\s,(]*@[\w.]*$/.test(text.slice(credit.end, m.start));
}

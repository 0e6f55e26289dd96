import { LANGUAGE_TAG } from '../languageTag';
import { ADVERBS } from '../lexicon/adverbs';
import { DAY_NAMERS } from '../lexicon/dayNamers';
import { MONTH_NAMES } from '../lexicon/monthNames';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { POST_NOMINALS } from '../lexicon/postNominals';
import { WEB_MEDIA } from '../lexicon/webMedia';
import type { MentionIndex } from './mentions';
import { endsInTitleAndUnits, personBeforeUnits } from './personBeforeUnits';
import { setOffAdverbAt } from './setOffAdverb';

const TAG_OR_HANDLE_END = new RegExp(String.raw`\s*(?:${LANGUAGE_TAG}|\(\s*‏?@\s?\w+\s*\))$`, 'u');
/** A handle in parentheses or a language tag after the head of an appositive, before its comma. */
const HEAD_CLOSER = new RegExp(String.raw`\s*(?:\(@\w+\)|${LANGUAGE_TAG})$`, 'u');

/**
 * Auxiliaries between a speaker and the verb: "media have said", "Smith had told", "police will say"; lower case only, as
 * "Lionel May" is a name. Adverbs too: "Gist Only wrote" is a blog's name, not "Gist" writing.
 */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** An indefinite description ending where the speaker words end: "One resident", "a senior official". */
const INDEFINITE_END = /(?:^|[\s,;:—–(])((?:a|an|one|another)\s+(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)$/iu;
/**
 * A definite description ending in a person's role noun where the speaker words end: "The general" of "The general, who
 * oversees the U.S. wars in Afghanistan and Iraq, recently announced" (wikinews-us-uk-embassies-yemen-close-al-qaeda-
 * threat-2010-01-03), which the role's reader takes back to the person who holds it.
 */
const DEFINITE_ROLE_END = /(?:^|[\s,;:—–(])[Tt]he\s+(?:[\p{L}'’.-]+\s+){0,3}?(\p{Ll}[\p{L}'’-]*)$/u;
const definiteRole = (head: string) => PERSON_ROLE_NOUNS.includes(DEFINITE_ROLE_END.exec(head)?.[1] ?? '');

/**
 * A month with its day, and perhaps its year: "May 9", "May 8, 2012" of "Global Times's editorial on May 9, stated that
 * …" and "The China Daily commentary on May 8, 2012, highlighted …" (gv-china-philippines-scarborough-shoal-tension-rises-
 * 2012-05-10), where the date sits between the speaker and the verb as a weekday does.
 */
const DATED_MONTH = String.raw`(?:${MONTH_NAMES.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?`;

/**
 * A day of the week with no "on" before it, perhaps with its part of the day: "Thursday" of "A resolution passed by the
 * European Parliament Thursday asked EU states "to find …"" (wikinews-gay-iranian-awaits-decision-asylum-2008-03-14), where
 * the day stands between the speaker and the verb as "on Thursday" does (AP Stylebook, "days of the week": no "on" needed).
 * Not a day a feast's word names ("Super Tuesday saw …", `lexicon/dayNamers.ts`): that day is the subject.
 */
const BARE_WEEKDAY = String.raw`(?<!\b(?:${[...DAY_NAMERS].join('|')})\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?`;

/**
 * A time between the speaker and the verb: "on Monday", "in a statement", ", at the same day,", "during the weekend";
 * how much of it is quoted ("The message in part said, “…”", wikinews-us-uk-embassies-yemen-close-al-qaeda-threat-2010-01-03);
 * the statement the words came in ("The Aam Aadmi Party in Goa, in its statement, said", "Coles, in its March 8 media
 * release, reported"), or the post, perhaps with its title in marks ("the blog Unificacionistas, in its post "Equality for
 * few" wrote", gv-argentina-gender-identity-law-2012-05-12); the sources it had them through ("Express Tribune through its sources claimed that …", Global
 * Voices); a phrase that sets the speaker against someone before ("Folha on the other hand, says", "the
 * ministry, for its part, said"); or the occasion the speaker spoke on ("Greek prime minister Kyriakos Mitsotakis
 * speaking to the Atlantic Council think tank called", Wikinews), or told by "in" and a gerund ("Assembly president Richard
 * Ferrand in relaying the news to parliament said", a fresh Wikinews page); a speech or an interview the words came in,
 * perhaps with its time right after it ("Akihito in a televised address last year said age and health were interfering
 * with his duties", wikinews-national-diet-law-akihito-abdicate-2017-06-10); not a time alone, which may end a description before the verb
 * ("Three African presidents visiting Washington this week stressed …", voa-african-presidents-support-bush-africa-
 * initiative-2005-06-16: Washington stressed nothing); or a day of the week written bare, as American news style writes
 * it after the clause's subject or object (`BARE_WEEKDAY`).
 */
const TIME_END = new RegExp(
  String.raw`(?:,\s*)?\b(?:${BARE_WEEKDAY}|(?:on|in|at)\s+(?:the\s+)?(?:${DATED_MONTH}|same\s+day|\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+|turn|a\s+statement|other\s+hand|\d{4})|in\s+part|in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:statement|release|address|speech|interview)(?:\s+(?:last|this)\s+(?:year|month|week))?|in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:post|article|column|editorial|entry)(?:\s+(?:titled\s+)?["“][^"“”]{1,80}["”])?|for\s+(?:its|his|her|their)\s+part|(?:through|via)\s+(?:its|his|her|their)\s+(?:own\s+)?sources|during\s+the\s+(?:weekend|week|night|day|morning|afternoon|evening)|(?:speaking|talking)\s+(?:to|at|with|before)\s+[^,;:"“”]{2,60}|in\s+\p{Ll}{3,}ing\s+[^,;:"“”]{2,60})\s*,?$`,
  'u',
);

/**
 * `pattern` (anchored at the end with `$`) matched against only the last `window` UTF-16 code units of `text`, its index
 * given in `text`: a `$`-anchored pattern is otherwise tried from every offset of a long stretch, which cost a share of
 * the analysis. `window` must exceed the longest text the pattern can match, and the spaces it may open with.
 */
function atEnd(pattern: RegExp, text: string, window: number): RegExpExecArray | null {
  const from = Math.max(0, text.length - window);
  const match = pattern.exec(text.slice(from));
  if (match) match.index += from;
  return match;
}

/** The words a cue's speaker ends with, right before its verb. */
export interface SpeakerWords {
  /** The speaker words from the look-back start, without what stands between them and the verb. */
  before: string;
  /** Where `before` ends in the block, in UTF-16 code units. */
  stop: number;
  /** Whether `before` is the head of an appositive ("Rebeca Grynspan" of "Rebeca Grynspan, secretary-general of UNCTAD,"). */
  appositive: boolean;
  /** A writer's `@handle` in parentheses between the speaker words and the verb, half-open; null when none. */
  handle: { start: number; end: number } | null;
  /** Whether letters that only close a person's name (`QC`, `MP`) stand between the speaker words and the verb. */
  postNominal: boolean;
  /** Whether the words end in a person's title and units set off by commas, with the person not found before them. */
  titleAndUnits: boolean;
}

/**
 * An appositive set off by commas at the end of the speaker words. A short quoted title inside it, with no comma of its
 * own, belongs to the aside: "Tribunal spokesman Reach Sambath, who also joined “Hello VOA” Monday, said the courts’
 * Victims Unit has so far received more than 2,000 complaints" (voa-cambodia-tribunal-readies-next-year-2008-12-23). A quotation
 * closed by its own comma (`, “We will win,” said`) is no aside.
 */
const APPOSITIVE_END = /,\s+(?:the\s+|a\s+|an\s+)?(?:[^,;:"“”]|["“][^,;:"“”]{1,40}["”]){2,160}?,$/;

/**
 * The head before an appositive that ends `stretch` ("Rebeca Grynspan, secretary-general of UNCTAD, warned",
 * "Pumisacho, who worked in Iraq, said", "One resident, who asked not to be named, said"), or before two in a row
 * ("Professor Cres Eastman, Director of …, and Chairman of …, says"); null when the stretch ends in none whose head
 * names someone.
 */
function appositiveHead(stretch: string, block: number, from: number, mentions: MentionIndex): string | null {
  const appositive = APPOSITIVE_END.exec(stretch);
  if (!appositive) return null;
  // "Martin Ferro (@Martin_Ferro), similarly to other Twitter users, expresses": the name's handle closes the head, and
  // so does its link's language tag ("Prominent blogger Rustem Adagamov [en], linking to …, tweeted [ru]:").
  const head = stretch.slice(0, appositive.index).replace(HEAD_CLOSER, '');
  const namesHead = (h: string) => mentions.between(block, from, from + h.length).some((m) => m.entity.type !== 'place' && m.end === from + h.length);
  if (INDEFINITE_END.test(head) || definiteRole(head)) return head;
  // "Col. Chuck Masaracchia, commander, 2nd Brigade Combat Team, 1st Armored Division, said": the units after a
  // person's title are no speaker.
  const person = () => personBeforeUnits(head, block, from, mentions);
  if (namesHead(head)) return person() ?? head;
  const earlier = /,\s+[^,;:"“”]{2,120}$/.exec(head);
  if (!earlier) return null;
  const shorter = head.slice(0, earlier.index);
  return namesHead(shorter) && mentions.between(block, from, from + shorter.length).some((m) => m.entity.type === 'person' && m.end === from + shorter.length)
    ? shorter
    : person();
}

/**
 * The speaker words of `text` that end before a cue verb at `end`, looking back from `from` (both UTF-16 offsets): the
 * words with the adverbs, auxiliaries, times, language tags (`[es]`), handles and acronyms in parentheses that stand
 * between them and the verb left out, or the head of an appositive (AP style sets a description off with commas
 * between a name and its verb).
 */
export function speakerWords(text: string, block: number, from: number, end: number, mentions: MentionIndex): SpeakerWords {
  // "The United States Geological Survey, however, reported": the adverb's commas set off no description of the name.
  const aside = setOffAdverbAt(text.slice(from, end).trimEnd());
  let cut = aside === null ? end : from + aside;
  const wholeHead = appositiveHead(text.slice(from, cut).trimEnd(), block, from, mentions);
  let handle: { start: number; end: number } | null = null;
  let postNominal = false;
  // "Su Huan-Chi, a candidate … with the Democratic Progressive Party (DPP), also stated": the acronym left out took the
  // comma that closes the appositive with it.
  let closedByComma = false;
  // A name the name pass read ends right before the letters ("One MP told" has none: "MP" is the speaker there).
  const namedBefore = (at: number) => {
    const nameEnd = from + text.slice(from, from + at).trimEnd().length;
    return nameEnd < from + at && mentions.between(block, from, nameEnd).some((m) => m.end === nameEnd);
  };
  const namedBody = (at: number) => {
    const nameEnd = from + text.slice(from, from + at).trimEnd().length;
    return nameEnd < from + at && mentions.between(block, from, nameEnd).some((m) => m.end === nameEnd && m.entity.type === 'organization');
  };
  const shortNameAfterName = (rest: string) => {
    const short = atEnd(/\s*\(\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+\),?$/u, rest, 60);
    return short && namedBefore(short.index + short[0].length - short[0].trimStart().length) ? short : null;
  };
  while (wholeHead === null) {
    // trimEnd drops what \s matches; the look behind starts the last word's match only where a word starts, not at each of
    // its letters (the same match, and no retry at every letter of the sentence before the cue).
    const rest = text.slice(from, cut).trimEnd();
    const word = /(?<![\p{L}'’.-])([\p{L}'’.-]+)$/u.exec(rest)?.[1];
    const time = atEnd(TIME_END, rest, 160);
    // "José Plata (@pepeplata) [es] qualified …": a language tag and the writer's handle stand between the name and the verb.
    // "Jesus Blanco (@ Gsusologo) [es] tweeted": Spanish-language posts may write the handle with a space after the at sign.
    // "Jennifer Horan of the Consumer Financial Protection Bureau (CFPB) added": so does an acronym the mention left out,
    // with the comma after it ("Anthony Fauci of the National Institute of … (NIAID), announced").
    // "The California Department of Forestry and Fire Protection (CalFire) said", "Philippine Institute of Volcanology and
    // Seismology (Phivolcs) reported": a short name in any case stands so too, right after a name the name pass read.
    const closed = /[)\]]/.test(rest.endsWith(',') ? rest.charAt(rest.length - 2) : rest.charAt(rest.length - 1));
    const acronym = closed ? (atEnd(/\s*\(\p{Lu}[\p{Lu}\p{Ll}&.-]{0,9}\p{Lu}\),?$/u, rest, 60) ?? shortNameAfterName(rest)) : null;
    const outside = acronym && !mentions.between(block, from, from + rest.length).some((m) => m.end === from + rest.length);
    const tag = closed ? (atEnd(TAG_OR_HANDLE_END, rest, 60) ?? (outside ? acronym : null)) : null;
    // "Baslan Damang, a security official from the port of departure, on Tuesday told": the comma before the time stays
    // when it closes an appositive after a name, so that the name is read ("One activist, Nur Khan Liton, on Sunday
    // told" keeps the name, not the description).
    const closes = (head: string | null) => head !== null && !INDEFINITE_END.test(head);
    if (time) cut = from + time.index + (/^,/.test(time[0]) && closes(appositiveHead(rest.slice(0, time.index + 1), block, from, mentions)) ? 1 : 0);
    else if (tag) {
      closedByComma ||= /,$/.test(tag[0]);
      handle ??= /@\s?\w+/.exec(tag[0]) && { start: from + tag.index + tag[0].indexOf('@'), end: from + tag.index + tag[0].replace(/[\s)]+$/, '').length };
      cut = from + tag.index;
    } else if (word && (ADVERBS.has(word) || AUXILIARIES.has(word)) && !/^(he|she|they|it)$/i.test(word)) cut = from + rest.length - word.length;
    // "Al Kaashif blog wrote [ar] about the case:" (gv-mauritania-debate-al-qaeda-execution-2012-05-22): the blog named
    // before its noun speaks, as "the blog Alegcom" does (`kindThenName.ts`); the name pass read the name as the blog's.
    else if (word && WEB_MEDIA.has(word) && namedBody(rest.length - word.length)) cut = from + rest.length - word.length;
    // "Prosecutor Kama Melly QC said": letters after a name close it (the name pass ends the name before them), so they
    // stand between the speaker and the verb as an adverb does.
    else if (word && POST_NOMINALS.has(word) && namedBefore(rest.length - word.length)) {
      cut = from + rest.length - word.length;
      postNominal = true;
    } else break;
  }
  const stripped = text.slice(from, cut).trimEnd();
  const head = wholeHead ?? appositiveHead(stripped, block, from, mentions) ?? (closedByComma ? appositiveHead(`${stripped},`, block, from, mentions) : null);
  let before = head ?? stripped;
  // "the Movement for Democratic Change, says …": the comma after an appositive name is not part of it.
  if (before.endsWith(',') && head === null) before = before.slice(0, -1).trimEnd();
  const titleAndUnits = endsInTitleAndUnits(head === null ? stripped : `${head},`);
  return { before, stop: from + before.length, appositive: head !== null, handle, postNominal, titleAndUnits };
}

import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { nationalTerm, termAsSubject } from './nationalTerm';
import { afterClose, appositiveName, nicknameInName, pieceTitle, postTitle, publishedTitle, titleBeforeHead, topicQuestion } from './namedShapes';
/**
 * The words right before an opening mark that introduce a name, not words spoken: `an individual named`, `also known
 * as`, `a post titled`, `the hashtag`. What follows is a name, a title or a hashtag, which docs/annotation-guide.md
 * counts as no quote ("Not quotes: titles of works, … nicknames, names of operations"); a semicolon may stand for the
 * colon (`The papers were titled; “Large mission implementation lessons from history”, …`, a fresh NASA page). "Called" is left out: "what he
 * called “the freest and fairest elections”" quotes a speaker. Signs and banners have rules of their own (SIGN_BEARS).
 */
const NAMING = /\b(?:named|nicknamed|dubbed|titled|entitled|known\s+as|the\s+(?:hashtags?|slogans?|motto))\s*[,:;]?\s*(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * A word or a headline mentioned rather than used: `the term "natural born Citizen"`, `a rather controversial headline
 * "…"`, an example of a question (`What would a question like "the greatest woman in the world" reveal to you?`, a
 * Wikinews interview) (docs/annotation-guide.md: "Scare quotes that nobody says (a single quoted word used as a term …)
 * are not quotes"), one or several: `It is clear that the headlines "Eritreans suspected of an assault in southern Tel Aviv"
 * and "African suspected of robbery" are grave violations` (gv-israel-racism-african-asylum-seekers-2012-05-21, a
 * blogger citing newspapers' headlines as examples; the second joins by `secondName`); so is a saying nobody is said to say (`What about the adage, “Those who forget history are doomed to
 * repeat it”?`, a GUM interview of Wikinews). Not after a verb that puts the words in someone's mouth: `used the word
 * "…"`, `repeated the phrase "…"`.
 */
const MENTIONED =
  /(?<!\b(?:us(?:e|es|ed|ing)|sa(?:y|ys|id|ying)|utter(?:s|ed|ing)?|repeat(?:s|ed|ing)?|invok(?:e|es|ed|ing)|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?)\s+)\b(?:the|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:terms?|word|phrase|expressions?|headlines?|moniker|catchphrase|tagline|acronym|domain|adage|proverb|maxim|question\s+like)\s*[,:]?\s*$/iu;
/**
 * A name given to a thing in the passive (`was commonly called "swine flu."`, `is known locally as "…"`) or with its
 * object before it (`named the virus that causes it "severe acute respiratory syndrome coronavirus 2"`): the guide's
 * "names and designations given to a thing". The active `called X "Y"` quotes its subject and is not here.
 */
const DESIGNATED =
  /(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|often|still|sometimes|\p{Ll}+ly)\s+)?(?:called|termed|labell?ed)(?:\s+(?:the|a|an))?|\b(?:named|renamed|designated|christened)\s+(?:[\p{L}\d'’-]+\s+){1,6})\s*$/u;

/**
 * A designation with no one given who makes it: `Sometimes described as “the Army’s think tank,”`, `a center, often
 * described as “…”`, `who was described as “…”`. Only at a sentence's start, after a comma or after "is/was": the active
 * `she described it as “…”` quotes its subject. With an agent after the quote (`… as “knife-obsessed” by the police`)
 * the words are the agent's and stay a quote (`byAgent`).
 */
const DESCRIBED =
  /(?:^|[.!?,;]\s+|\b(?:is|are|was|were|be|been|being)\s+)(?:(?:also|often|still|sometimes|\p{L}+ly)\s+)?described\s+as(?:\s+(?:the|a|an))?\s*$/iu;

/**
 * Text a thing shows, not words anyone says: `the page … still displays "Repository unavailable due to DMCA takedown"`
 * (a fresh Wikinews page), a plaque `inscribed with "…"`. docs/annotation-guide.md: "slogans printed on things" are no
 * quotes. "Read" is left out: "Trump's statement read: "…"" quotes a statement.
 */
const PRINTED = /\b(?:display(?:s|ed|ing)|(?:emblazoned|inscribed|engraved|printed|painted|scrawled)\s+with(?:\s+the\s+words)?)\s*[,:]?\s*$/u;

/**
 * A sign, a banner or a wall's writing and the words it bears, a few words after the noun: `a banner from People's Vote
 * saying "put it to the people"`, `the protest banner of “TVB news, a sloppy production”`, `the writing says "say 'friend'
 * and enter."`, `a hand-painted sign that read "Measles kills. Vaccines save."`, `A banner stretched between two lampposts
 * read "…"`, `carried a banner reading "Old man, go away!"` (a Wikinews photo caption of the development half, fresh
 * Global Voices and Wikinews pages, the invented fixtures). docs/annotation-guide.md: "slogans printed on things" are no
 * quotes. The noun after a determiner, an adjective or a verb of holding, and not before a determiner, so that "signs"
 * is no verb ("The governor signs a bill saying …");
 * "read" only after a sign, so that "Trump's statement read: "…"" still quotes a statement; no punctuation between the noun
 * and its verb, so that "The sign was clear, the mayor said "…"" keeps the mayor's quote.
 */
const SIGN_BEARS =
  /(?<=\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|with|holding|carrying|waving|protest|handwritten)\s+(?:[\p{Ll}-]+\s+)?)(?:banners?|signs?|placards?|posters?|billboards?|stickers?|graffiti|writing|inscription)(?!\s+(?:a|an|the|his|her|its|their|off|into)\b)\s+(?:[^\s"“”.!?,;:]+\s+){0,6}?(?:(?:that|which)\s+(?:read|reads|said|says)|saying|says|said|of|read|reads|reading)\s*[,:]?\s*$/u;
/**
 * A wall and the words written on it, told by a relative clause or a participle: `in front of a wall that protects a
 * building under construction that says "The drums of rebellion are sounding."` (gv-spain-indignados-15m-barcelona-
 * 2012-05-16). Narrower than SIGN_BEARS: "stood by the wall and said "…"" quotes the one who stood there.
 */
const WALL_BEARS =
  /\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?walls?\s+(?:[^\s"“”.!?,;:]+\s+){0,6}?(?:(?:that|which)\s+(?:read|reads|said|says)|saying|reading)\s*[,:]?\s*$/u;
/**
 * The nouns MENTIONED and SIGN_BEARS turn on, with their flags: a text without one needs neither pattern, whose look-behind
 * at their start is tried at every offset of the text.
 */
const MENTIONED_NOUN = /term|word|phrase|expression|headline|moniker|tagline|acronym|domain|adage|proverb|maxim|question/iu;
const SIGN_NOUN = /banner|sign|placard|poster|billboard|sticker|graffiti|writing|inscription/u;
/** A photo caption naming what the marked words are on: `"Where is David Cameron? Danny Dyer for PM" sign.` */
const SIGN_AFTER = /^\s+(?:protest\s+)?(?:signs?|banners?|placards?|posters?|graffiti)\b/iu;

/**
 * A name or a title told as what something is called (`Twine’s official title is “astronaut strength, conditioning, and
 * rehabilitation specialist.”`), and a saying a thing is likened to (`This approach, reminiscent of “boots on the
 * ground,”`): both from NASA pages of the development half, where the gold lists them as no quotes. A few words may come
 * between the noun and its verb: `the headline of CCTVB in 6:30pm is “three boy fainted …”`, `One of the main topics during
 * any Iranian presidential election is ‘to vote or not to vote'`, `Our team’s mantra is, “we are only as successful as …”`
 * (fresh Global Voices and digital.gov pages).
 */
const TITLE_IS =
  /\b(?:(?:title|name|nickname|motto|headline|slogan|topics?|theme|tagline|mantra)(?:\s+[^\s"“”‘’.!?]+){0,6}?\s+(?:is|was|are|were)|reminiscent\s+of)\s*[,:]?\s*$/iu;

/**
 * A thing introduced by the name it goes by, after the verb or preposition that takes it as object: `wrote a program
 * called “butterpy”`, `built an app called “…”`. Not a subject (`A spokesman called “…”` opens its sentence, with no
 * lower-case word before the article). Observed on real news: a NASA page's "wrote a program called “butterpy”".
 */
const THING_CALLED = /(?<=\b\p{Ll}+\s+)(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,3}?called\s*$/u;

/**
 * A word's meaning in another language or its gloss: `The Arabic name for Regulus translates as "the heart of the
 * lion."`, `Arusha is Swahili for “he makes fly (into the skies).”`, `the Latin words Explorandi Concitandi Docendi
 * Gratia, meaning “for the sake of exploring, inspiring, and teaching.”` (fresh NASA pages). The words render a name,
 * nobody says them. "Meaning" only after a comma, not in a clause that tells what someone meant ("it means “…”").
 * A gloss in brackets renders the word before it: `Saudi has “white hands” (Arabic for “a shining track record”)` (Global
 * Voices, development half, whose gold lists it as no quote).
 */
const GLOSS =
  /(?:\btranslat(?:es|ed)\s+(?:as|to)|(?:\b(?:is|was|are)\s+(?:the\s+)?|\(\s*)\p{Lu}\p{Ll}+(?:\s+(?:word|term|name|phrase))?\s+for|,\s+(?:literally\s+)?meaning)\s*[,:]?\s*$/u;

/**
 * The title of the piece a pull quote is taken from, after its signature and closing the paragraph: `"Prompted I think by
 * the Tom Cruise video, … An insurgency against The Church of Scientology." Anonymous blogger, "Anon declares war on
 * Church of Scientology"` (a Wikinews article as the GUM corpus keeps it, development half): a title of a work, no quote.
 */
function signedTitle(text: string, open: number): boolean {
  const signature = /["”]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}),\s*$/u.exec(text.slice(Math.max(0, open - 60), open));
  // "…" She further stated, "…": a cue, not a signature.
  if (!signature?.[1] || signature[1].split(/\s+/).some(isSpeechVerb)) return false;
  return /^[^"“”.!?]+["”]\s*\.?\s*$/u.test(text.slice(open + 1));
}

/**
 * Whether the quote whose opening mark is at `open` (UTF-16 offset in its paragraph) is set off after a naming cue:
 * a name, a slogan, a term or a headline mentioned, never speech.
 */
export const namesAThing = (text: string, open: number): boolean => {
  const before = text.slice(Math.max(0, open - 80), open);
  // "was called "a hero" by the president" is the president's phrase.
  const byAgent = () => /^.[^"“”]*["”]\s*,?\s+by\b/u.test(text.slice(open));
  const designated = (DESIGNATED.test(before) || DESCRIBED.test(text.slice(Math.max(0, open - 60), open))) && !byAgent();
  return (
    NAMING.test(before.slice(-60)) ||
    (before.includes('called') && THING_CALLED.test(before)) ||
    (MENTIONED_NOUN.test(before) && MENTIONED.test(before)) ||
    GLOSS.test(before) ||
    PRINTED.test(before) ||
    (SIGN_NOUN.test(before) && SIGN_BEARS.test(before)) ||
    (before.includes('wall') && WALL_BEARS.test(before)) ||
    SIGN_AFTER.test(afterClose(text, open)) ||
    topicQuestion(text, open) ||
    nicknameInName(text, open) ||
    appositiveName(text, open) ||
    titleBeforeHead(text, open) ||
    postTitle(text, open) ||
    pieceTitle(text, open) ||
    nationalTerm(text, open) ||
    termAsSubject(text, open) ||
    publishedTitle(text, open) ||
    TITLE_IS.test(before) ||
    designated ||
    signedTitle(text, open) ||
    secondName(text, open)
  );
};

/**
 * A second name joined by "and" or "or" to a first one set off by a naming cue: `also known as “Amazing Grace” and
 * “the first lady of software,”` (a fresh digital.gov page), or the next in a list after a comma: `The papers were titled;
 * “Large mission implementation lessons from history”, “Webb Space Telescope primary mirror development: …”, and “Rules
 * for optical metrology: …”` (a fresh NASA page). The cue governs them all.
 */
function secondName(text: string, open: number): boolean {
  const from = Math.max(0, open - 12);
  const joined = /["”]\s*(?:,\s*|,?\s+(?:and|or)\s+)$/u.exec(text.slice(from, open));
  if (!joined) return false;
  const close = from + joined.index;
  const previous = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
  return previous >= 0 && namesAThing(text, previous);
}

/**
 * A determiner right before the opening mark: the words in marks stand where an adjective or a name would. Not "that",
 * which also opens a clause ("I always tell people that “I was called everything but nice” every single day").
 */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|these|those|its|their|our)\s*$/iu;
/**
 * Lower-case words after a closing mark that go on the sentence rather than name the kind of thing the marked words
 * modify: prepositions, conjunctions, auxiliaries and adverbs ("a “total of 1,723 cases” in Wuhan", "a “day in the
 * life” of a working person").
 */
const GOES_ON =
  /^(?:of|in|on|at|for|with|to|from|by|as|and|or|but|nor|that|which|who|whose|than|into|onto|over|under|about|after|before|since|while|when|where|like|via|across|through|per|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|did|does|do|not|also|then|so|too|first|now)$/u;

/**
 * Whether words in marks modify the noun after them, between a determiner and that noun: `governed under the “one
 * country, two systems” model`, `operators followed a “test like you fly” approach`, `forming in the “beads on a
 * string” pattern`. Set there, the words are the name of a policy, a method or a pattern, which docs/annotation-guide.md
 * counts as no quote ("titles of works, … names of operations, slogans") unless someone is said to say them; the caller
 * asks that. `open` and `end` are the UTF-16 offsets of the opening mark and of the end of the marked words.
 */
export function modifiesNoun(text: string, open: number, end: number): boolean {
  const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, open - 12), open));
  // With no determiner, only a noun that ends its phrase: `podiobooks.com features "free as in beer" content — material
  // which …` (a Wikinews interview question, development half).
  if (!determined && !/\p{Ll}\s+$/u.test(text.slice(Math.max(0, open - 12), open))) return false;
  const quoted = text.slice(open + 1, end).trim();
  if (/[.,;:!?]$/u.test(quoted)) return false;
  const after = (determined ? /^["”’']\s+(\p{Ll}[\p{Ll}-]{2,})\b/u : /^["”’']\s+(\p{Ll}[\p{Ll}-]{2,})\s*(?:[—–;:,.]|$)/u).exec(text.slice(end).trimStart());
  const word = after?.[1];
  return word !== undefined && !GOES_ON.test(word) && !word.endsWith('ly');
}

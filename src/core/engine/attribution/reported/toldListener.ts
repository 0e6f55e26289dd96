import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { opensClause } from './clauseStart';

/**
 * Where the listener of "told" (or "asked", "informed" …) ends when no "that" follows, read from the words after the
 * verb: `told reporters the plan …`, `told Sky News any process …`, `informed police she …`. News writing drops "that"
 * after a speech verb (AP Stylebook, "that (conjunction)"), so the listener's last word is where the content starts.
 * Offsets are UTF-16, into `rest` (the text right after the verb).
 */

/** Words that open a noun phrase of their own, so they start the content rather than end the listener: "the press the new drugs …". */
const OPENS_NOUN_PHRASE = String.raw`(?:he|she|they|it|we|you|I|the|a|an|his|her|their|its|our|my|your|this|these|those|some|no|all|every|each|both|many|most|one|two|three)\b`;

/**
 * When it was said, between the listener and the content: "told reporters today …", "told the press last week, …", "told
 * Vogue magazine in 2015 she didn't record Respect …" (wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16).
 */
const WHEN =
  /^\s+(?:today|yesterday|earlier|later|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening|weekend)|in\s+(?:1[89]|20)\d{2})\b/;

/** The kind of outlet after its capitalised name: ` magazine` of "told Vogue magazine", ` newspaper` of "told the Daily Nation newspaper". */
const OUTLET_KIND = /^\s+(?:magazine|newspaper|daily|weekly|radio|television|channel|website|network|news\s+agency)\b/;

/** The listener runs on to the sentence's end: `Zapata told French news channel BFM TV.` names no content. */
const LISTENER_TO_END = /^(?:\s+[\p{Ll}-]+){0,3}(?:\s+\p{Lu}[\p{L}&-]*)+\s*(?:[.;,]|$)/u;

/** A preposition: the listener's phrase, or where it was said, goes on (`a guard at the door`, `reporter X of VOA`). */
const PREPOSITION = String.raw`(?:at|in|on|via|of|from|with|during|after|before|outside|inside|near|for)\b`;

/** Words that cannot end a listener: they open the content, or a phrase of place or time after the listener. */
const ENDS_LISTENER = String.raw`(?:${OPENS_NOUN_PHRASE}|${PREPOSITION}|(?:last|next|today|yesterday|earlier|later)\b)`;

/** A phrase after the listener that runs on to a "that": `told reporter Patience Rusere of VOA's Studio 7 that …`. */
const BEFORE_THAT = new RegExp(String.raw`^\s+${PREPOSITION}\s+[^,;:"“”.]{1,60}?(?=\s+that\b)`);

/** A person's role noun of one word, lower case: "reporter", "correspondent". */
const ROLE_WORD = PERSON_ROLE_NOUNS.filter((noun) => /^\p{Ll}+$/u.test(noun)).join('|');

/**
 * The rest of a listener named by capitalised words, numbers and a role noun, up to a "that": ` 7 reporter Ntungamili
 * Nkomo` of `told VOA Studio 7 reporter Ntungamili Nkomo that there is utter chaos on the farms`
 * (voa-zimbabwe-farmers-union-violence-flares-2010-06-09), where the name pass's words stop at the number.
 */
const LISTENER_BEFORE_THAT = new RegExp(String.raw`^(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{N}+|(?:${ROLE_WORD})))+(?=\s+that\b)`, 'u');

/**
 * The outlet a named listener works for, by its name alone, right before a clause with no "that": ` of VOA's Studio 7 for
 * Zimbabwe` of `told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe the police investigation merely tried to
 * cover up brutality` (voa-zimbabwe-union-officials-dismiss-police-account-2006-10-04). Capitalised words, numbers and
 * "for", "of", "the", "and" between them; the clause after it is checked apart (`opensClause`).
 */
const LISTENER_OUTLET = /^\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{N}+|(?:for|of|the|and)(?=\s+\p{Lu})))*/u;

/** A phrase after the listener, then a quotation: `told a guard at the door, in French and English, "they raped me"`. */
const BEFORE_QUOTATION = new RegExp(String.raw`^\s+${PREPOSITION}\s+[^;:"“”.]{1,80}?,\s*["“]`);

/**
 * The press told with no determiner: "Duda told local media Adamowicz's heart was restarted by doctors …"
 * (wikinews-gdansk-mayor-stabbed-on-stage-arrest-2019-01-14), "told state media", "told foreign reporters", "one of his
 * associates told news outlets this was not true" (wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13).
 */
const BARE_PRESS = String.raw`(?:local|state|national|foreign|international|western|Western|regional|news)\s+(?:media|press|reporters|journalists|outlets|newspapers|television|radio)`;

/** An object pronoun: a listener of its own, never a role word before a name ("told me I know …", not "told reporter Jo …"). */
const OBJECT_PRONOUN = String.raw`(?:me|us|him|her|them|it|you)`;

/**
 * A named owner's people: "told Cosby's lawyers he would entertain their accusations …" (wikinews-bill-cosby-lawyers-
 * accuse-prosecutors-racial-bias-jury-selection-2017-05-22). One lower-case noun after the possessive, which opens no noun phrase of its own.
 */
const NAMED_OWNER_LISTENER = String.raw`\p{Lu}[\p{L}.-]*['’]s\s+(?!${ENDS_LISTENER})\p{Ll}+`;

/**
 * A listener's nationality, role and name: "once told Japanese writer Yoji Gomi he did not believe …"
 * (wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16); read whole, not as the name "Japanese" alone.
 */
const DESCRIBED_NAMED_LISTENER = String.raw`\p{Lu}\p{Ll}+\s+(?:${ROLE_WORD})\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}`;

/**
 * Who was told: a few known listeners, a name, "the press", "the BBC", "a local newspaper", "our correspondent", a pronoun,
 * everyone ("Gavin told everyone at the weekly staff meeting that it was OK not to be OK", usgov-nasa-conversations-
 * jennifer-krottinger-2024-03-04),
 * or people by a plural role noun with no determiner ("told political leaders during his visit there that …", a fresh
 * Wikinews page, session 49).
 */
const TOLD_OBJECT = new RegExp(
  String.raw`^\s+(?:${BARE_PRESS}|reporters|journalists|police|(?!${OBJECT_PRONOUN}\s)[a-z]+\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|the\s+(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4}|\p{Ll}+(?:\s+(?!${ENDS_LISTENER})\p{Ll}+)?)|an?\s+\p{L}+(?:\s+(?!${ENDS_LISTENER})\p{L}+){0,2}|(?:our|his|her|their|its|my|your)\s+(?!${OPENS_NOUN_PHRASE})\p{Ll}+(?:\s+(?!${ENDS_LISTENER})\p{Ll}+)?|${NAMED_OWNER_LISTENER}|${DESCRIBED_NAMED_LISTENER}|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|me|us|him|her|them|it|everyone|everybody|lawmakers|investors|analysts|parliament|supporters|(?:\p{Ll}+\s+)?(?:${ROLE_WORD})s)\b`,
  'u',
);

/**
 * The listener's role and name going on past the capitalised words read first, up to a quotation: ` radio host
 * Charlamagne tha God "if you have a problem …"` of `he told African American radio host Charlamagne tha God "…"`
 * (Wikinews, On the campaign trail in the USA, May 2020). Lower-case words that open no noun phrase of their own and no
 * phrase of place or time, then a name (short lower-case particles such as "tha", "de" between its words), then the
 * mark: the whole is who was told, and the quotation is what was said.
 */
const LISTENER_ON_TO_QUOTATION = new RegExp(
  String.raw`^(?:\s+(?!${ENDS_LISTENER})\p{Ll}+){1,3}(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Ll}{1,3}(?=\s+\p{Lu}))?){1,4}\s*[,:]?\s*["“]`,
  'u',
);

/** Capitalised words, the last of which stands right before a quotation that opens in lower case. */
const NAME_BEFORE_FRAGMENT = /\s+\p{Lu}[\p{L}.'’-]*$/u;

/**
 * Where a listener read as `end` characters of `rest` really ends when its last capitalised word is the subject of a
 * quoted predicate right after it: `told MSNBC Cummings "was a great man,"` (wikinews-elijah-cummings-dies-2019-10-18)
 * tells MSNBC that Cummings was; a quotation that opens in lower case goes on with a clause begun before it (as
 * finalClause.ts reads `said Cummings “worked …`). `end` otherwise.
 */
function subjectBeforeFragment(rest: string, end: number): number {
  if (!/^\s*["“]\p{Ll}/u.test(rest.slice(end))) return end;
  const last = NAME_BEFORE_FRAGMENT.exec(rest.slice(0, end));
  return last && /\p{Lu}/u.test(rest.slice(0, last.index)) ? last.index : end;
}

/**
 * The length of the listener at the start of `rest`, with any time words after it and any phrase running on to a
 * "that"; null when there is no listener the engine can read, or when nothing reported follows it: the sentence ends,
 * or a quotation follows (`told the press last week, "The past several weeks …"` is a direct quote, its cue no
 * reported speech).
 */
export function toldListenerEnd(rest: string): number | null {
  const object = TOLD_OBJECT.exec(rest);
  if (!object) return null;
  let end = subjectBeforeFragment(rest, object[0].length);
  if (/\p{Lu}[\p{L}.-]*$/u.test(rest.slice(0, end))) end += OUTLET_KIND.exec(rest.slice(end))?.[0].length ?? 0;
  if (LISTENER_TO_END.test(rest.slice(end))) return null;
  end += WHEN.exec(rest.slice(end))?.[0].length ?? 0;
  if (/^\s*[,:]?\s*["“]/.test(rest.slice(end)) || BEFORE_QUOTATION.test(rest.slice(end)) || LISTENER_ON_TO_QUOTATION.test(rest.slice(end))) return null;
  end += LISTENER_BEFORE_THAT.exec(rest.slice(end))?.[0].length ?? 0;
  const beforeThat = BEFORE_THAT.exec(rest.slice(end));
  if (beforeThat) return end + beforeThat[0].length;
  const outlet = LISTENER_OUTLET.exec(rest.slice(end));
  return outlet && opensClause(rest, end + outlet[0].length) ? end + outlet[0].length : end;
}

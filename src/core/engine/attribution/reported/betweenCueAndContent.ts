import { LANGUAGE_TAG } from '../../languageTag';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { LISTENER_VERBS } from '../../lexicon/listenerVerbs';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { pastCircumstance } from './circumstance';
import { opensClauseAfterComma } from './clauseStart';
import { toldListenerEnd } from './toldListener';
import { pastNamedListener, pastPlatform } from './mediumAndTime';

/**
 * Words a writer sets between a cue verb and the content it reports, which belong to neither: a link's language tag
 * (Global Voices writes `claiming [ru] that …`, `encourage [ru] protesters to …`), the audience (`explained to us
 * that …`, `confirmed to the BBC that …`), an aside in commas (`has claimed, as well, that …`, `explains, in a
 * satirical fashion, that …`) the medium (`said in an email she is …`) and when or where it was said (`circumstance.ts`). Offsets are UTF-16, into the block's text.
 */

/** Language tags after a link, one or more: ` [ru]`, ` [en] [ru]`, ` [pt-BR]`. */
const TAGS = new RegExp(String.raw`^(?:\s*${LANGUAGE_TAG})+`);

/** Where the words after `at` start once link language tags are skipped; `at` when there are none. */
export const pastTags = (text: string, at: number): number => at + (TAGS.exec(text.slice(at))?.[0].length ?? 0);

/**
 * Who was spoken to, between the verb and "that": a pronoun, the press, or a name ("to the BBC", "to Reuters"), perhaps
 * with when it was said before "that" ("stated to the CBC in late June that"), which the cue verb's reader skips.
 */
const AUDIENCE =
  /^\s+to\s+(?:us|me|him|her|them|reporters|journalists|the\s+press|the\s+media|lawmakers|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})(?=\s*,?\s+(?:(?:on|in|at|during|late|early|last|this|earlier|yesterday|today)\s[^,;:"“”]{0,40}?\s+)?that\b)/u;
/**
 * A described audience before "that" ("explained to the students that …", "told to the assembled delegates that"): a
 * determiner, up to two modifiers and a group noun or a role's plural (`LISTENER_GROUPS`), so that "pointed to the fact
 * that", "agreed to a plan that" name no one.
 */
const DESCRIBED_AUDIENCE = /^\s+to\s+(?:the|a|an|his|her|their|its|our|all|some|several)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?=\s*,?\s+that\b)/u;
/** Groups a speaker addresses, besides `GROUP_SPEAKERS` and the plurals of role nouns. */
const LISTENER_GROUPS = new Set([
  'audience',
  'crowd',
  'committee',
  'panel',
  'council',
  'court',
  'jury',
  'group',
  'class',
  'assembly',
  'delegates',
  'attendees',
]);
const isListenerGroup = (word: string) =>
  LISTENER_GROUPS.has(word) || GROUP_SPEAKERS.has(word) || (word.endsWith('s') && PERSON_ROLE_NOUNS.includes(word.slice(0, -1)));

/**
 * Who was spoken to before a clause with no "that": `his daughter reported to the police he "left home four–five hours ago
 * …"` (wikinews-seoul-mayor-park-won-soon-found-dead-2020-07-09). Only the listeners a report or a statement goes to (the
 * police, the press, reporters), and only before a pronoun subject and a word or an opening mark, so that "was sent to
 * the police station" and "said to reporters." name no clause.
 */
const AUDIENCE_BEFORE_CLAUSE = /^\s+to\s+(?:the\s+)?(?:police|reporters|journalists|press|media)\s*,?(?=\s+(?:he|she|they|we|I)\s+["“]?\p{Ll})/u;

/** An aside set off by commas right before "that": "however", "as well", "in a satirical fashion". */
const ASIDE = /^\s*,\s+[^,;:"“”]{2,40},(?=\s+that\b)/;
/**
 * An aside set off by commas before a clause with no "that": "as of Thursday", "citing Johns Hopkins University data".
 * Not a clause of its own that is part of what was said (`she said, when a person is diagnosed with cancer, they are …`).
 */
const CLAUSE_ASIDE =
  /^\s*,\s+(?!(?:when|whenever|if|unless|because|since|while|whereas|although|though|after|before|until|once|where|as(?!\s+of\b)|so|but|and|or)\b)[^,;:"“”()]{2,40},/i;
/**
 * The medium of what was said, before a clause with no "that": "said in an email she is very concerned"; a comma may
 * follow it ("Phivolcs said in its report, the western extension of Mindanao Fault makes …", fresh Wikinews, 2019).
 */
const MEDIUM =
  /^\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|email|e-mail|letter|interview|post|blog\s+post|tweet|message|release|briefing|filing|report),?(?=\s+(?:he|she|they|it|we|I|there|this|these|the|his|her|their|its)\s+\p{Ll})/u;

/**
 * Where the content may start after a cue verb ending at `verbEnd`, past any of the words above; `verbEnd` when there
 * are none. "agreed to a plan that …" is no audience: the verb agrees to something, so it is left alone.
 */
export function pastAsides(text: string, verbEnd: number, lower: string): number {
  for (const known of RECENT_ASIDES) if (known.verbEnd === verbEnd && known.lower === lower && known.text === text) return known.end;
  const end = readPastAsides(text, verbEnd, lower);
  RECENT_ASIDES.unshift({ text, verbEnd, lower, end });
  if (RECENT_ASIDES.length > 4) RECENT_ASIDES.pop();
  return end;
}

/**
 * The last few answers of `pastAsides`: the readers of one cue verb (notACue, auxiliaryCue, contentAfter, …) each ask
 * it about the same verb in turn, and reading the asides again cost each of them as much as the first.
 */
const RECENT_ASIDES: Array<{ text: string; verbEnd: number; lower: string; end: number }> = [];

function readPastAsides(text: string, verbEnd: number, lower: string): number {
  const at = pastTags(text, verbEnd);
  const rest = text.slice(at);
  const described = DESCRIBED_AUDIENCE.exec(rest);
  const audience = lower === 'agreed' ? null : (AUDIENCE.exec(rest) ?? (described && isListenerGroup(described[1] ?? '') ? described : null));
  const match = audience ?? ASIDE.exec(rest) ?? MEDIUM.exec(rest) ?? AUDIENCE_BEFORE_CLAUSE.exec(rest);
  if (match) return at + match[0].length;
  // "announced via Twitter around 11:30 am (1830 UTC), phase one had been completed".
  const platform = pastPlatform(text, at);
  if (platform !== null) return platform;
  // "claimed, as of Thursday, it was one of …", "reported, citing Johns Hopkins University data, there were …".
  const aside = CLAUSE_ASIDE.exec(rest);
  if (aside && opensClauseAfterComma(text, at + aside[0].length)) return at + aside[0].length;
  return pastCircumstance(text, at) ?? at;
}

/** "that" and then at once a past verb or an auxiliary: a relative pronoun as its clause's subject ("stories that shocked …"). */
const RELATIVE_THAT = /^that\s+(?:\p{Ll}{3,}ed|is|was|are|were|has|had|have|will|would|could|can|should|may|might|must)\b/u;

/**
 * A listener and its name or description set off by commas, then "that": `told an internet-based citizen radio,
 * CrossFire Blogtalkradio, that there was an “incestuous relationship” …` (Global Voices, Zambia, May 2012). Four words
 * at most on each side of the first comma.
 */
const NAMED_LISTENER = /^\s+(?!that\b)(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+,\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+,\s+(?=that\b)/u;

/**
 * Where the content starts after the listener of a verb that names one (`told students that …`, `warned residents that
 * …`, `reminds critics that …`, `informed police she had …`), at `at`: whatever stands between the verb and "that" is
 * who was spoken to, a programme's name in quote marks too (`told "Hello VOA" listeners Monday that …`, voa-cambodia-
 * election-monitor-hello-voa-2007-04-23). `at` for other verbs, and for "warned"/"assured" with no listener ("warned that", "warned of");
 * null when a verb that always names its listener has none the engine can read.
 */
export function pastListener(text: string, at: number, lower: string): number | null {
  if (!LISTENER_VERBS.has(lower)) return at;
  // "told CNN, neighbors from other lodges nearby attempted …": a named listener, a comma, and a clause with no "that".
  const named = pastNamedListener(text, at, lower);
  if (named !== null) return named;
  const rest = text.slice(at);
  // A Global Voices link's language tag may follow the listener: "told the crowd [pt] that …".
  const beforeThat = /^\s+(?!that\b)(?:["“]?[\p{L}'’.-]+["”]?\s+|\[\p{Ll}{2,3}\]\s+){1,4}?(?=that\b)/u.exec(rest) ?? NAMED_LISTENER.exec(rest);
  // "The refugees told stories that shocked the visitors": "that" right before a verb of its own is a relative pronoun
  // after the verb's object; a that-clause of what was said has its own subject first. Nothing is reported.
  if (beforeThat && RELATIVE_THAT.test(rest.slice(beforeThat[0].length))) return null;
  if (beforeThat) return at + beforeThat[0].length;
  // "warned of …", "assured a win": only these verbs always name whom they speak to.
  if (!/^(?:told|tells|tell|asked|remind|inform|notif)/.test(lower)) return at;
  const listener = toldListenerEnd(rest);
  return listener === null ? null : at + listener;
}

const REMINDING: ReadonlySet<string> = new Set(['reminds', 'reminded', 'reminding', 'informs', 'informed', 'informing', 'notified']);
/** Whether a word, as written, is "reminds", "informed", "notified" or their kin: a cue only with a listener after it. */
export const isRemindingVerb = (word: string): boolean => REMINDING.has(word);

/**
 * Whether "reminds", "informed" or "notified" (lower case, as a verb is written in a sentence) reports speech here: a
 * listener and "that" follow, or a listener and a clause with a pronoun subject (`informed police she had …`).
 */
export function remindsSomeone(word: string, text: string, verbEnd: number): boolean {
  if (!isRemindingVerb(word)) return false;
  const rest = text.slice(verbEnd);
  if (/^\s+(?!that\b)(?:[\p{L}'’.-]+\s+){1,4}?that\b/u.test(rest)) return true;
  const listener = toldListenerEnd(rest);
  return listener !== null && /^\s+(?:he|she|they|we|I)\s+\p{Ll}/u.test(rest.slice(listener));
}

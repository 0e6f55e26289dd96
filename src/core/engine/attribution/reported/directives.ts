import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { PLEA_VERBS } from '../../lexicon/pleaVerbs';
import type { Subject } from '../types';
import { tailOf, type ReportedCase } from './reported';
import { documentBefore } from './documentSubject';
import { mandateThat } from './mandateThat';
import { countryActs } from './countryActs';

/**
 * A phrase telling where or of what the one directed is, after up to three words of its own: "Sudanese and South Sudanese
 * on Twitter" (gv-sudan-south-sudan-newsudans-hashtag-2012-05-03), "individuals of Muslim faith" (wikinews-us-federal-
 * judge-dismisses-targeted-killing-lawsuit-2010-12-07). Its words hold no relative pronoun, no "to" ("in order to") and no word
 * that makes "to" a preposition ("the block on Twitter due to blasphemous content", gv-pakistan-twitter-blocked-weekend-
 * censorship-2012-05-20).
 */
const LISTENER_PHRASE = '(?:of|in|on|at|from|across|around|throughout)';

/**
 * The object and infinitive of a directive ("asks the government to leave the online community alone", "urged
 * voters to stay home", "encouraged all Africans, particularly African leaders, to join …"): the content is all of it
 * (docs/annotation-guide.md, "Directive and object-noun cues"). The speaker's own words may open at "to" (`asked EU
 * states "to find a common solution …"`, wikinews-gay-iranian-awaits-decision-asylum-2008-03-14).
 */
const DIRECTIVE = new RegExp(
  String.raw`^\s+(?!that\b)(?:(?:the|a|an|its|his|her|their|all|every)\s+)?(?:(?:[\p{L}'’.-]+\s+){0,3}?|(?:[\p{L}'’.-]+\s+){1,4}?${LISTENER_PHRASE}\s+(?:(?!(?:who|whom|whose|which|that|to|order|due|owing|according|prior|next|close|so|as)\b)[\p{L}'’.-]+\s+){1,4}?)(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}[\p{L}'’.-]+,\s+[^,;:"“”]{1,60},\s+)?["“]?to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)["“]?\p{Ll}{2,}`,
  'u',
);
/**
 * `called on "village councils, faith-based organizations, and church leaders, village mayors and government women
 * representatives" to instill confidence in vaccines in the public` (wikinews-samoa-measles-vaccination-shutdown-2019-12-07):
 * the object the speaker named, in marks, then "to" and a verb; the words in marks are a direct quote of their own too.
 */
const QUOTED_OBJECT_DIRECTIVE = /^\s+["“][^"“”]{1,200}["”]\s+to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)\p{Ll}{2,}/u;
/**
 * "directing six of the House's committees to "proceed with their investigations …"" (English Wikinews 2019, development
 * half): a share of a group as the object, "<number> of the <group>", the words told in marks after "to".
 */
const SHARE_DIRECTIVE =
  /^\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|all|most|many|several)\s+of\s+(?:the|its|his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,3}?to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)["“]?\p{Ll}{2,}/u;

/**
 * How far past a directive verb its object and "to" are looked for, in UTF-16 code units: a name with a relative aside
 * runs long (`They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to
 * resign from her position`, wikinews-hong-kong-protesters-surround-police-complex-2019-06-23).
 */
export const DIRECTIVE_REACH = 160;

/** "asking Cengiz to be patient": with an object, "to be" is what is asked too ("asked not to be named" has none). */
const DIRECTIVE_TO_BE = /^\s+(?!that\b)(?:(?:the|a|an|its|his|her|their|all|every)\s+)?(?:(?!not\b)[\p{L}'’.-]+\s+){1,3}?to\s+be\s+["“]?\p{L}{2,}/u;

/**
 * Verbs that report speech when they direct someone to act, the participles included (`…, asking Cengiz to be
 * "patient and resilient."`, `…, urging voters to stay home`, `…, ordering the Solicitor-General to overturn …`).
 */
const DIRECTIVE_VERBS = new Set([
  'asks',
  'asked',
  'ask',
  'asking',
  'urges',
  'urged',
  'urging',
  'encourages',
  'encouraged',
  'encouraging',
  'implored',
  'begged',
  // "TfL told morning rush-hour passengers to take a longer way around": an instruction given in words.
  'told',
  'tells',
  // Only the participle: `…, ordering the Solicitor-General to overturn the ruling` is the speaker's next directive, while
  // a finite "ordered" is mostly a court's or a government's act, optional in the guide.
  'ordering',
  // "Smith then challenged the students to conceive of ways …", "advised U.S. citizens to leave the country", "Watts
  // recommended Baker to be his replacement", "she was directing six of the House's committees to …": a charge given in
  // words. Not speech verbs of their own (but "advised", "recommended"), so they cue only from a person (cueVerb.ts).
  'challenged',
  'challenges',
  'challenging',
  'advised',
  'advises',
  'advising',
  'recommended',
  'recommends',
  'instructed',
  'instructs',
  'directing',
  // "President Reagan directed NASA to develop a “permanently manned space station …”" (usgov-nasa-40-years-reagan-
  // directs-space-station-2024-01-25): a charge given in a speech, whose words in marks are the speaker's.
  'directed',
  'directs',
  // "Crawford reminded area businesses to maintain their pledges of support to the NACA" (usgov-nasa-glenn-established-
  // cleveland-1941-2024-01-23): a reminder to act, given in words.
  'reminded',
  'reminds',
  'reminding',
]);

/**
 * "a man called Raja Farah, who invited Mohamad to have coffee with him" (Global Voices), "they invited the countries to
 * open dialogue" (Wikinews, 2020): an invitation to act, given in words, with the one invited right before "to". Not
 * with an aside between them ("Day invited former co-star Hudson, then visibly deteriorating from AIDS, to appear on
 * television together", Wikinews), where the invitation is told as an act.
 */
const INVITING: ReadonlySet<string> = new Set(['invited', 'invites', 'inviting']);
const INVITED = /^\s+(?!that\b)(?:[\p{L}'’.-]+\s+){1,3}?to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)\p{Ll}{2,}/u;

/**
 * `He also called on the Southern African Development Community and the African Union to exert themselves to rescue
 * Zimbabwe` (voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09): the bodies called on, by name however long, then
 * "to" and a verb; a call made in words as with a short object.
 */
const NAMED_OBJECT_DIRECTIVE =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|of|for|the|\p{Lu}[\p{L}'’.-]*)){0,14}\s+["“]?to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)\p{Ll}{2,}/u;

/**
 * The one directed named at length before "to": a relative clause with "who" (`asked the Islamic terrorists who kidnapped
 * three Romanian journalists in late March to release …`, wikinews-romanian-government-asks-kidnappers-release-journalist-
 * 2005-04-30), a phrase with "with" (`are urging anyone with information regarding overt or suspicious acts about child
 * pornography to report …`, wikinews-23-australians-arrested-global-child-porn-network-2008-12-12) or a second one joined by
 * "and" (`invited the Palestinian president Mahmoud Abbas and the Israeli president Shimon Peres to join him …`,
 * wikinews-pope-invites-palestinian-israeli-presidents-prayer-2014-05-28). Two words at least after the joining word and no
 * "to" among them, so that "told the man who wanted to leave" stays a telling; "and" only before a determiner or a capital
 * ("asked the question and went to bed" is two acts). Not "that": after "told" it mostly opens the told clause ("told me
 * that rocks have a story to tell", usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01), not a relative.
 */
const LONG_OBJECT_DIRECTIVE = new RegExp(
  String.raw`^\s+(?!that\b)(?:(?!(?:that|to|and|or|but|because|when|if|as|after|before|since|while|so)\b)[\p{L}'’.-]+\s+){1,5}` +
    String.raw`(?:who|with|and(?=\s+(?:the|a|an|his|her|their|its|other|all)\s|\s+\p{Lu}))\s+` +
    String.raw`(?:(?!(?:that|to|but|because|when|if|as|after|before|since|while|so)\b)[\p{L}'’.-]+\s+){2,12}?to\s+(?!(?:the|a|an|be|him|her|them|me|us)\b)\p{Ll}{2,}`,
  'u',
);

/** Whether a word, lower case, is a verb that directs someone to act when an object and "to" follow it. */
export const isDirectiveVerb = (lower: string): boolean => DIRECTIVE_VERBS.has(lower) || INVITING.has(lower);

/** Whether a verb, lower case, directs someone to act when the words after it, from `after`, are an object and "to". */
export const directsHere = (lower: string, after: string): boolean =>
  INVITING.has(lower)
    ? INVITED.test(after) || LONG_OBJECT_DIRECTIVE.test(after)
    : DIRECTIVE_VERBS.has(lower) &&
      (DIRECTIVE.test(after) ||
        LONG_OBJECT_DIRECTIVE.test(after) ||
        DIRECTIVE_TO_BE.test(after) ||
        SHARE_DIRECTIVE.test(after) ||
        QUOTED_OBJECT_DIRECTIVE.test(after) ||
        // "Trump specifically asked Vice President Mike Pence to attend the march" (wikinews-anti-abortion-march-for-life-
        // draws-thousands-washington-2017-01-27): one named with a title, longer than a plain object's three words.
        NAMED_OBJECT_DIRECTIVE.test(after) ||
        mandateThat(lower, after) > 0);

/** "call for", "called on", "calling upon": a call made in words (the guide's `called for an inquiry`). */
const CALL: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
/**
 * "asked for the price to be kept secret", "and asked for donations to the Imus Ranch Foundation" (English Wikinews
 * 2019, development half), "The hospital also asked for patience" (fresh page): a request made in words, read as "called
 * for" is; only with "for" ("asked on Monday" is no request).
 */
const ASK_FOR: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking']);
/** Whether a word, in any case, is a form of "call", "ask" or a plea's verb (a call's cue when a particle follows it). */
export const isCallVerb = (word: string): boolean => CALL.has(word.toLowerCase()) || ASK_FOR.has(word.toLowerCase()) || PLEA_VERBS.has(word.toLowerCase());

/**
 * Whether a lower-case call verb is in the past ("called", "asked", "appealed", "pleaded"): a call already made in words,
 * where a present "calls for" may be what a plan or a challenge needs.
 */
export const isPastCall = (lower: string): boolean => /^(?:called|asked|appealed|pleaded)$/.test(lower);
/**
 * A call's particle before its content, which may open with a list's first number: "Khinshtein called specifically for (1)
 * the prevention of …, (2) the criminal prosecution of …" (gv-russia-duma-deputy-extremist-tweets-2012-05-15), or with a
 * sum asked for: "have pleaded before two Congressional committees, asking for $34 billion in order to stop collapse"
 * (wikinews-shorts-auto-bailout-ghana-sentamu-cao-2008-12-07).
 */
const CALL_PARTICLE = /^\s+(?:[a-z]+ly\s+)?(?:for|on|upon)\s+(?=["“]?\p{L}|\p{Sc}\d|\((?:\d|[a-z])\)\s+\p{L})/u;
/** A plea's particles: "appealed for calm", "appealed to leaders to …", "pleads with the prime minister to …". */
const PLEA_PARTICLE = /^\s+(?:[a-z]+ly\s+)?(?:for|to|with)\s+(?=["“]?\p{L})/u;
/**
 * "calls on the likes of …" is relying on someone; "called on employees to take …" directs them. So a plea to someone
 * ("appealed to the Supreme Court" is a case taken up, "appealed to political leaders to stabilize security" a call).
 */
const CALL_ON = /^\s+(?:[a-z]+ly\s+)?(?:on|upon|to|with)$/u;

/**
 * Where the content of "call for / call on" starts after the verb, at `verbEnd`: after the particle (`called for an
 * inquiry` → `an inquiry`, `called on protesters to …` → `protesters to …`); null when the verb is no call of this kind.
 */
export function callContentStart(word: string, text: string, verbEnd: number): number | null {
  if (!isCallVerb(word)) return null;
  const particle = (PLEA_VERBS.has(word.toLowerCase()) ? PLEA_PARTICLE : CALL_PARTICLE).exec(text.slice(verbEnd));
  if (!particle || (ASK_FOR.has(word.toLowerCase()) && !/for\s+$/.test(particle[0]))) return null;
  const on = CALL_ON.test(particle[0].trimEnd());
  const object = ` ${text.slice(verbEnd + particle[0].length, verbEnd + particle[0].length + 240)}`;
  return on &&
    !DIRECTIVE.test(object.slice(0, 81)) &&
    !LONG_OBJECT_DIRECTIVE.test(object.slice(0, DIRECTIVE_REACH)) &&
    !QUOTED_OBJECT_DIRECTIVE.test(object) &&
    !NAMED_OBJECT_DIRECTIVE.test(object)
    ? null
    : verbEnd + particle[0].length;
}

/**
 * Where what was asked for ends, before `stop`: at the first comma or semicolon, unless a relative clause follows it
 * (`asked for donations to the Imus Ranch Foundation, which provides support …`). A request is a noun phrase (`asked for
 * the price to be kept secret`), and the clause it opens often ends at a comma that goes on with another clause:
 * `Although Trump's State Department asked for any "external party" not to involve themselves in the conflict, his main
 * presidential rival Joe Biden called on …`, `when she asked for help, I didn't know who to go to` (fresh pages).
 * The comma that closes such a relative before the directive's "to" goes on too (`asked Hong Kong Chief Executive Carrie
 * Lam, who is supported by the mainland Chinese government, to resign from her position`, wikinews-hong-kong-protesters-
 * surround-police-complex-2019-06-23). `stop` for a verb that is no form of "ask".
 */
export function askedForEnd(lower: string, text: string, start: number, stop: number): number {
  if (!ASK_FOR.has(lower)) return stop;
  const from = start + (ASIDE_BEFORE_TO.exec(text.slice(start, stop))?.[0].length ?? 0);
  const comma = /[,;](?!\s+(?:which|who|whose|where)\b)/.exec(text.slice(from, stop));
  return comma ? from + comma.index : stop;
}

/** The one asked, a relative aside set off by commas, then "to" and a verb: what the directive goes on with. */
const ASIDE_BEFORE_TO = /^[^,;]{1,80},\s+(?:who|which|whose)\s[^,;:"“”]{1,80},(?=\s+to\s+\p{Ll}{2,})/u;

/** The end of a call's cue: its particle ("called for", "called specifically on"). */
export const callCueEnd = (text: string, contentStart: number): number => contentStart - (/\s+$/.exec(text.slice(0, contentStart))?.[0].length ?? 0);

/**
 * Where a directive's content ends before `stop`: at "and" with a past verb of the speaker's own (`urged the embassy
 * to reconsider and spoke with US Secretary of State Mike Pompeo`): an infinitive goes on with a base form ("to stay
 * home and avoid travel"), never a past one. An -ed word counts as a verb only before "that"
 * ("and related measures", "what is rewarded and celebrated in …" stay).
 */
export function directiveEnd(text: string, start: number, stop: number): number {
  for (const m of text.slice(start, stop).matchAll(/\s+and\s+(?:also\s+|then\s+)?(\p{Ll}+)(?=(\s+\p{L}+)?)/gu)) {
    const word = m[1] ?? '';
    const next = (m[2] ?? '').trim();
    const pastVerb = IRREGULAR_PAST.has(word) || (/ed$/.test(word) && next === 'that');
    if (pastVerb) return start + m.index;
  }
  return stop;
}

/** A modal right before the verb: what a body can or should ask (no one asked yet). */
const MODAL_BEFORE = /\b(?:get|gets|got|can|could|should|may|might|must|will|would|shall)\s+(?:\p{Ll}+ly\s+|also\s+|not\s+)?$/iu;
/** A modal or a form of "be" right before the verb: a passive too ("They were also asked to give feedback"). */
const AUXILIARY_BEFORE =
  /\b(?:am|is|are|was|were|be|been|being|get|gets|got|can|could|should|may|might|must|will|would|shall)\s+(?:\p{Ll}+ly\s+|also\s+|not\s+)?$/iu;

/**
 * "The office asked U.S. citizens not approach the Embassy", "Mission Control instructed the astronauts to berth …",
 * "Journalists … urged the government to …": a named body's or an unnamed group's directive is reported speech too
 * (docs/annotation-guide.md, "Directive and object-noun cues"; an organisation can be a speaker). Not the writer's own
 * ("we asked participants to …"), a passive ("They were also asked to give feedback": the subject is who was asked), nor
 * what a body can or should ask (no one asked yet). `verbStart` is the verb's UTF-16 offset in the block, `lower` the verb
 * in lower case.
 */
export function bodyDirects(c: ReportedCase, subject: Subject, verbStart: number, lower: string): boolean {
  // "The decree instructs archbishops to notify …": a document's directive stands in the present, and speaks as its issuer
  // or itself (documentSubject.ts), which the subject readers have read.
  const isDocument = documentBefore(c, verbStart) !== null;
  const after = c.text.slice(verbStart + lower.length, c.end);
  // "encourages you to try using the tool", "encourages us to contract …": the writer addressing the reader, and "The
  // CA instructs the agent to create a file … at http://…": a step of a procedure, not words anyone said.
  // "NASA challenged students to design a lunar rover": a body's challenge is a competition it sets, not words; and what
  // a body "encourages" or "asks" in the present ("The Learning Lab encourages teachers to …") is its standing purpose.
  if (
    !directsHere(lower, after) ||
    /^challeng/.test(lower) ||
    (!isDocument && /s$/.test(lower)) ||
    /^\s+(?:you|us)\b/i.test(after) ||
    /https?:\/\//.test(after)
  )
    return false;
  // "Even as NASA encouraged women … to apply …, and more met …, neither group was …": a directive inside a clause the
  // sentence subordinates has no end the content can be cut at.
  if (/^\W*(?:even\s+)?(?:as|although|though|while|when|if|because|since|after|before|until|once|whereas)\s/i.test(c.text.slice(c.range.start, verbStart)))
    return false;
  const tail = tailOf(c.text, c.range.start, verbStart);
  // "The panel participants challenged …": a definite group stands for one the text named before, which an unattributed
  // answer would leave out (a document speaks as its issuer or itself, above); an indefinite group ("Police asked …") is no one's.
  const definite = /(?:^|[\s,])(?:the|this|these|those|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(tail);
  // A body only by its own name standing as the whole subject: "a team of scientists … from NASA and the USDA Forest
  // Service asked volunteers to …" is the team's call, and "The team asked educators to …" may be any team of the page.
  const wholeName =
    ((subject.entity?.type === 'organization' && subject.resolution === 'name') || countryActs(subject, c.text)) &&
    /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:the\s+)?$/i.test(c.text.slice(c.range.start, subject.ref.start));
  if (!isDocument && !wholeName && (subject.resolution !== 'unattributed' || definite)) return false;
  if (/^(?:we|us|our|i|you)$/i.test(c.text.slice(subject.ref.start, subject.ref.end))) return false;
  // "are" before an -ing form is a progressive's (`The opposition parties, … are asking the Prime Minster to resign`), which
  // notACue.ts lets through only after a subject the text has met; before a past participle it is a passive.
  return !(lower.endsWith('ing') ? MODAL_BEFORE : AUXILIARY_BEFORE).test(tail);
}

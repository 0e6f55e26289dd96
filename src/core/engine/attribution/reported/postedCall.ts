import { PUBLISHING_VERB } from '../../lexicon/publishingVerbs';
import { callPutOut } from './callPutOut';
import type { ReportedSieve } from './reported';

/**
 * "posted a call on their Facebook page to …", "put out a call on its Facebook page for bloggers to …", "has made a call
 * on its website to …": a call put out in writing, perhaps where it was put (a page, a site, a blog, an account), then
 * "to" and a verb (not a listener: "made a call to the police") or "for" and what was called for. Group 1 is "to".
 */
const POSTED_CALL = new RegExp(
  String.raw`\b(?:${PUBLISHING_VERB})\s+(?:a|an)\s+(?:(?:urgent|public|open|new)\s+)?(?:call|appeal)\s+(?:(?:on|via|through|in)\s+(?:their|its|his|her|the|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:page|website|site|blog|wall|account|group|channel|forum)\s+)?(?:(to)\s+(?!(?:the|a|an|his|her|their|its|him|them|me|us|my|our|your|this|that|these|those|be)\b)(?=\p{Ll}{2,}\s)|(for)\s+(?=\p{L}))`,
  'u',
);

/**
 * A call put out in writing (`POSTED_CALL`) is reported speech as "called on … to" or "called for" is
 * (docs/annotation-guide.md, "Directive and object-noun cues"): `A Group of Ethiopians calling themselves Ethiopian
 * National Transition Council posted a call on their Facebook page to detain Prime Minister Meles Zenawi at Camp David:`
 * (gv-ethiopia-g8-summit-press-freedom-2012-05-18), `the Lebanese LGBT Media Monitor put out a call on its Facebook page
 * for bloggers to post their responses online, promising that …` (gv-lebanon-homophobic-article-university-newspaper-
 * 2012-05-09), `The PAH has made a call on its website to stop evictions in Madrid and Barcelona.` (gv-spain-foreclosures-
 * at-your-doorstep-2012-05-14). The content is the infinitive with its "to", or what follows "for", up to the first
 * comma, semicolon or colon; the speaker is the subject right before the verb, a name only (unattributed otherwise).
 * The sentence's other cues are still read by `cueVerb` ("…, promising that it would publish them").
 */
export const postedCall: ReportedSieve = (c) => {
  const { text, range, end } = c;
  const sentence = text.slice(range.start, end);
  // Without "call" or "appeal" there is no such phrase: it is not looked for at every word boundary.
  const m = sentence.includes('call') || sentence.includes('appeal') ? POSTED_CALL.exec(sentence) : null;
  if (!m) return null;
  const verbAt = range.start + m.index;
  const contentStart = verbAt + m[0].length - (m[1] === undefined ? 0 : 3);
  return callPutOut(c, verbAt, contentStart, (named) => named.resolution === 'name' && named.entity !== null && named.entity.type !== 'place');
};

import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../lexicon/groupSpeakers';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { WRITTEN_WORKS } from '../lexicon/writtenWorks';

/**
 * `The ministry issued a statement saying …`, `Sean Conley released a statement on Monday saying …`, `Hamas issued a
 * statement following the press conference saying …` (wikinews-israel-announces-gaza-ceasefire-rockets-continue-2009-01-
 * 17), `Sebastian Zulu, quickly issued a statement that was placed on the state house website saying …`: "saying" with no
 * comma after a statement its clause's subject put out. The statement is the verb's object, not the speaker: what it
 * says is the subject's (`docs/annotation-guide.md`: `the ministry said in a statement` is the ministry's), so the
 * participle is read as hanging on the clause, as after a comma.
 */
const ISSUED_STATEMENT =
  /\b(?:issued|released|put\s+out|published|posted|sent\s+out|made)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|press\s+release|news\s+release|communiqu[eé]|announcement)(?:\s+(?:on|late|early|last|this|earlier|later)(?:\s+(?:on\s+)?\p{L}+)?|\s+(?:following|after)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?(?:\s+(?:that|which)\s+(?:was|were)\s+[^,;:"“”]{1,60}?)?\s+$/u;

/**
 * `US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks`, `Nick Adderley wrote to
 * the US Embassy in London asking to waive her diplomatic immunity` (English Wikinews 2019, development half): a message
 * the clause's subject wrote or posted, perhaps with where it went, then the participle that tells what it said. Not a
 * letter someone signed (`She signed a letter saying …`: the letter may be another's words). "posted" needs no object
 * before where it went: `Solberg posted on Twitter asking for places to eat for the seven hour drive …`
 * (wikinews-fire-parking-structure-sola-airport-norway-2020-01-10).
 */
const SENT_MESSAGE =
  /\b(?:(?:posted|sent|wrote|written|published)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|letter|tweet|post|note)|wrote|posted(?=\s+(?:on|to)\s+(?:the\s+)?\p{Lu}))(?:\s+(?:on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+in\s+\p{Lu}[\p{L}-]*)?)?\s+$/u;

/**
 * Participles of speech that open a that-clause: `the Christian Indonesian Church Council (PGI) supported the concert
 * arguing that it's a part of the country's freedom of expression` (gv-indonesia-lady-gaga-concert-permit-denied-2012-
 * 05-16), `he commented to sum it up explaining that has researched …` (gv-spain-indignados-15m-barcelona-2012-05-16).
 */
const SPEECH_PARTICIPLE_THAT = /^(?:arguing|saying|claiming|noting|stating|explaining|insisting|stressing|asserting|adding|emphasi[sz]ing|contending)\s+that\b/;

/**
 * Whether the word before a participle may be the participle's own subject rather than the end of its clause: a name or
 * a capitalised word (`an Order declaring that`), a document or a piece of writing (`reports stating that`, `a letter
 * saying that`: another's words), or a person or a group (`an official saying that`).
 */
function ownsParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/, '');
  return (
    !/^\p{Ll}+$/u.test(word) ||
    DOCUMENT_NOUNS.has(lower) ||
    WRITTEN_WORKS.has(lower) ||
    GROUP_SPEAKERS.has(lower) ||
    PERSON_ROLE_NOUNS.includes(singular) ||
    ORG_ROLE_NOUNS.includes(singular)
  );
}

/**
 * `On Friday, an environmental group and private property owners from the border state of Texas filed a motion claiming
 * the state of emergency is unconstitutional and violated their property rights` (wikinews-sixteen-states-sue-trump-
 * border-emergency-2019-02-21): a filing its clause's subject made, then the participle that tells what it claims. The
 * filing's claim is the filers' (docs/annotation-guide.md: a party's filing speaks for the party).
 */
const FILED_DOCUMENT =
  /\bfiled\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:motion|lawsuit|suit|complaint|petition|appeal|brief|claim)(?:\s+(?:in|with|at|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}?\p{Lu}[\p{L}.'’-]*)?\s+$/u;
/** Participles that tell what a filing claims. */
const FILING_PARTICIPLE = /^(?:claiming|alleging|arguing|asserting|contending|saying)\s+(?!that\b)/;

/**
 * Whether the sentence's words up to a participle (`before`) end in a statement its clause's subject issued or a message
 * it sent: `Ryanair issued a statement confirming …`, `Amnesty International has written a letter to the Prime Minister
 * expressing …` (gv-india-tamil-nadu-anti-nuclear-crackdown-2012-05-16).
 */
export const afterIssuedMessage = (before: string): boolean => ISSUED_STATEMENT.test(before) || SENT_MESSAGE.test(before);

/**
 * Participles that tell what a statement or a message said, asked, urged or blamed someone for, confirmed, expressed,
 * demanded or condemned: the message's object is its issuer's words (docs/annotation-guide.md, "Directive and object-noun
 * cues"); "The National Union of Somali Journalists has issued a statement condemning the attack and expressing outrage
 * …" (wikinews-suicide-bombing-somali-hotel-kills-fifteen-2009-12-03). "describing", "telling" and "announcing" were
 * measured too, and gave the development half a wrong speaker ("Ryanair Pilots Group"): left out.
 */
const MESSAGE_PARTICIPLE = /^(?:asking|urging|blaming|accusing|confirming|expressing|demanding|condemning)\b/;

/**
 * Where the participle at `verbStart` of `text` hangs on its clause with no comma before it: the offset of the space
 * before the "while" or "whilst" it follows; before a "saying" that quotes (`disputed Tsvangirai's claim saying, "…"`);
 * or before a "saying", "asking", "urging", "blaming" or "accusing" that follows an issued statement or a sent message,
 * or a "claiming", "alleging" or "arguing" with a bare clause after a filing (see above); null otherwise. Offsets are UTF-16, into the block's text; `sentenceStart` bounds the look back.
 */
export function bareParticipleJoin(text: string, sentenceStart: number, verbStart: number): number | null {
  const rest = text.slice(verbStart);
  // Each look back below reads the sentence up to the verb, the look at the participle only its first words: the
  // participle is tested first, as this runs for every cue verb of the article.
  // "Sunak defended the government's record whilst promising a “formal update”": a participle after "while" or "whilst"
  // shares the subject of the clause it hangs on, as one after a comma does.
  const whilst = /^\p{L}+ing\b/u.test(rest) ? /\s(?:while|whilst)\s+$/.exec(text.slice(sentenceStart, verbStart)) : null;
  if (whilst) return sentenceStart + whilst.index;
  // A speech participle and its that-clause right after the clause's object, with no comma: it hangs on the clause.
  const last = SPEECH_PARTICIPLE_THAT.test(rest) ? /(\S+)\s+$/u.exec(text.slice(sentenceStart, verbStart)) : null;
  if (last?.[1] && !ownsParticiple(last[1])) return sentenceStart + last.index + last[1].length;
  const filing = FILING_PARTICIPLE.test(rest) ? /(\s+)$/.exec(text.slice(sentenceStart, verbStart)) : null;
  if (filing && FILED_DOCUMENT.test(text.slice(sentenceStart, verbStart))) return sentenceStart + filing.index;
  const saying = /^saying\b/.test(rest);
  if (!saying && !MESSAGE_PARTICIPLE.test(rest)) return null;
  const before = text.slice(sentenceStart, verbStart);
  const message = afterIssuedMessage(before);
  if (!message && !(saying && /^saying[,:]?\s*["“]/.test(rest))) return null;
  const space = /\s+$/.exec(before);
  return space ? sentenceStart + space.index : null;
}

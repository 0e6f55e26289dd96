import type { FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';
import type { Referent, SentenceInfo } from './types';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { CIVIC_BODY_KINDS } from '../lexicon/civicBodyKinds';
import { COMMERCIAL_NOUNS } from '../lexicon/commercialNouns';
import { isPeopleWord } from '../entities/organizationShortForm';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { OUTLET_NOUNS } from '../lexicon/outletNouns';
import { PUBLIC_BODY_HEADS } from '../lexicon/publicBodyHeads';

/**
 * "The trust's statement said …. The union said talks would resume" (lane break36, on the shape of "Spielberg's
 * statement said", wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14): a speaker named after a
 * document an owner the text leaves unnamed issued is no body any "the <noun>" can mean.
 */
const isOwnedDocument = (words: ReadonlyArray<string>): boolean =>
  words.length > 1 && /['’]s?$/u.test(words.at(-2) ?? '') && DOCUMENT_NOUNS.has((words.at(-1) ?? '').toLowerCase());

/**
 * Whether "the <head>" cannot stand for an organisation because its name says it is of another kind: a business noun
 * ("The Company insists") and a court, ministry, board or party ("the Delhi High Court"). AP style keeps "company" and
 * "firm" for businesses, so the role noun abstains rather than take the body the text was last about. Nor is a body of
 * people a business ("The airline says RPG only conducted their survey …" after "Ryanair Pilots Group (RPG)": the
 * pilots' group is no airline, wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15), nor a newspaper that
 * reported on one ("Sales at the chain fell, The Guardian reported. The company said …", lane break36), nor a document as speaker.
 */
export function namesOtherKind(head: string, entity: FoundEntity): boolean {
  const words = entity.name.split(/\s+/);
  if (isOwnedDocument(words)) return true;
  // "according to a report by the Beijing Morning News … according to the group" (wikinews-chinese-police-arrest-six-
  // mcdonalds-beating-2014-06-01): a group or an organisation is no newspaper that reported on one.
  if (CIVIC_BODY_KINDS.has(head)) return OUTLET_HEADS.includes(words.at(-1) ?? '');
  if (!COMMERCIAL_NOUNS.has(head)) return false;
  return OUTLET_HEADS.includes(words.at(-1) ?? '') || words.some((word) => PUBLIC_BODY_HEADS.has(word) || isPeopleWord(word));
}

/**
 * An outlet reporting news after its name: "Reuters first reported the complaint", or at the end of the news it
 * reported ("Sales at the chain fell 4 percent, The Guardian reported"); not a company reporting its own results
 * ("Acme Motors reported higher sales").
 */
const FIRST_REPORTED = /^\s+(?:first|also|earlier|previously|originally)\s+reported\b/u;
const REPORTED_AFTER = /^\s+reported\b/u;
const TAIL_BEFORE = /,\s*(?:the\s+)?$/iu;

/**
 * "Consumer group Que Choisir said … it had filed a complaint against Apple. Reuters first reported the complaint. The
 * group said Apple had slowed down older phones." (lane break36, news-shaped): an organisation the sentence names as
 * the one that reported the news is the outlet, not the group, company or union the news is about; only an outlet's
 * noun ("the newspaper", `outletNouns.ts`) or "the agency" (a news agency) may mean it. `texts` are the blocks.
 */
function reportedTheNews(head: string, { entity, at }: Referent, texts: ReadonlyArray<string>): boolean {
  if (OUTLET_NOUNS.has(head) || head === 'agency' || entity.type !== 'organization') return false;
  const text = texts[at.block] ?? '';
  const after = text.slice(at.end, at.end + 40);
  return FIRST_REPORTED.test(after) || (REPORTED_AFTER.test(after) && TAIL_BEFORE.test(text.slice(Math.max(0, at.start - 8), at.start)));
}

/** A sentence's opening "The <organisation noun>" and the word after it: "The airline said …". */
const OPENING_BODY = /^\s*The\s+(\p{Ll}+)\s+(\p{Ll}+)/u;

/** Public kinds of body a business never is, nor they a business: "The company did not respond …. The agency said …". */
const PUBLIC_KINDS: ReadonlySet<string> = new Set(['agency', 'union', 'ministry', 'department', 'court', 'police', 'regulator', 'watchdog', 'authority']);

/**
 * Whether the text last called an organisation by a noun of another kind than `head`: "The company did not respond to a
 * request for comment. The agency said the complaint was filed in Paris." (lane break36, news-shaped): whatever "the
 * company" stood for, the agency is not it. Only a business noun against a public body's (`PUBLIC_KINDS`); "the group"
 * may be a business group. `focus` is where the organisation was last the subject.
 */
function calledOtherKind(head: string, { at }: Referent, texts: ReadonlyArray<string>): boolean {
  const written = (texts[at.block] ?? '').slice(at.start, at.end).toLowerCase().split(/\s+/);
  return written.length === 2 && written[0] === 'the' && kindsDiffer(written[1] ?? '', head);
}

const kindsDiffer = (noun: string, head: string): boolean =>
  (COMMERCIAL_NOUNS.has(noun) && PUBLIC_KINDS.has(head)) || (PUBLIC_KINDS.has(noun) && COMMERCIAL_NOUNS.has(head));

/** The noun of a sentence about no one opening on "The <noun>" of a kind other than `head`'s ("The company did not respond"). */
export function otherKindOpening(head: string, { block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): string | null {
  const [, noun = ''] = OPENING_BODY.exec((texts[block] ?? '').slice(range.start, range.end)) ?? [];
  return !focus && kindsDiffer(noun, head) ? noun : null;
}

/**
 * Whether "the <head>" may not stand for `focus`, the organisation a sentence before was about: its name is of another
 * kind, it is the outlet that reported the news, the text last called it by a noun of another kind, or a sentence since
 * opened on `other`, a noun of another kind ("The company did not respond …") that may have meant it, as it may not a
 * body whose name is no business ("The company said …. The agency said …" after the Food and Drug Administration).
 */
export function unfitBody(head: string, focus: Referent, texts: ReadonlyArray<string>, other: string | null): boolean {
  if (namesOtherKind(head, focus.entity) || reportedTheNews(head, focus, texts) || calledOtherKind(head, focus, texts)) return true;
  return other !== null && !namesOtherKind(other, focus.entity);
}

/**
 * Whether a sentence about no one opens on "The <organisation noun>" and a verb of speech ("The airline said the strike
 * was …" where no airline is named, lane break36 after "the British Airline Pilots Association (BALPA) said"): the body
 * the noun stands for is what an "it" after it means, so the pronoun must not pass it for one named earlier.
 */
export function opensOnUntiedBody({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  const [, noun = '', verb = ''] = OPENING_BODY.exec((texts[block] ?? '').slice(range.start, range.end)) ?? [];
  return !focus && ORG_ROLE_NOUNS.includes(noun) && isSpeechVerb(verb);
}

/**
 * Whether a sentence about no named body brings in one of `head`'s kind with an indefinite article: "AirAsia said it
 * accepted the report. Unity, a union of cabin crew, said the company had ignored warnings. "…," the union said."
 * (lane break36, news-shaped; "Unity" is a common word the name pass leaves out): the union is that newcomer, not the
 * body named before it, so the noun stands for no one the engine knows. An indefinite set after a body the engine
 * knows describes it ("the Green Belt Movement — a non-governmental organization …. … the organization claims …",
 * wikinews-wangari-maathai-nobel-peace-prize-2004-12-10) and brings in no one.
 */
export function bringsInKind(head: string, { block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  if (focus || !/^\p{Ll}+$/u.test(head)) return false;
  const text = texts[block] ?? '';
  const found = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b`, 'iu').exec(text.slice(range.start, range.end));
  if (!found) return false;
  const at = range.start + found.index;
  const described = mentions.between(block, range.start, at).some((m) => m.entity.type === 'organization' && /^\s*[,—–-]\s*$/u.test(text.slice(m.end, at)));
  return !described;
}

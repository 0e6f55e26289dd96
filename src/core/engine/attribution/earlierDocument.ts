import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { RULING_NAMES } from '../lexicon/rulingNames';
import { STATEMENT_NAMES } from '../lexicon/statementNames';
import { blockSentences } from '../blockSentences';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import type { FoundEntity } from '../entities/types';
import type { Referent, SentenceInfo, Subject } from './types';
import { numberForms, releasedTitleAt } from './releasedTitle';

/** How many sentences back a document named with "the" may find where the text said who issued it. */
const DOCUMENT_REACH = 30;

/**
 * "The statement added that …" after "In a press statement, the MDC said …", "According to the filing, …" after "Ford
 * said in a financial filing …": a document the text names with "the" is the one it last told someone spoke in
 * (`docs/annotation-guide.md`: a bare `the report` refers back to what the text named before), so its words are that
 * speaker's. `head` is the document noun, lower case; `texts` the blocks; `issuerAt` who the words at an offset of a block
 * name, if anyone the text knows. The one the text says the document is from, by or signed by ("The report said …" after
 * "According to a 1989 report from the National Transportation Safety Board (NTSB), …", "The decree instructs …" after
 * "The decree signed by the Pope read …"), else the person or organisation that sentence is about, when it tells they
 * spoke in the document or put it out, by title or as new (`releasedTitle.ts`); null when the nearest sentence bringing in
 * such a document tells of neither.
 */
export function earlierDocumentIssuer(
  head: string,
  discourse: Discourse,
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
  place?: { block: number; at: number },
): Referent | null {
  // Spoke in it ("said in a financial filing", "In a press statement, … said") or put it out ("released a statement");
  // not "published a report by a team": a journal publishes others' words.
  const family = FAMILIES.find(({ names }) => names.has(head));
  const forms = family ? [...family.names] : numberForms(head);
  const nouns = `(?:${forms.join('|')})`;
  const own = place ? ownSentenceIssuer(nouns, place, texts, issuerAt, family?.names === STATEMENT_NAMES) : null;
  if (own) return own;
  const phrase = `\\s+(?:a|an|its|their|his|her)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${nouns}\\b`;
  const spokeIn = new RegExp(`\\bin${phrase}`, 'iu');
  const putOut = new RegExp(`\\b(?:issued|released)${phrase}`, 'iu');
  const broughtIn = new RegExp(`\\b(a|an|its|their|his|her|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${nouns}\\b`, 'iu');
  for (let i = discourse.sentences.length - 1, seen = 0; i >= 0 && seen < DOCUMENT_REACH; i--, seen++) {
    const sentence = discourse.sentences[i];
    if (!sentence) continue;
    const words = (texts[sentence.block] ?? '').slice(sentence.range.start, sentence.range.end);
    const named = broughtIn.exec(words);
    // "The appeals court overturned a decision by Judge Jane Smith. According to the ruling, …": the ruling is the
    // overturning court's, which the text does not tie to that document; a guess between the two courts is no answer.
    if (named && family?.names === RULING_NAMES && RULED_ON.test(words.slice(0, named.index))) return null;
    const issuer = named && namedIssuer(sentence, sentence.range.start + named.index + named[0].length, texts, issuerAt, family?.names === STATEMENT_NAMES);
    if (issuer) return issuer;
    const owner = attributiveOwner(sentence, words, nouns, issuerAt);
    if (owner) return owner;
    // "…, her publicist Gwendolyn Quinn stated on behalf of the family. According to the statement, …"
    // (wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16): the statement is what its subject stated.
    const told = named || seen >= (family?.reach ?? DOCUMENT_REACH) ? null : (family?.told.exec(words) ?? (seen < 2 ? family?.near?.exec(words) : null));
    if (told) return subjectBefore(sentence, told.index, texts, issuerAt);
    const release = releasedTitleAt(words, forms);
    if (release >= 0) return subjectBefore(sentence, release, texts, issuerAt);
    // "In the filing itself Ford also …": the same document again, brought in further back.
    if (!named || named[1]?.toLowerCase() === 'the') continue;
    const verb =
      putOut.exec(words) ?? (spokeIn.test(words) ? [...words.matchAll(/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu)].find((w) => isSpeechVerb(w[0])) : undefined);
    return verb ? subjectBefore(sentence, verb.index, texts, issuerAt) : null;
  }
  return null;
}

/**
 * The issuer `namedIssuer` read, when it stands in `block` and is the document's one author: no second name joined to it by
 * a comma, "and" or "&" before offset `until` ("a statement from Hamas and Fatah": the words are neither's alone).
 */
function soleIssuer(issuer: Referent | null, block: number, text: string, until: number): Referent | null {
  return issuer?.at.block === block && !/^\s*(?:,|and\b|&)/u.test(text.slice(issuer.at.end, until)) ? issuer : null;
}

/** An indefinite document phrase: "a statement", "an open letter", "a new report". */
const indefinitePhrase = (nouns: string) => new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${nouns}\\b`, 'giu');

/**
 * `…, read a statement from al-Sadr: "…," The statement continued, "…"` (wikinews-shorts-benn-sadr-rye-hill-dti-transneft-
 * levinson-2007-04-16): a document brought in with "a" earlier in the very sentence whose "the statement" speaks, is
 * that document, read only where the text names its author right after it ("from", "by", `namedIssuer`); the sentences
 * before are no part of the discourse yet. `place` is where the definite phrase starts (UTF-16 in its block). Null when
 * the sentence brings in no such document before it, the phrase names no author the text knows, or two ("a statement
 * from Hamas and Fatah": the words are neither's alone).
 */
function ownSentenceIssuer(
  nouns: string,
  { block, at }: { block: number; at: number },
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
  statement: boolean,
): Referent | null {
  const range = (blockSentences(texts)[block] ?? []).find((r) => r.start <= at && at < r.end);
  if (!range) return null;
  const text = texts[block] ?? '';
  const named = [...text.slice(range.start, at).matchAll(indefinitePhrase(nouns))].at(-1);
  if (!named) return null;
  const end = range.start + named.index + named[0].length;
  const issuer = namedIssuer({ block, range: { start: range.start, end: at }, people: [], focus: null }, end, texts, issuerAt, statement);
  return soleIssuer(issuer, block, text, at);
}

/**
 * Who put a document out: the person or organisation the sentence is about, when it comes before the verb at `verbAt`
 * (UTF-16 in the sentence's words), else the role the sentence opens on ("The Luxembourg-based court issued a judgement
 * favorable to the plaintiff, Eva Glawischnig-Piesczek", wikinews-ecj-facebook-remove-illegal-posts-globally-2019-10-06:
 * the court, never the plaintiff named after the verb); null for a place or no one.
 */
function subjectBefore(
  sentence: SentenceInfo,
  verbAt: number,
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
): Referent | null {
  const { focus, block, range } = sentence;
  const after = focus?.at.block === block && focus.at.start >= range.start + verbAt && focus.at.start < range.end;
  if (focus && !after) return focus.entity.type === 'place' ? null : focus;
  const words = (texts[block] ?? '').slice(range.start, range.end);
  const opening = issuerAt(block, range.start + words.length - words.trimStart().length);
  return opening && opening.entity.type !== 'place' && (opening.at.block !== block || opening.at.start < range.start + verbAt) ? opening : null;
}

/** "stated" as a finite verb, not "the stated aim" or "as stated". */
const STATED = /(?<!\b(?:the|a|an|as|its|his|her|their|is|was|were|be|been|being|previously|clearly)\s+)\bstated\b/iu;
/** "ruled" as a court's finite verb, not "was ruled out", "ruled by" (governed) nor "ruled over". */
const RULED = /(?<!\b(?:is|was|were|be|been|being|has|have|had)\s+)\bruled\b(?!\s+(?:out|by|over)\b)/iu;

/** "confirmed", "announced" as a finite verb, not "a confirmed case" or "as announced". */
const CONFIRMED = /(?<!\b(?:a|an|the|as|is|was|were|be|been|being|has|have|had|not|yet|officially)\s+)\b(?:confirmed|announced)\b/iu;

/** A verb by which one court acts on another's ruling, right before the ruling it names. */
const RULED_ON =
  /\b(?:overturn(?:ed|s|ing)?|uph(?:eld|old|olds|olding)|revers(?:ed|es|ing)|quash(?:ed|es|ing)|str(?:uck|ike|ikes|iking)\s+down|set(?:ting)?\s+aside|annull?(?:ed|s|ing)?|overrul(?:ed|es|ing)|vacat(?:ed|es|ing))\s+$/iu;

/**
 * "confirmed", "announced" or "reported" as a finite verb (`CONFIRMED`): "…, Xinhua reported. The same report states …"
 * (gv-china-bo-xilai-social-media-2012-05-11).
 */
const REPORTED = /(?<!\b(?:a|an|the|as|is|was|were|be|been|being|has|have|had|not|yet|officially)\s+)\b(?:confirmed|announced|reported)\b/iu;

/**
 * Nouns that name one document by turns, each with the verb that tells its subject put it out: "According to the
 * statement" after "… stated on behalf of the family", "According to the ruling" after "the court ruled".
 */
const FAMILIES: ReadonlyArray<{ names: ReadonlySet<string>; told: RegExp; reach?: number; near?: RegExp }> = [
  // "Russia's Interior Ministry confirmed yesterday that the police will enforce the law …. The statement said "…""
  // (a fresh Wikinews page, session 49): a statement is also what its subject just confirmed or announced, told in one
  // of the two sentences right before (as for "the report", below).
  { names: STATEMENT_NAMES, told: STATED, near: CONFIRMED },
  { names: RULING_NAMES, told: RULED },
  // "… Health Care in Munich, Germany confirmed a case of coronavirus infection in a man from Starnberg district. The man
  // has been isolated and is in good condition, the report said." (wikinews-germany-first-novel-coronavirus-case-2020-01-28):
  // the report is what the body just confirmed or announced, as it is what an outlet just reported ("…, Xinhua reported.
  // The same report states …", gv-china-bo-xilai-social-media-2012-05-11); only the sentence right before may tell so,
  // as any earlier "confirmed" may be another's news.
  { names: new Set(['report']), told: REPORTED, reach: 2 },
];

/**
 * An article, up to two lower-case words that describe a document, then up to five capitalised words right before a
 * document noun in `nouns`: "A classified European Union report", "The Global Witness report".
 */
const attributivePhrase = (nouns: string) =>
  new RegExp(
    `\\b(?:[Aa]n?|[Tt]he)\\s+(?:(?!(?:of|for|to|with|from|at|in|on|by|and|or)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4})\\s+${nouns}\\b`,
    'u',
  );

/**
 * "A classified European Union report for 2009 says … The report accuses …" (wikinews-eu-report-israel-annexing-east-
 * jerusalem-2009-12-03): a document brought in with an organisation's name as its adjective is that organisation's
 * (`docs/annotation-guide.md`: a document whose author the text names is the author's), so a later "the report" speaks
 * for it. The organisation, when the name the phrase holds is one the text knows and its mention ends right before the
 * noun; null otherwise (a person's name so placed may be the document's subject: "the Ferrer report").
 */
function attributiveOwner(sentence: SentenceInfo, words: string, nouns: string, issuerAt: (block: number, at: number) => Referent | null): Referent | null {
  const owned = attributivePhrase(nouns).exec(words);
  if (!owned?.[1]) return null;
  const at = sentence.range.start + owned.index + owned[0].lastIndexOf(owned[1]);
  const owner = issuerAt(sentence.block, at);
  return owner?.entity.type === 'organization' && owner.at.start === at && owner.at.end === at + owned[1].length ? owner : null;
}

/**
 * "from", "by", "signed by", "issued by" after a document's phrase: who wrote or issued it; "passed by", "adopted by": the
 * body whose resolution it is ("A resolution passed by the European Parliament Thursday asked …",
 * wikinews-gay-iranian-awaits-decision-asylum-2008-03-14).
 */
const SIGNED_BY = /^\s+(?:(?:signed|issued|passed|adopted)\s+)?(?:from|by)\s+/iu;

/** The verbs of `SIGNED_BY` by which a body adopts a text as its own. */
const PASSED = /^\s+(?:passed|adopted)\s/iu;

/**
 * "… died yesterday at the age of 99, according to a statement released by the Supreme Court. … The statement ascribed
 * his death to complications from a stroke" (wikinews-john-paul-stevens-dies-2019-07-17): a statement is put out in the
 * name of whoever releases it, unlike a study, whose researchers a museum may release.
 */
const RELEASED_BY = /^\s+(?:(?:signed|issued|released)\s+)?(?:from|by)\s+/iu;

/**
 * "a 1989 report from the National Transportation Safety Board (NTSB)", "The decree signed by the Pope": who the words
 * right after "from", "by", "signed by" or "issued by" ("The orange warning issued by Met Éireann",
 * wikinews-hurricane-lorenzo-hits-azores-2019-10-02) name, where the document's phrase ends (at `end`, UTF-16 in the
 * sentence's block), is its issuer (`docs/annotation-guide.md`: a document whose author the text names is that author's). Not a
 * place ("a report from Washington" tells where, not who), nor who released or published it ("a new study released by the
 * Florida Museum of Natural History" is its researchers' word, not the museum's); with `statement`, who released it too
 * (`RELEASED_BY`).
 */
function namedIssuer(
  sentence: SentenceInfo,
  end: number,
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
  statement: boolean,
): Referent | null {
  const after = (texts[sentence.block] ?? '').slice(end, sentence.range.end);
  const by = (statement ? RELEASED_BY : SIGNED_BY).exec(after);
  const issuer = by ? issuerAt(sentence.block, end + by[0].length) : null;
  // A body passes a resolution under its own name: one reached through a role noun there may be any parliament's.
  if (
    issuer &&
    PASSED.test(by?.[0] ?? '') &&
    !after
      .slice(by?.[0].length)
      .replace(/^the\s+/i, '')
      .startsWith(issuer.entity.name)
  )
    return null;
  // "a statement issued by President Nicolas Sarkozy's office" (wikinews-seven-dead-french-helicopter-crash-gabon-2009-01-18):
  // a name in the possessive owns the issuer, which the text does not name, so no one is.
  const owns = issuer !== null && /^['’]s?\s/u.test((texts[sentence.block] ?? '').slice(issuer.at.end));
  return issuer && issuer.entity.type !== 'place' && !owns ? issuer : null;
}

/** A sentence opening on a document brought in with an article: "A statement by …", "An email from …", "The letter, signed by …" not. */
const OPENING_DOCUMENT = /^\s*(?:A|An|The)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}+)\b/u;

/**
 * The author of the document a sentence of `block` opens on, when the text names them right after its noun: "A statement
 * by the Brady Campaign and Center to Prevent Gun Violence was posted on Facebook", "An email from Burkhardt & Associates
 * to James Roche advises …" (`namedIssuer`). `range` is the sentence, or the part of it to read (UTF-16 in the block).
 * Null when the sentence opens on no document, its author is not named there or is one of several ("A recent study by the
 * Food and Agriculture Organization and World Food Program finds …", wikinews-un-more-investment-agriculture-world-
 * hunger-2009-10-21: the words are neither's alone).
 */
export function openingDocumentIssuer(
  block: number,
  range: { start: number; end: number },
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
): Referent | null {
  const text = texts[block] ?? '';
  const opening = OPENING_DOCUMENT.exec(text.slice(range.start, range.end));
  const noun = opening?.[1];
  if (!opening || !noun || !DOCUMENT_NOUNS.has(noun)) return null;
  const sentence = { block, range, people: [], focus: null };
  const issuer = namedIssuer(sentence, range.start + opening[0].length, texts, issuerAt, STATEMENT_NAMES.has(noun));
  return soleIssuer(issuer, block, text, range.end);
}

/** The entity a mention starting at `at` of `block` names, past a "the" before it ("from the National Transportation …"). */
export function mentionAt(mentions: MentionIndex, texts: ReadonlyArray<string>, block: number, at: number): Referent | null {
  const start = at + (/^the\s+/i.exec((texts[block] ?? '').slice(at, at + 4))?.[0].length ?? 0);
  const mention = mentions.between(block, start, start + 1).find((m) => m.start === start);
  return mention ? { entity: mention.entity, at: { block, start: mention.start, end: mention.end } } : null;
}

/**
 * Who the words at an offset of a block name (through `reader`), as an issuer's referent, when it is someone the text
 * knows: an entity the name pass found (`entities`), or a role noun's holder; null for none, and for a source only
 * described ("a team from …"), which is no one's name.
 */
export function knownAt(
  reader: { subjectAt(block: number, at: number): Subject | null },
  entities: ReadonlyArray<FoundEntity>,
): (block: number, at: number) => Referent | null {
  return (block, at) => {
    const subject = reader.subjectAt(block, at);
    const known = subject?.entity && (subject.resolution === 'role' || entities.includes(subject.entity));
    return subject?.entity && known ? { entity: subject.entity, at: subject.ref } : null;
  };
}

/**
 * The issuer of the definite document `phrase` names ("The decree", "the filing": "the", up to one word, a document
 * noun) at `place`, if given, read as `earlierDocumentIssuer` does; null when the phrase names no document or the text no issuer.
 */
export function definiteDocumentIssuer(
  phrase: string,
  discourse: Discourse,
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
  place?: { block: number; at: number },
): Referent | null {
  const head = /^the\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu.exec(phrase)?.[1]?.toLowerCase() ?? '';
  return DOCUMENT_NOUNS.has(head) ? earlierDocumentIssuer(head, discourse, texts, issuerAt, place) : null;
}

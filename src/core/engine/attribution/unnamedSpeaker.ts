import type { EntityIndex } from '../entities/types';
import { blogWriter } from './writerOnBlog';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import type { Discourse } from './coreference';
import { documentOwner, documentRoleOwner, domainDocument } from './documentOwner';
import { describedBodyAt } from './describedBody';
import { groupEnding } from './groupSubjects';
import { loneWriterName } from './loneWriterName';
import { bareRoleAppositive, unclosedAppositive } from './unclosedAppositive';
import { definiteAppositive } from './definiteAppositive';
import { POSSESSIVE_END } from './ownedTitle';
import { resolveRole } from './roles';
import type { SpeakerWords } from './speakerWords';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';
import { governedName } from './governedName';
import { outsiderOf } from './outsiderOf';
import { unlinkedSubject } from './unlinkedName';

/**
 * "who" and a copula, with an adverb or not, ending the words before a description: "who is also ", "who was ", "who
 * has been " (a question's "is the problem national" is left alone: no one is described there).
 */
const PREDICATE_END = /\bwho\s+(?:is|was|are|were|has\s+been|had\s+been|became|becomes)\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?$/;

/** A preposition whose object is where or what someone was, not whose words they are: "participating in the experiment". */
const TAKEN_BY = /^(?:in|into|on|at|to|for|with|about|over|against|toward|towards|during|under|through|across|near)$/i;

/**
 * The speaker words before a cue verb that end with no mention (see `speakerWords.ts`): a lone surname the name pass
 * missed, a writer's name, a pronoun, a document's owner, a possessive description, an unnamed group (unattributed), a
 * role noun phrase, or a writer's handle; null when none.
 */
export function unnamedSubjectBefore(
  reader: SubjectReader,
  known: { index: EntityIndex; discourse: Discourse },
  block: number,
  from: number,
  words: SpeakerWords,
): Subject | null {
  const text = reader.texts[block] ?? '';
  const { before, stop, handle } = words;
  const unlinked = unlinkedSubject(text, block, { end: stop }, known.index);
  const governed = unlinked && governedName(text, from, unlinked.ref, stop);
  if (unlinked && governed !== null) return { ref: { block, start: governed, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  if (unlinked) return unlinked;
  const writer = loneWriterName(reader.texts, block, from, stop, reader.mentions);
  if (writer) return reader.handleSource(block, writer.start, writer.end);
  const pronoun = /(?:^|[\s,;:—–])(he|she|they|it|we)$/i.exec(before);
  if (pronoun?.[1]) return reader.subjectAt(block, stop - pronoun[1].length);
  const owner = documentOwner(text, block, from, stop, reader.mentions);
  const site = domainDocument(text, from, stop);
  // "Fefeu, from the Clube da MPB blog, describes": a blog is where the one before it writes, not who speaks.
  const blogger = owner && blogWriter(reader, block, from, owner.start, stop, stop);
  if (blogger) return blogger;
  if (owner || site) return owner ? reader.subjectAt(block, owner.start) : site && reader.titledSource(block, site.start, site.end);
  const roleOwner = documentRoleOwner(text, from, stop);
  const byRole =
    roleOwner && resolveRole(text.slice(roleOwner.start, roleOwner.end), block, roleOwner.start, reader.mentions, known.discourse, known.index, reader.texts);
  if (roleOwner && byRole) return { ref: { block, ...roleOwner }, entity: byRole.entity, resolution: 'role', antecedent: byRole.at };
  const possessive = POSSESSIVE_END.exec(before)?.[1];
  if (possessive) {
    const ref = { block, start: stop - possessive.length, end: stop };
    const named = unclosedAppositive(reader, block, from, ref.start, true);
    if (named) return named;
    const ownedByBody = reader.mentions.between(block, ref.start, ref.start + 1).some((m) => m.entity.type !== 'person');
    const source = ownedByBody ? null : reader.unnamedSource(ref);
    if (source) return { ref, entity: source, resolution: 'name', antecedent: null };
    // "Day's animal foundation said": a body someone has speaks as itself, named as the text writes it (the golds
    // name "Erdogan's office" so); its owner is not its voice.
    const head = /([\p{L}-]+)$/u.exec(possessive)?.[1]?.toLowerCase() ?? '';
    if (!ownedByBody && ORG_ROLE_NOUNS.includes(head)) return reader.handleSource(block, ref.start, ref.end);
  }
  const body = describedBodyAt(before);
  if (body !== null) return reader.handleSource(block, stop - before.length + body, stop);
  const tail = groupEnding(before);
  if (tail) return { ref: { block, start: stop - tail.length, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  const bare = bareRoleAppositive(reader, block, from, stop);
  if (bare) return bare;
  const phraseStart = /(?:^|[\s,;:—–(])((?:the|a|an|one|another|its|his|her|their)\s+(?:[\p{L}'’.-]+\s+){0,6}[\p{L}'’.-]+)$/iu.exec(before);
  // "Serkalem Fasil, his wife who is also a once jailed journalist, highlighted …" (Global Voices, Ethiopia, May 2012): a
  // description after a copula is what someone before it is, not who speaks; with that someone unread, the quote stays
  // the cue's but its speaker is left unknown.
  if (phraseStart?.[1] && PREDICATE_END.test(before.slice(0, before.length - phraseStart[1].length)))
    return { ref: { block, start: stop - phraseStart[1].length, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
  if (phraseStart?.[1]) {
    const appositive =
      unclosedAppositive(reader, block, from, stop - phraseStart[1].length) ?? definiteAppositive(reader, block, from, stop - phraseStart[1].length, stop);
    if (appositive) return appositive;
    // "Critics of the Thai government have called for …" (WikinewsSum record 56): the critics speak, not the body.
    const outsider = outsiderOf(text, from, stop - phraseStart[1].length);
    if (outsider !== null) return { ref: { block, start: outsider, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
    const candidate = reader.subjectAt(block, stop - phraseStart[1].length);
    if (candidate && candidate.ref.end === stop) return candidate;
    // Try shorter phrases: "an analyst at Bernstein" inside "…, said Jane Ko, an analyst at Bernstein".
    // Not one a preposition takes: "One CBRN NCO participating in the experiment stated" (an ARCIC story of 2013) is the
    // NCO's, and "the experiment" is what the NCO took part in, not who spoke. "from" and "of" may name whose it is
    // ("Another report from the Mexican government … said", wikinews-gunman-opens-fire-el-paso-walmart-2019-08-08).
    const phraseWords = phraseStart[1].split(/\s+/);
    for (let i = 1; i < phraseWords.length - 1; i++) {
      const shorterTail = phraseWords.slice(i).join(' ');
      if (!/^(the|a|an)\s/i.test(shorterTail) || TAKEN_BY.test(phraseWords[i - 1] ?? '')) continue;
      const shorter = reader.subjectAt(block, stop - shorterTail.length);
      if (shorter && shorter.ref.end === stop) return shorter;
    }
  }
  // "Musician Sany Pitbull (@SanyPitbull) wrote": a writer the text names only in words the name pass did not take is their handle.
  return handle ? reader.handleSource(block, handle.start, handle.end) : null;
}

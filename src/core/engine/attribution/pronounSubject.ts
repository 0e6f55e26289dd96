import { blockSentences } from '../blockSentences';
import { boundPronoun } from './boundPronoun';
import type { Discourse } from './coreference';
import { documentIt } from './documentIt';
import { mentionAt } from './earlierDocument';
import { groupSubjectBefore } from './groupSubjectThey';
import { indefiniteSubjectBefore } from './indefiniteSubject';
import { sameSentenceSubject } from './sameSentencePronoun';
import { reportingBodyIt } from './reportingBodyIt';
import { sentenceBodyIt } from './sentenceBodyIt';
import { PRONOUN_GENDER } from './gender';
import { holdsRole } from './heldTitle';
import { titleBeforePronoun } from './titleBeforePronoun';
import type { SubjectReader } from './subjectReader';
import { pronounReferent, type Subject } from './types';

/**
 * The speaker a personal pronoun at `at` of a block stands for, as a pronoun subject (UTF-16, half-open ref over the
 * pronoun); null when no pronoun starts there. An object pronoun names its antecedent as the subject form does
 * ("According to him, …"): a pronoun bound in its sentence (`boundPronoun.ts`, `sameSentencePronoun.ts`) first, else
 * the discourse's latest referent of its form (`coreference.ts`).
 */
export function pronounSubject(reader: SubjectReader, discourse: Discourse, block: number, at: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const pronoun = /^(he|she|they|it|we|him|her|them)\b/i.exec(text.slice(at));
  if (!pronoun?.[1]) return null;
  const ref = { block, start: at, end: at + pronoun[1].length };
  // "We asked them a bunch of questions", "we believe that …": outside quote marks "we" is the writer, whom no
  // entity of the text stands for (the product or office the text was about is not who writes it).
  if (/^we$/i.test(pronoun[1])) return { ref, entity: null, resolution: 'unattributed', antecedent: null };
  const bound = boundPronoun(reader, block, at, pronoun[1]);
  if (bound) return { ref, entity: bound.entity, resolution: 'pronoun', antecedent: bound.at };
  // "Guadeloupean blogger at Carib Creole News publishes a post … in which he denounces …": the he of an unnamed subject;
  // "Japanese officials said …; his death, they reported, …": the they of an unnamed group.
  const sentenceStart = (blockSentences(reader.texts)[block] ?? []).find((r) => r.start <= at && at < r.end)?.start;
  if (sentenceStart !== undefined && (indefiniteSubjectBefore(text, sentenceStart, at) || groupSubjectBefore(text, sentenceStart, at)))
    return { ref, entity: null, resolution: 'unattributed', antecedent: null };
  // "A statement by the Brady Campaign … was posted on Facebook. It said …": the author of the document the "it" means.
  const author =
    sentenceStart !== undefined && /^it$/i.test(pronoun[1])
      ? documentIt(block, sentenceStart, at, discourse.sentences.at(-1), reader.texts, (b, from) => mentionAt(reader.mentions, reader.texts, b, from))
      : null;
  if (author) return { ref, entity: author.entity, resolution: 'pronoun', antecedent: author.at };
  // "The United Nations Refugee Agency (UNRA) was seeking explanation …, it reported …": the body its sentence opens on.
  const body =
    sentenceStart !== undefined && /^it$/i.test(pronoun[1])
      ? (sentenceBodyIt(text, block, sentenceStart, at, reader.mentions) ?? reportingBodyIt(text, block, sentenceStart, at, reader.mentions))
      : null;
  if (body) return { ref, entity: body.entity, resolution: 'pronoun', antecedent: body.at };
  const own = sameSentenceSubject(text, blockSentences(reader.texts)[block] ?? [], ref, reader.mentions, (e) => discourse.genderOf(e));
  if (own) return own;
  const found = discourse.resolvePronoun(({ him: 'he', her: 'she', them: 'they' } as Record<string, string>)[pronoun[1].toLowerCase()] ?? pronoun[1]);
  // "echoing the Governor's own words in 2011, in which he told visitors": a person its sentence names by title alone
  // stands between the pronoun and someone of an earlier sentence who does not hold that title.
  const gender = PRONOUN_GENDER[pronoun[1].toLowerCase()];
  const title = found && gender && sentenceStart !== undefined ? titleBeforePronoun(text, sentenceStart, at, gender) : null;
  if (found && title && !holdsRole(found.entity, title)) return { ref, entity: null, resolution: 'unattributed', antecedent: null };
  return found ? pronounReferent(ref, found) : { ref, entity: null, resolution: 'unattributed', antecedent: null };
}

import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import type { Subject } from '../types';
import { hasClause } from './notACue';
import type { ReportedCase } from './reported';
import { roleAppositiveLength } from './sourceAppositive';
import { wordsToComma } from './placeAndState';

/**
 * The length of what describes a leading source after its name, up to and with the comma before the content: a person's
 * appositive or role phrase, a relative, or any short words before a comma; undefined when there is no comma.
 */
export function descriptorLength(c: ReportedCase, subject: Subject): number | undefined {
  const { text, end } = c;
  // "According to a Twitter post by Amy Cook, director of the Learning Together event, the tusk …": a person's
  // appositive belongs to the cue, not the content.
  const appositive = subject.entity?.type === 'person' ? /^,\s+[^,;:"“”]{1,80},/.exec(text.slice(subject.ref.end, end)) : null;
  // It names what the person is ("director of …", "Chief of Social Media for …"), not a clause or an aside.
  const describes = (words: string) =>
    words
      .split(/[\s,]+/)
      .slice(0, 4)
      .some((w) => PERSON_ROLE_NOUNS.includes(w.toLowerCase()));
  if (appositive && !hasClause(appositive[0]) && describes(appositive[0])) return appositive[0].length;
  // "by UpGuard, a cybersecurity firm, two databases …" (fresh Wikinews, 2019): a body's indefinite appositive; not
  // after a document standing for the body ("According to the ruling, a host, such as Facebook, must remove …").
  const document = DOCUMENT_NOUNS.has((/\p{L}+$/u.exec(text.slice(subject.ref.start, subject.ref.end))?.[0] ?? '').toLowerCase());
  const kind = subject.entity?.type === 'organization' && !document ? /^,\s+(?:a|an)\s+[^,;:"“”]{1,60},/.exec(text.slice(subject.ref.end, end)) : null;
  if (kind && !hasClause(kind[0])) return kind[0].length;
  // "According to Dr. Josiah Dykstra, technical director for NSA’s Laboratory …, this technology …": a role phrase whose
  // possessives and plural nouns the clause test above reads as verbs.
  const role = subject.entity?.type === 'person' ? roleAppositiveLength(text, subject.ref.end, end) : null;
  if (role !== null) return role;
  // "According to Professor Sergey Dydykin, who is both co-chairman of …, in the United States …": the relative is the
  // source's description, not what the source says.
  const relative = /^,\s+(?:who|which)\s[^,;:"“”]{1,200},/.exec(text.slice(subject.ref.end, end));
  return relative ? relative[0].length : wordsToComma(text, subject.ref.end, end);
}

import type { SourceType } from '../../schema';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { COUNTRY_BY_ADJECTIVE, PLACES } from '../entities/lookups';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';

/** A source's type and the words that show it (null when the text does not say). */
export interface TypedSource {
  type: SourceType;
  evidence: Located | null;
}

const ROLES = new Map(SOURCE_ROLES);
const LONGEST_ROLE = Math.max(...SOURCE_ROLES.map(([role]) => role.split(' ').length));
/** ", a spokeswoman for the ministry,", ", professor of biology at Ledger University.": an appositive after a name. */
const APPOSITIVE = /^,\s+((?:(?:a|an|the)\s+)?[^,;:.()"“”]{2,80}?)(?=\s*[,;:.)]|$)/;
/** " is a spokesman for the opposition MDC.": what a name is said to be, in the sentence that names it. */
const PREDICATE = /^\s+(?:is|was)\s+((?:a|an|the)\s+[^,;:.()"“”]{2,80}?)(?=\s*[,;:.)]|$)/;
/** Where the head of a role phrase ends and its complement begins: "director | of NASA Johnson". */
const COMPLEMENT = /^(?:of|for|at|in|from|with|to|on)$/i;

const governs = (word: string) => GOVERNMENT_WORDS.has(word.toLowerCase().replace(/['’]s$|[,;:]$/g, ''));
/** A country or a nationality: "Russian", "Kazakhstan", "U.S.". */
const national = (word: string) => {
  const bare = word.replace(/['’]s$|[,;:]$/g, '');
  return COUNTRY_BY_ADJECTIVE.has(bare) || PLACES.has(bare);
};

/**
 * The type the role words of a phrase give, or null: the first specific role wins over a title or an office, which
 * make an official only where the words around them tie them to a government (`lexicon/sourceRoles.ts`).
 */
function typeOfPhrase(phrase: string): SourceType | null {
  const words = phrase.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/[,;:]$/, ''));
  let held: { kind: 'title' | 'office'; from: number; to: number } | null = null;
  // "a friend of the Russian president" is no official: the role is the head's, before its complement.
  const head = lower.findIndex((w) => COMPLEMENT.test(w));
  for (let i = 0; i < (head < 0 ? lower.length : head); i++) {
    for (let n = Math.min(LONGEST_ROLE, lower.length - i); n >= 1; n--) {
      const type = ROLES.get(lower.slice(i, i + n).join(' '));
      if (!type) continue;
      if (type !== 'title' && type !== 'office') return type;
      held ??= { kind: type, from: i, to: i + n };
      break;
    }
  }
  if (!held) return null;
  if (words.some(governs)) return 'official';
  const bareTitle = held.from === 0 && held.to === words.length && /^\p{Lu}/u.test(words[0] ?? '');
  return held.kind === 'title' && (bareTitle || words.some(national)) ? 'official' : null;
}

/** The words of a located phrase before the entity's name, where the phrase ends in it ("Russian President"). */
function beforeName(texts: ReadonlyArray<string>, entity: FoundEntity, at: Located): Located | null {
  const written = (texts[at.block] ?? '').slice(at.start, at.end);
  const names = [entity.name, ...entity.aliases].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const name = names.find((n) => written.endsWith(n) || written.toLowerCase().endsWith(n.toLowerCase()));
  const rest = name ? written.slice(0, written.length - name.length) : written;
  const trimmed = rest.replace(/[\s,]+$/, '');
  return trimmed && /\p{L}/u.test(trimmed) ? { block: at.block, start: at.start, end: at.start + trimmed.length } : null;
}

/** The first answer a reading of each place gives, reading no further. */
function firstOf<T>(places: ReadonlyArray<Located>, read: (at: Located) => T | null): T | null {
  for (const at of places) {
    const answer = read(at);
    if (answer) return answer;
  }
  return null;
}

/**
 * What kind of voice each speaker is (`docs/annotation-guide.md`, "Sources: type, gender, anonymity"), from the
 * words the article gives it: an unnamed source is anonymous; an organisation, or a place that speaks as its
 * government, is an organisation; a person is what the first role word found says, looking first at the words
 * their quotes name them by ("the Russian president said"), then at each mention's title ("Kazakh President
 * Kassym-Jomart Tokayev") and the appositive or predicate after it (", a spokeswoman for the ministry,", " is a
 * spokesman for the opposition MDC"). Unknown when no role
 * word says, never guessed. The evidence is the phrase holding the role word.
 */
export function sourceTypes(
  texts: ReadonlyArray<string>,
  quotes: ReadonlyArray<FoundQuote>,
  anonymous: ReadonlyMap<FoundEntity, unknown>,
): Map<FoundEntity, TypedSource> {
  const typed = new Map<FoundEntity, TypedSource>();
  const typeOf = (at: Located | null): TypedSource | null => {
    const type = at ? typeOfPhrase((texts[at.block] ?? '').slice(at.start, at.end)) : null;
    return type && at ? { type, evidence: at } : null;
  };
  const typeAround = (speaker: FoundEntity, m: Located): TypedSource | null => {
    const text = texts[m.block] ?? '';
    const after = APPOSITIVE.exec(text.slice(m.end, m.end + 120)) ?? PREDICATE.exec(text.slice(m.end, m.end + 120));
    const phrase = after?.[1] ? { block: m.block, start: m.end + after[0].length - after[1].length, end: m.end + after[0].length } : null;
    return typeOf(beforeName(texts, speaker, m)) ?? typeOf(phrase);
  };
  // The words each speaker's quotes name them by, in reading order (a pronoun says nothing of a type).
  const refs = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerRef || q.resolution === 'pronoun') continue;
    const list = refs.get(q.speaker) ?? [];
    list.push(q.speakerRef);
    refs.set(q.speaker, list);
  }
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || typed.has(speaker)) continue;
    const first = speaker.mentions[0] ?? null;
    if (anonymous.has(speaker)) typed.set(speaker, { type: 'anonymous', evidence: first });
    else if (speaker.type !== 'person') typed.set(speaker, { type: 'organisation', evidence: refs.get(speaker)?.[0] ?? first });
    else
      typed.set(
        speaker,
        firstOf(refs.get(speaker) ?? [], (ref) => typeOf(beforeName(texts, speaker, ref))) ??
          firstOf(speaker.mentions, (m) => typeAround(speaker, m)) ?? { type: 'unknown', evidence: null },
      );
  }
  return typed;
}

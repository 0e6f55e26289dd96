import { slugify } from '../../slug';
import { mentionKey, type EntityIndex, type FoundEntity } from '../entities/types';
import { ANONYMITY_MARKERS } from '../lexicon/anonymityMarkers';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import type { Located } from './types';
import { escapeRegExp } from '../escapeRegExp';

/** Why the article does not name a source, in its words; null when it does not say. */
export interface Anonymity {
  reason: Located | null;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'madam', 'dame', 'lord', 'lady']);
/** Nouns that can head a description of one person: role nouns and gendered nouns ("a senior official", "his sister"). */
const PERSON_HEADS = new Set([...PERSON_ROLE_NOUNS, ...[...FEMALE_WORDS, ...MALE_WORDS].filter((w) => !HONORIFICS.has(w))]);
const COMPLEMENT = String.raw`(?:\s+(?:for|of|at|from|in|close\s+to|familiar\s+with|with\s+knowledge\s+of)\s+.+)?`;
/** Words that may stand between a determiner and the head noun: modifiers, not a preposition or a clause ("a speech delivered by"). */
const MODIFIERS = String.raw`((?:(?!(?:by|of|for|to|in|on|at|with|from|and|or|that|who|which|whose)\s)[\p{L}'’.-]+\s+){0,4}?)`;
/** "a senior official", "One poster", "another resident", "a source close to the talks". */
const INDEFINITE = new RegExp(String.raw`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+${MODIFIERS}(\p{Ll}[\p{L}-]*)${COMPLEMENT}$`, 'u');
/** "Foke's spokesman", "Thomas' sister": an unnamed person described by whose they are. */
const POSSESSIVE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:'s|’s|'|’)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}[\p{L}-]*)$/u;
/** "the relative": a definite description is a source of its own only where the article says why it is unnamed. */
const DEFINITE = new RegExp(String.raw`^[Tt]he\s+${MODIFIERS}(\p{Ll}[\p{L}-]*)${COMPLEMENT}$`, 'u');
const MARKER = new RegExp(String.raw`\b(?:${ANONYMITY_MARKERS.map((m) => m.replace(/\s+/g, String.raw`\s+`)).join('|')})\b`, 'i');
/** How far from the description its reason may be looked for, in UTF-16 code units: a sentence's length, not a block's. */
const SENTENCE_REACH = 400;
const DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the']);
const COMPLEMENT_WORDS = new Set(['for', 'of', 'at', 'from', 'in', 'close', 'familiar', 'with']);

/** Whether a phrase's head noun stands for one person: the last word, or the one before its "for"/"of" complement. */
function headOf(match: RegExpExecArray | null): string | null {
  const head = match?.[2]?.toLowerCase();
  if (!head) return null;
  const twoWords = `${(match?.[1] ?? '').trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''} ${head}`;
  return PERSON_HEADS.has(head) || PERSON_HEADS.has(twoWords) ? head : null;
}

/**
 * Sources the article quotes without naming them (`docs/annotation-guide.md`, "anonymous: the article does not
 * name the source"): one person given by a description — indefinite ("a senior official", "One poster"), possessive
 * ("Foke's spokesman"), or definite where the article says why it does not name them ("the relative, who spoke on
 * condition of anonymity"). Each becomes a person of its own, named by the words that describe it, one per
 * description, with the reason the article gives for not naming them. Plural groups ("officials said", "sources
 * say") are not sources of this kind: the article says neither who nor how many speak, so they stay unattributed.
 */
export class UnnamedSources {
  private readonly byName = new Map<string, FoundEntity>();
  /** Each source made, with the reason the article gives for not naming it. */
  readonly anonymity = new Map<FoundEntity, Anonymity>();

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly index: EntityIndex,
    private readonly mentions: MentionIndex,
    private readonly discourse: Discourse,
  ) {}

  /** The unnamed source the words at `at` describe, made on first use; null when they describe no single person. */
  source(at: Located): FoundEntity | null {
    const text = this.texts[at.block] ?? '';
    const written = text.slice(at.start, at.end).replace(/[,.;:]+$/, '');
    const definite = !headOf(INDEFINITE.exec(written)) && !headOf(POSSESSIVE.exec(written));
    if (definite && !headOf(DEFINITE.exec(written))) return null;
    const reason = this.reason(at);
    if (definite && !reason) return null;
    const named = headOf(POSSESSIVE.exec(written)) ? this.namedElsewhere(written) : null;
    if (named) return named;
    const key = written.toLowerCase();
    let entity = this.byName.get(key);
    if (!entity) {
      const words = written.toLowerCase().split(/\s+/);
      const complement = words.findIndex((w, i) => i > 0 && COMPLEMENT_WORDS.has(w));
      entity = {
        key: slugify(written, 'person'),
        type: 'person',
        name: written,
        role: null,
        aliases: new Set(),
        mentions: [],
        roleWords: new Set((complement > 0 ? words.slice(0, complement) : words).filter((w) => !DETERMINERS.has(w))),
      };
      this.byName.set(key, entity);
      this.index.entities.push(entity);
      this.anonymity.set(entity, { reason });
    }
    const mention = { block: at.block, start: at.start, end: at.start + written.length };
    if (!this.index.byMention.has(mentionKey(at.block, at.start))) {
      entity.mentions.push({ ...mention, form: 'role' });
      this.index.byMention.set(mentionKey(at.block, at.start), entity);
      this.mentions.add(entity, mention);
    }
    if (!this.discourse.genderOf(entity)) this.discourse.readGender(entity);
    const known = this.anonymity.get(entity);
    if (known && !known.reason && reason) known.reason = reason;
    return entity;
  }

  /**
   * The one person the text names right after the same possessive description set off by a comma: "Both the North Korean
   * government and Aisyah's lawyer have said …" then "Aisyah's lawyer, Gooi Soon Seng, argued …" (a fresh Wikinews page,
   * session 49). The description is then that person's, wherever it stands; null when no one, or several, are so named.
   */
  private namedElsewhere(written: string): FoundEntity | null {
    const pattern = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(written)},\s+`, 'gu');
    const people = new Set<FoundEntity>();
    this.texts.forEach((text, block) => {
      for (const found of text.matchAll(pattern)) {
        const at = found.index + found[0].length;
        const person = this.mentions.between(block, at, at + 1).find((m) => m.start === at && m.entity.type === 'person');
        if (person) people.add(person.entity);
      }
    });
    return people.size === 1 ? ([...people][0] ?? null) : null;
  }

  /**
   * The clause of the description's sentence that says why the source is not named ("who asked not to be named
   * because the figures were not final", "speaking on condition of anonymity"); null when none does.
   */
  private reason(at: Located): Located | null {
    const text = this.texts[at.block] ?? '';
    const stop = text.lastIndexOf('. ', at.start);
    const sentenceStart = Math.max(stop < 0 ? 0 : stop + 2, at.start - SENTENCE_REACH);
    const next = /[.!?](?:\s|$)/.exec(text.slice(at.end, at.end + SENTENCE_REACH));
    const sentenceEnd = next ? at.end + next.index : Math.min(text.length, at.end + SENTENCE_REACH);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    const marker = MARKER.exec(sentence);
    if (!marker) return null;
    const before = sentence.slice(0, marker.index);
    const open = Math.max(...[',', ';', ':', '(', '—', '–', '"', '“', '”'].map((c) => before.lastIndexOf(c)));
    const after = /[,;:)—–"“”]/.exec(sentence.slice(marker.index));
    let start = sentenceStart + open + 1;
    let end = sentenceStart + (after ? marker.index + after.index : sentence.length);
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    return end > start ? { block: at.block, start, end } : null;
  }
}

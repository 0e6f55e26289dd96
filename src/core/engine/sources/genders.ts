import { splitSentences, type SentenceRange } from '../../sentences';
import type { Gender, StatedGender } from '../attribution/coreference';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { DESCRIPTIVE_NOUNS } from '../lexicon/descriptiveNouns';
import { NOT_NAMES } from '../lexicon/notNames';
import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import { blankFragments, genderedHead, headBeforeName, isPossessiveHer, PREPOSITION_BEFORE } from './genderCues';
import { frontedPossessive } from './frontedPossessive';
import { ownVerbPronoun } from './ownVerbPronoun';
import { opensAfterEarlierPerson } from './openingPronoun';

const PRONOUNS: Readonly<Record<string, Gender>> = { he: 'male', his: 'male', himself: 'male', she: 'female', herself: 'female' };
/** Nouns that head a description of one person ("the head of NATO", "his wife"). */
const PERSON_HEADS = new Set([...PERSON_ROLE_NOUNS, ...FEMALE_WORDS, ...MALE_WORDS]);
/** Words that may name another person a pronoun could refer to: those, and any role or describing noun ("the coach"). */
const OTHER_PERSON = new Set([...PERSON_HEADS, ...SOURCE_ROLES.map(([role]) => role), ...DESCRIPTIVE_NOUNS.keys()]);
/** How far before a name its sentence's opening may be, and how far after it a pronoun bound to it. */
const LOOK_BACK = 200;
const LOOK_AHEAD = 400;
/** ", one of Usov's film crew members,": an appositive right after a name, which the subject's pronoun skips. */
const APPOSITIVE = /^,\s+(?!(?:I|he|she|we|they|you)\b)(?:\p{Ll}|\d)[^,;:"“”]{0,120},/u;
/** "Elena Poniatowska (@EPoniatowska) [es]": the person's own handle and the language tag of the link after a name. */
const HANDLE = /^(?:\s*\(@[\w.]+\)|\s*\[[a-z]{2}(?:-[a-z]{2,4})?\])+/;
/** What may stand before a sentence's subject: a phrase set off by a comma, then up to four title words ("Political scientist"). */
const SUBJECT_OPENING = /^(?:[^,;:"“”]*,\s+){0,2}(?:[\p{L}\d.'’-]+\s+){0,4}$/u;
/** "On November 28, 2004, president Ricardo Lagos said": a date's comma sets off no phrase of its own. */
const DATE_COMMA = /(\d{1,2}),(?=\s+\d{4}\b)/g;
/** "told NPR", "told Gabonese TV": an acronym names a body or a medium, not a person a pronoun could be. */
const NO_ONE = /^\p{Lu}{2,5}$/u;
const PERSONAL = /\b(?:I|he|she|we|they|you)\b/i;
/**
 * ", chairman of the Combined Harare Residents Association", " is the chairman of": the head noun of what a name is said
 * to be, ", the first woman to lead the lab", ", Heather Heyer's mother,"; not "Smith, his wife, and …", which lists another person.
 */
const HEAD_AFTER =
  /^(?:,\s+|\s+(?:is|was)\s+)(?:(?:a|an|the)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+)?(?:(?!(?:his|her|their|its|and|or)\s)[\p{L}-]+\s+){0,3}?(\p{L}[a-z-]*)(?=\s+(?:of|for|at|in|on|to)\b|[,.;])/u;

/**
 * A photo credit closing a caption: after the caption's last full stop, nothing but capitalised names, slashes and
 * possessives, to the block's end ("… in Edwards, California. NASA/Steve Freeman", "… a shopping cart. NASA’s Wallops
 * Flight Facility").
 */
const CREDIT = /[.!?]["”’]?\s+((?:[\p{Lu}\d][\p{L}\d.&-]*(?:['’]s)?(?:\s*\/\s*|\s+|,\s+))*)$/u;

/**
 * The last word of a name that is a body or a site, not a person, whoever's "she said" coreference gave it ("NASA’s
 * Wallops Flight Facility"). No surname: "Margaret Court" and "Emily Post" stay people.
 */
const BODY_NAME =
  /\s(?:Facility|Center|Centre|Laborator(?:y|ies)|University|Agency|Institute|Station|Administration|Department|Ministry|Organi[sz]ation|Corporation|Company|Council|Committee|Commission|Association|Foundation)$/;

/** Whether each of the entity's names is a photo credit: a photographer or an agency, whom no he or she refers to. */
function onlyCredited(texts: ReadonlyArray<string>, entity: FoundEntity): boolean {
  const named = entity.mentions.filter((m) => m.form !== 'pronoun');
  return (
    named.length > 0 &&
    named.every((m) => {
      const text = texts[m.block] ?? '';
      return text.slice(m.end).trim() === '' && CREDIT.test(text.slice(0, m.start));
    })
  );
}

interface Found {
  gender: Gender;
  at: Located;
}

/** What a person's words in one block say of their gender, with the other people's mentions there. */
interface BlockView {
  block: number;
  text: string;
  /** The text with its short quoted fragments blanked (`blankFragments`), for reading pronouns past them. */
  plain: string;
  sentences: ReadonlyArray<SentenceRange>;
  people: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>;
  /** Where the block names an organisation or a place. */
  named: ReadonlyArray<{ start: number; end: number }>;
}

/** The pronouns and person words of a stretch of text, in order. */
function* wordsIn(text: string, from: number, to: number): Generator<{ word: string; start: number }> {
  for (const w of text.slice(from, to).matchAll(/[\p{L}-]+|["“”]/gu)) yield { word: w[0], start: from + w.index };
}

/**
 * "Political scientist Boni Dulani says that he should be excused", "Artem Shevchenko, one of Usov's film crew members,
 * shared his views", "Rick Santorum himself has acknowledged": a he, she, his, himself or herself later in the
 * sentence whose subject the person is, before any other person, role noun, quote mark or ambiguous him/her, is theirs.
 */
function boundInSentence(view: BlockView, entity: FoundEntity, sentence: SentenceRange, start: number, end: number): Found | null {
  // A subject opens its sentence, or follows a quote's verb: a bounded look back either way, however long the sentence.
  const far = start - sentence.start > LOOK_BACK;
  const before = view.text.slice(Math.max(sentence.start, start - LOOK_BACK), start);
  // "When she walked almost a kilometre to see Atupele Muluzi, I asked her": only a name opening its sentence is its subject.
  const title = before.slice(before.lastIndexOf(',') + 1);
  // '"…," said a senior official, who spoke on condition of anonymity because he': the speaker after the verb is the subject.
  const verb = /["”]\s*(\p{L}+)\s+$/u.exec(before)?.[1];
  const inverted = verb !== undefined && isSpeechVerb(verb);
  if (
    (!inverted && (far || !SUBJECT_OPENING.test(before.replace(DATE_COMMA, '$1')) || PERSONAL.test(title))) ||
    PREPOSITION_BEFORE.test(before) ||
    /['’]s?\s*$/.test(view.text.slice(end, end + 2))
  )
    return null;
  // Another person named before, not after a preposition ("In an interview with Terry Gross, Stephen Colbert"), is the subject.
  if (
    view.people.some(
      (p) =>
        p.entity !== entity &&
        p.start >= sentence.start &&
        p.end <= start &&
        !PREPOSITION_BEFORE.test(view.text.slice(Math.max(sentence.start, p.start - 40), p.start)),
    )
  )
    return null;
  const handle = end + (HANDLE.exec(view.text.slice(end, end + 60))?.[0].length ?? 0);
  const skip = APPOSITIVE.exec(view.text.slice(handle, Math.min(sentence.end, handle + 130)));
  const from = handle + (skip?.[0].length ?? 0);
  const found = firstPronoun(view, entity, from, Math.min(sentence.end, from + LOOK_AHEAD));
  // "As Smith left, he said": a he or she past a comma opens a clause of its own, unless the name opened the sentence
  // ("Hoop Scheffer, he has explained") or the clause is the name's own (", who spoke … because he").
  const stretch = found ? view.text.slice(end, found.at.start) : '';
  const ownClause = /^,\s+who\s/.test(stretch) || /^\s*(?:(?:And|But|So|Now)\s+)?$/.test(before);
  return found && /^(?:he|she)$/i.test(view.text.slice(found.at.start, found.at.end)) && stretch.includes(',') && !ownClause ? null : found;
}

/** The gendered head of a description set right before a name ("Dunn's mother, Charlotte Charles,"), or null. */
function headBefore(view: BlockView, sentence: SentenceRange, start: number, end: number): Found | null {
  const head = headBeforeName(view.text, Math.max(sentence.start, start - 80), start, end);
  if (!head) return null;
  const gender = FEMALE_WORDS.has(head.word) ? 'female' : MALE_WORDS.has(head.word) ? 'male' : null;
  return gender && { gender, at: { block: view.block, start: head.start, end: head.start + head.word.length } };
}

/** The first pronoun from `from` to `to` that can only be the entity's, or null where another candidate comes first. */
function firstPronoun(view: BlockView, entity: FoundEntity, from: number, to: number): Found | null {
  const others = view.people.filter((p) => p.entity !== entity && p.start >= from && p.start < to);
  const text = view.plain;
  for (const { word, start } of wordsIn(text, from, to)) {
    if (others.some((p) => p.start <= start)) return null;
    const lower = word.toLowerCase();
    const gender = PRONOUNS[lower] ?? (lower === 'her' && isPossessiveHer(text, start) ? 'female' : undefined);
    if (gender) return { gender, at: { block: view.block, start, end: start + word.length } };
    if (/^["“”]$/.test(word) || lower === 'him' || lower === 'her' || OTHER_PERSON.has(lower)) return null;
    // "Reynolds: My first formal mentor … and she was": past a speaker's own I or my, a she is someone they speak of.
    if (/^(?:I|me|my|My|we|We|us|our|Our)$/.test(word)) return null;
    // "once Basargin has established himself": a name the text did not tell as anyone's may be the pronoun's; a day, a
    // month, a platform or an acronym is no one's ("posted a message on Facebook on Friday announcing he").
    if (
      /^\p{Lu}/u.test(word) &&
      !NO_ONE.test(word) &&
      !NOT_NAMES.has(word) &&
      !POSTING_PLATFORMS.has(word) &&
      !view.named.some((n) => n.start <= start && start < n.end)
    )
      return null;
  }
  return null;
}

/**
 * Each person's gender as the text states it (`docs/annotation-guide.md`, "Sources: type, gender, anonymity"): what
 * coreference read (an honorific, a gendered noun, a pronoun it resolved), less a pronoun that resumes another phrase of
 * its own sentence ("And the head of NATO, Hoop Scheffer, he has explained") or a gendered noun that lists another
 * person after them ("Tom Ellis, his wife, and …"), plus what the person's own sentences
 * state: the gendered head of what they are said to be (", chairman of the …") and a pronoun bound to them as their
 * sentence's subject, and the gendered role noun a quote names them by (`roleRefs`: "The father said"). Words that
 * disagree state nothing. Never from a first name.
 */
export function statedGenders(
  texts: ReadonlyArray<string>,
  entities: ReadonlyArray<FoundEntity>,
  read: ReadonlyMap<FoundEntity, StatedGender>,
  roleRefs: ReadonlyArray<readonly [FoundEntity, Located]> = [],
): Map<FoundEntity, StatedGender> {
  // Each block's mentions, gathered in one pass over the entities: filtering every entity's mentions for each block
  // read a long article's mentions once per paragraph.
  const peopleIn = texts.map((): Array<{ entity: FoundEntity; start: number; end: number }> => []);
  const namedIn = texts.map((): Array<{ start: number; end: number }> => []);
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (entity.type === 'person') peopleIn[m.block]?.push({ entity, start: m.start, end: m.end });
      else namedIn[m.block]?.push(m);
    }
  }
  const views = texts.map((text, block): BlockView => ({
    block,
    text,
    plain: blankFragments(text),
    sentences: splitSentences(text),
    people: (peopleIn[block] ?? []).sort((a, b) => a.start - b.start),
    named: namedIn[block] ?? [],
  }));
  const found = new Map<FoundEntity, Array<Found>>();
  const add = (entity: FoundEntity, f: Found | null) => {
    if (f) found.set(entity, [...(found.get(entity) ?? []), f]);
  };
  for (const view of views) {
    if (view.people.length === 0) continue;
    for (const sentence of view.sentences) {
      for (const p of view.people) {
        if (p.start < sentence.start || p.end > sentence.end) continue;
        const head = HEAD_AFTER.exec(view.text.slice(p.end, Math.min(sentence.end, p.end + 160)));
        // "General Martin Dempsey, Chairman of the Joint Chiefs of Staff": a head noun written as a title, capitalised.
        const written = head?.[1];
        const word = written?.toLowerCase();
        if (written && word && (FEMALE_WORDS.has(word) || MALE_WORDS.has(word))) {
          const start = p.end + (head.index + head[0].length - written.length);
          add(p.entity, { gender: FEMALE_WORDS.has(word) ? 'female' : 'male', at: { block: view.block, start, end: start + written.length } });
        }
        add(p.entity, headBefore(view, sentence, p.start, p.end));
        add(p.entity, boundInSentence(view, p.entity, sentence, p.start, p.end));
        add(p.entity, frontedPossessive(view.text, sentence, view.people, p.entity, p.start, view.block));
        add(p.entity, ownVerbPronoun(view.text, p.start, p.end, view.block, view.people));
      }
    }
  }
  for (const [entity, at] of roleRefs) {
    const view = views[at.block];
    const head = view && entity.type === 'person' ? genderedHead(view.text, at.start, at.end) : null;
    if (head) add(entity, { gender: head.gender, at: { ...at, start: head.start } });
  }
  const stated = new Map<FoundEntity, StatedGender>();
  for (const entity of entities.filter((e) => e.type === 'person')) {
    if (onlyCredited(texts, entity) || BODY_NAME.test(entity.name)) continue;
    const known = read.get(entity);
    const view = known?.evidence ? views[known.evidence.block] : undefined;
    const afterEarlier =
      view && known?.evidence
        ? opensAfterEarlierPerson(view.text, view.sentences, view.people, entity, known.evidence, (e) => read.get(e)?.gender ?? null)
        : false;
    if (known?.evidence && !afterEarlier && !resumesOwnSentence(views, entity, known.evidence) && !listsAnother(views, known.evidence)) {
      stated.set(entity, known);
      continue;
    }
    // A role word coreference read but could not place ("chairman" in the person's role) is placed here, if it agrees.
    const list = (found.get(entity) ?? []).filter((f) => !known || known.evidence || f.gender === known.gender);
    const first = list[0];
    if (first && list.every((f) => f.gender === first.gender)) stated.set(entity, { gender: first.gender, evidence: first.at });
  }
  for (const [entity, known] of read) if (entity.type !== 'person') stated.set(entity, known);
  return stated;
}

/**
 * Whether a pronoun given as a person's evidence resumes a phrase of its own sentence that does not name them ("And the
 * head of NATO, Hoop Scheffer, he has explained"): it refers to that phrase, whoever coreference took it for.
 */
function resumesOwnSentence(views: ReadonlyArray<BlockView>, entity: FoundEntity, at: Located | null): boolean {
  const view = at ? views[at.block] : undefined;
  if (!at || !view || !/^(?:he|she|his|her|him)$/i.test(view.text.slice(at.start, at.end))) return false;
  const sentence = view.sentences.find((s) => s.start <= at.start && at.start < s.end);
  if (!sentence) return false;
  const before = view.text.slice(sentence.start, at.start);
  if (view.people.some((p) => p.entity === entity && p.start >= sentence.start && p.end <= at.start)) return false;
  const resumed = /^(?:(?:And|But|So|Now)\s+)?([^,;]{1,60}),(?:\s+([^,;]{1,60}),)?\s*$/.exec(before);
  if (!resumed) return false;
  const described = [resumed[1], resumed[2]].some(
    (phrase) => phrase !== undefined && /^(?:the|a|an)\s/i.test(phrase) && phrase.split(/\s+/).some((w) => PERSON_HEADS.has(w.toLowerCase())),
  );
  const names = view.people.filter((p) => p.entity !== entity && p.start >= sentence.start && p.end <= at.start).map((p) => view.text.slice(p.start, p.end));
  return described || [resumed[1], resumed[2]].some((phrase) => phrase !== undefined && names.includes(phrase.trim()));
}

/** Whether a gendered noun given as evidence is another person listed after a name: "Tom Ellis, his wife, and …". */
function listsAnother(views: ReadonlyArray<BlockView>, at: Located): boolean {
  const text = views[at.block]?.text ?? '';
  return /,\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(0, at.start - 40), at.start));
}

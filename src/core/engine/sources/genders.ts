import type { SentenceRange } from '../../sentences';
import { blockSentences } from '../blockSentences';
import type { StatedGender } from '../attribution/gender';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { genderOfNoun } from '../lexicon/genderedNouns';
import { blankFragments, genderedHead, headBeforeName } from './genderCues';
import { boundInSentence, PERSON_HEADS, type BlockView, type Found } from './subjectPronoun';
import { asClausePronoun } from './asClausePronoun';
import { asidePossessive } from './asidePossessive';
import { frontedPossessive } from './frontedPossessive';
import { nextSentencePronoun } from './nextSentencePronoun';
import { ownVerbPronoun } from './ownVerbPronoun';
import { opensAfterEarlierPerson } from './openingPronoun';
import { inOwnQuotedWords } from './ownQuotedWords';
import { voicedPossessive } from './voicedPossessive';
import { whoClausePronoun } from './whoClause';

/**
 * ", chairman of the Combined Harare Residents Association", " is the chairman of", ", who is both co-chairman of": the
 * head noun of what a name is said to be, ", the first woman to lead the lab", ", Heather Heyer's mother,", also past an
 * age set off by commas (", 47, legal chairwoman for the Permanent Assembly …", wikinews-human-remains-mass-grave-
 * argentina-death-camp); not "Smith, his wife, and …", which lists another person.
 */
const HEAD_AFTER =
  /^(?:,\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:(?:a|an|the)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+)?(?:(?!(?:his|her|their|its|and|or)\s)[\p{L}-]+\s+){0,3}?(\p{L}[a-z-]*)(?=\s+(?:of|for|at|in|on|to)\b|[,.;])/u;

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

/** " tweeted ", " has said ": the one or two words of a verb between a subject and the pronoun right after it. */
const AT_ONCE_AFTER_VERB = /^\s+(?:\p{Ll}+\s+){1,2}$/u;

/** The gendered head of a description set right before a name ("Dunn's mother, Charlotte Charles,"), or null. */
function headBefore(view: BlockView, sentence: SentenceRange, start: number, end: number): Found | null {
  const head = headBeforeName(view.text, Math.max(sentence.start, start - 80), start, end);
  if (!head) return null;
  const gender = genderOfNoun(head.word);
  return gender && { gender, at: { block: view.block, start: head.start, end: head.start + head.word.length } };
}

/**
 * What a role noun a quote names its speaker by states of the speaker's gender (`at`, UTF-16 offsets, half-open, in the
 * block `view` shows; "The father said"): the noun's own gender, then a pronoun it binds as its sentence's subject. "The
 * governor tweeted her reasoning" (wikinews-alabama-governor-signs-anti-abortion-measure-2019-05-18): the role noun is
 * the sentence's subject as a name is, and binds its pronoun where the pronoun follows its verb at once; further on
 * ("The judge recommended … a prison near his family", wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-
 * 10-04) it may be whoever the clause speaks of. Empty for an entity that is no person.
 */
function roleRefGenders(view: BlockView | undefined, entity: FoundEntity, at: Located): Array<Found> {
  if (!view || entity.type !== 'person') return [];
  const found: Array<Found> = [];
  const head = genderedHead(view.text, at.start, at.end);
  if (head) found.push({ gender: head.gender, at: { ...at, start: head.start } });
  const sentence = view.sentences.find((s) => s.start <= at.start && at.end <= s.end);
  const bound = sentence ? boundInSentence(view, entity, sentence, at.start, at.end) : null;
  if (bound && AT_ONCE_AFTER_VERB.test(view.text.slice(at.end, bound.at.start))) found.push(bound);
  return found;
}

/** What the quotes found tell of their speakers, for `statedGenders`. */
export interface SpokenOf {
  /** The role noun each quote names its speaker by ("The father said"). */
  roleRefs?: ReadonlyArray<readonly [FoundEntity, Located]>;
  /** Every quote found: a he or she in a speaker's own quoted words is someone else. */
  quotes?: ReadonlyArray<FoundQuote>;
  /** The pronouns coreference resolved to each person after the first (`Discourse.laterPronounGenders`). */
  later?: ReadonlyMap<FoundEntity, ReadonlyArray<StatedGender>>;
}

/**
 * Each person's gender as the text states it (`docs/annotation-guide.md`, "Sources: type, gender, anonymity"): what
 * coreference read (an honorific, a gendered noun, a pronoun it resolved), less a pronoun that resumes another phrase of
 * its own sentence ("And the head of NATO, Hoop Scheffer, he has explained") or a gendered noun that lists another
 * person after them ("Tom Ellis, his wife, and …"), plus what the person's own sentences state: the gendered head of
 * what they are said to be (", chairman of the …"), a pronoun bound to them as their sentence's subject, in a
 * who-clause on their name (`whoClause.ts`), in an aside after it (`asidePossessive.ts`), in an as-clause closing
 * their cue (`asClausePronoun.ts`: "said X, …, as he pumped up the crowd") or opening the next sentence (`nextSentencePronoun.ts`), and the gendered role noun a quote names them by (`roleRefs`: "The father
 * said"). Words that disagree state nothing, nor does a he or she inside one of the person's own direct `quotes`
 * (`inOwnQuotedWords`), where a pronoun resolved to them `later`, outside their words, may; and for a speaker, a person
 * or one taken for an organisation, the his or her of a view they voice (`voicedPossessive`). Never from a first name.
 */
export function statedGenders(
  texts: ReadonlyArray<string>,
  entities: ReadonlyArray<FoundEntity>,
  read: ReadonlyMap<FoundEntity, StatedGender>,
  { roleRefs = [], quotes = [], later = new Map() }: SpokenOf = {},
): Map<FoundEntity, StatedGender> {
  const views = blockViews(texts, entities);
  const found = new Map<FoundEntity, Array<Found>>();
  const add = (entity: FoundEntity, f: Found | null) => {
    if (f && !inOwnQuotedWords(texts, quotes, entity, f.at)) found.set(entity, [...(found.get(entity) ?? []), f]);
  };
  for (const view of views) {
    if (view.people.length === 0) continue;
    for (const [i, sentence] of view.sentences.entries()) {
      for (const p of view.people) {
        if (p.start < sentence.start || p.end > sentence.end) continue;
        const head = HEAD_AFTER.exec(view.text.slice(p.end, Math.min(sentence.end, p.end + 160)));
        // "General Martin Dempsey, Chairman of the Joint Chiefs of Staff": a head noun written as a title, capitalised.
        const written = head?.[1];
        // "co-chairman": a joint holder's noun is gendered as the noun is.
        const gender = written ? genderOfNoun(written.toLowerCase().replace(/^co-/, '')) : null;
        if (written && gender) {
          const start = p.end + (head.index + head[0].length - written.length);
          add(p.entity, { gender, at: { block: view.block, start, end: start + written.length } });
        }
        add(p.entity, headBefore(view, sentence, p.start, p.end));
        add(p.entity, boundInSentence(view, p.entity, sentence, p.start, p.end));
        add(p.entity, frontedPossessive(view.text, sentence, view.sentences[i - 1], view.people, p.entity, p.start, view.block));
        add(p.entity, ownVerbPronoun(view.text, p.start, p.end, view.block, view.people));
        add(p.entity, whoClausePronoun(view, p.entity, sentence, p.end));
        add(p.entity, asidePossessive(view.text, sentence, p.start, p.end, view.block));
        add(p.entity, asClausePronoun(view.text, sentence, p.start, p.end, view.block, view.people));
        add(
          p.entity,
          nextSentencePronoun(view, i, p, (e) => read.get(e)?.gender ?? null),
        );
      }
    }
  }
  for (const [entity, at] of roleRefs) for (const f of roleRefGenders(views[at.block], entity, at)) add(entity, f);
  const stated = new Map<FoundEntity, StatedGender>();
  for (const entity of entities.filter((e) => e.type === 'person')) {
    if (onlyCredited(texts, entity) || BODY_NAME.test(entity.name)) continue;
    const known = read.get(entity);
    const view = known?.evidence ? views[known.evidence.block] : undefined;
    const afterEarlier =
      view && known?.evidence
        ? opensAfterEarlierPerson(view.text, view.sentences, view.people, entity, known.evidence, (e) => read.get(e)?.gender ?? null)
        : false;
    const ownWords = inOwnQuotedWords(texts, quotes, entity, known?.evidence ?? null);
    if (known?.evidence && !afterEarlier && !ownWords && !resumesOwnSentence(views, entity, known.evidence) && !listsAnother(views, entity, known.evidence)) {
      stated.set(entity, known);
      continue;
    }
    // "At Asia Times, Donald Kirk says: “… Could he have had their case in mind …” He then proceeds to speculate …": where
    // the first pronoun coreference gave the person stands in their own words, a later one outside them may say.
    const resolvedLater = ownWords
      ? (later.get(entity) ?? []).flatMap((g) =>
          g.evidence && !inOwnQuotedWords(texts, quotes, entity, g.evidence) ? [{ gender: g.gender, at: g.evidence }] : [],
        )
      : [];
    // A role word coreference read but could not place ("chairman" in the person's role) is placed here, if it agrees.
    const list = [...(found.get(entity) ?? []), ...resolvedLater].filter((f) => !known || known.evidence || f.gender === known.gender);
    const first = list[0];
    if (first && list.every((f) => f.gender === first.gender)) stated.set(entity, { gender: first.gender, evidence: first.at });
  }
  for (const [entity, known] of read) if (entity.type !== 'person') stated.set(entity, known);
  addVoicedSpeakers(texts, quotes, (e) => read.has(e) || found.has(e), stated);
  return stated;
}

/**
 * Each block of `texts` as `BlockView`: its text, its sentences and the mentions of `entities` in it (people sorted by
 * start; offsets in UTF-16 code units of the block, half-open). The mentions are gathered in one pass over the
 * entities: filtering every entity's mentions for each block read a long article's mentions once per paragraph.
 */
function blockViews(texts: ReadonlyArray<string>, entities: ReadonlyArray<FoundEntity>): Array<BlockView> {
  const peopleIn = texts.map((): Array<{ entity: FoundEntity; start: number; end: number }> => []);
  const namedIn = texts.map((): Array<{ start: number; end: number }> => []);
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (entity.type === 'person') peopleIn[m.block]?.push({ entity, start: m.start, end: m.end });
      else namedIn[m.block]?.push(m);
    }
  }
  return texts.map((text, block): BlockView => ({
    block,
    text,
    plain: blankFragments(text),
    sentences: blockSentences(texts)[block] ?? [],
    people: (peopleIn[block] ?? []).sort((a, b) => a.start - b.start),
    named: namedIn[block] ?? [],
  }));
}

/**
 * "Blogger happydsf [id], voices his concern:": adds to `stated` the gender of the his or her view each speaker of
 * `quotes` voices (`voicedPossessive`), for a person or one taken for an organisation, where nothing else stated a
 * gender. A person for whom the text had words (`hadWords`: read by coreference or found here, so words that disagreed
 * still state nothing), a credit or a body gets none. Each speaker once, however many quotes they speak.
 */
function addVoicedSpeakers(
  texts: ReadonlyArray<string>,
  quotes: ReadonlyArray<FoundQuote>,
  hadWords: (entity: FoundEntity) => boolean,
  stated: Map<FoundEntity, StatedGender>,
): void {
  for (const speaker of new Set(quotes.map((q) => q.speaker))) {
    if (!speaker || (speaker.type !== 'organization' && speaker.type !== 'person') || stated.has(speaker)) continue;
    if (speaker.type === 'person' && (hadWords(speaker) || onlyCredited(texts, speaker) || BODY_NAME.test(speaker.name))) continue;
    const voiced = voicedPossessive(texts, speaker);
    if (voiced) stated.set(speaker, voiced);
  }
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

/**
 * Whether a gendered noun given as `entity`'s evidence is another person listed after a name: "Tom Ellis, his wife, and
 * …". Not when the noun heads the entity's own name: "Gloria Vanderbilt died …, her son Anderson Cooper announced"
 * (Wikinews, 2019), "President Trump himself, his wife Melania, and son Barron".
 */
function listsAnother(views: ReadonlyArray<BlockView>, entity: FoundEntity, at: Located): boolean {
  const view = views[at.block];
  const text = view?.text ?? '';
  const named = /^\s+/.exec(text.slice(at.end, at.end + 3));
  if (named && view?.people.some((p) => p.entity === entity && p.start === at.end + named[0].length)) return false;
  return /,\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(0, at.start - 40), at.start));
}
